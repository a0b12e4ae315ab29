import { describe, expect, test } from 'vitest';
import { layoutExport, SLIDE } from '../../../src/lib/export/layout';
import { svgPaint } from '../../../src/lib/export/colour';
import { wrapText } from '../../../src/lib/export/text';

/** Half the font size per character. */
const measure = (text: string, size: number) => [...text].length * size * 0.5;
const texts = {
	title: 'Title',
	subtitle: 'Sub',
	unit: 'Unit: %',
	source: 'Source: S',
	date: 'Data: 2018–2024',
	site: 'Site · url'
};

describe('layoutExport', () => {
	test('natural: the chart at scale 1 with 16 px margins, text above and below, nothing overlapping', () => {
		const layout = layoutExport('natural', { width: 600, height: 300 }, texts, measure, wrapText);
		expect(layout.width).toBe(632);
		expect(layout.chart.scale).toBe(1);
		expect(layout.chart.x).toBe(16);
		const above = layout.lines.filter((l) => l.y < layout.chart.y);
		const below = layout.lines.filter((l) => l.y > layout.chart.y + 300);
		expect(above.map((l) => l.text)).toEqual(['Title', 'Sub', 'Unit: %']);
		expect(below.map((l) => l.text)).toEqual(['Source: S', 'Data: 2018–2024', 'Site · url']);
		expect(layout.height).toBeGreaterThan(below.at(-1)!.y);
		expect(above[0]!.weight).toBe(700);
		expect(below.every((l) => l.muted)).toBe(true);
	});

	test('slide: 1920×1080, the chart scaled up and centred, the footer at the bottom', () => {
		const layout = layoutExport('slide', { width: 600, height: 300 }, texts, measure, wrapText);
		expect([layout.width, layout.height]).toEqual([SLIDE.width, SLIDE.height]);
		expect(layout.chart.scale).toBeGreaterThan(2);
		const chartRight = layout.chart.x + 600 * layout.chart.scale;
		expect(layout.chart.x - 80).toBeCloseTo(1920 - 80 - chartRight, 5);
		const footer = layout.lines.filter((l) => l.y > layout.chart.y + 300 * layout.chart.scale);
		expect(footer.map((l) => l.text)).toEqual(['Source: S', 'Data: 2018–2024', 'Site · url']);
		expect(footer.at(-1)!.y).toBeLessThan(1080);
	});

	test('long source lines wrap within the width', () => {
		const long = { ...texts, source: 'Source: ' + 'word '.repeat(100) };
		const layout = layoutExport('natural', { width: 300, height: 200 }, long, measure, wrapText);
		const sourceLines = layout.lines.filter((l) => l.text.startsWith('word') || l.text.startsWith('Source'));
		expect(sourceLines.length).toBeGreaterThan(5);
		for (const line of layout.lines) expect(measure(line.text, line.size)).toBeLessThanOrEqual(300);
	});

	test('missing optional texts leave no empty lines', () => {
		const layout = layoutExport(
			'natural',
			{ width: 400, height: 200 },
			{ title: 'T', source: '', date: '', site: 'S' },
			measure,
			wrapText
		);
		expect(layout.lines.map((l) => l.text)).toEqual(['T', 'S']);
	});
});

describe('svgPaint', () => {
	test.each([
		{ value: 'rgb(10, 92, 143)', expected: { paint: '#0a5c8f', opacity: 1 } },
		{ value: 'rgba(0, 0, 0, 0)', expected: { paint: 'none', opacity: 1 } },
		{ value: 'rgba(255, 255, 255, 0.5)', expected: { paint: '#ffffff', opacity: 0.5 } },
		{ value: 'rgb(10 92 143 / 25%)', expected: { paint: '#0a5c8f', opacity: 0.25 } },
		{ value: 'none', expected: { paint: 'none', opacity: 1 } },
		{ value: '', expected: { paint: 'none', opacity: 1 } },
		{ value: 'url("#gradient")', expected: { paint: 'url("#gradient")', opacity: 1 } }
	])('svgPaint($value)', ({ value, expected }) => {
		expect(svgPaint(value)).toEqual(expected);
	});
});
