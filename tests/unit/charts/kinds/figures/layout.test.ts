import { describe, expect, test } from 'vitest';
import {
	HERO_TILE,
	TILE,
	tileLabelLines,
	tileLayout,
	valueFit
} from '../../../../../src/lib/charts/kinds/figures/layout';
import { textWidth } from '../../../../../src/lib/text/width';

describe('tileLayout', () => {
	test('tiles one under another, a gap apart; qualifiers add a line', () => {
		const { boxes, height } = tileLayout([
			{ labelLines: 1, badges: false },
			{ labelLines: 2, badges: true }
		]);
		expect(boxes[0]).toEqual({ y: 0, height: 72, valueY: 36, labelY: 57, badgeY: 76 });
		expect(boxes[1]!.y).toBe(72 + TILE.gap);
		expect(boxes[1]!.height).toBe(2 * TILE.pad + TILE.value + 2 * TILE.label + TILE.badge);
		expect(height).toBe(boxes[1]!.y + boxes[1]!.height);
	});

	test('headline tiles are larger', () => {
		const small = tileLayout([{ labelLines: 1, badges: false }]).height;
		expect(tileLayout([{ labelLines: 1, badges: false }], HERO_TILE).height).toBeGreaterThan(small);
	});

	test('a tile without a label line is an error', () => {
		expect(() => tileLayout([{ labelLines: 0, badges: false }])).toThrow(/at least one label line/);
	});
});

describe('tileLabelLines: the whole label, in as many lines as it needs, inside the tile', () => {
	test.each([
		{ label: '“宁静小区”建成', width: 340, sizes: TILE, lines: 1 },
		{
			label: "Years in a row with the provincial 'excellent organisation' award ('Beautiful China, I act' activities)",
			width: 340,
			sizes: TILE,
			lines: 4
		},
		{
			label: 'Ocean dumping volume approved (for key projects such as the Xiamen–Kinmen bridge)',
			width: 340,
			sizes: HERO_TILE,
			lines: 4
		}
	])('$label', ({ label, width, sizes, lines }) => {
		const out = tileLabelLines(label, width, sizes);
		expect(out).toHaveLength(lines);
		expect(out.join(' ').replace(/\s+/g, '')).toBe(label.replace(/\s+/g, ''));
		for (const line of out) expect(textWidth(line, sizes.labelSize)).toBeLessThanOrEqual(width - 2 * sizes.pad - 8);
	});
});

describe('valueFit', () => {
	test('a value that fits keeps its size', () => {
		expect(valueFit([{ number: '17', small: '个' }], 340, HERO_TILE)).toBe(1);
	});
	test('a long value steps down to fit the tile', () => {
		const fit = valueFit([{ number: '18.71', small: 'million m³' }], 340, HERO_TILE);
		expect(fit).toBeLessThan(1);
		const room = (340 - 2 * HERO_TILE.pad - 8) * 0.92;
		expect(
			1.1 * (textWidth('18.71', HERO_TILE.number * fit) + textWidth('million m³', HERO_TILE.small * fit))
		).toBeCloseTo(room, 5);
	});
});
