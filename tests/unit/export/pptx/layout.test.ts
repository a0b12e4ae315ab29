import { describe, expect, test } from 'vitest';
import {
	figureValueSize,
	fitTitle,
	layoutSlide,
	SlideLayoutError,
	MIN_CHART,
	type Box
} from '../../../../src/lib/export/pptx/layout';
import { fit, sizedSvg } from '../../../../src/lib/export/pptx/build';
import { SLIDE, TYPE } from '../../../../src/lib/export/pptx/style';
import type { SlideSpec } from '../../../../src/lib/export/pptx/spec';

describe('fitTitle', () => {
	test.each([
		{ name: 'a short Chinese finding: 36 pt, one line', title: '综合指数降至2.34，全国第3', size: 36, lines: 1 },
		{ name: 'a short English finding', title: 'Composite index down to 2.34', size: 36, lines: 1 },
		{
			name: 'an English finding on two lines, broken between words',
			title: 'Composite index down to 2.34, third among 168 key cities',
			size: 36,
			lines: 2
		},
		{ name: 'two lines at 36 pt', title: '综'.repeat(30), size: 36, lines: 2 },
		{ name: 'shrinks to fit two lines', title: '综'.repeat(48), size: 34, lines: 2 },
		{ name: 'never below 32 pt: more lines instead', title: '综'.repeat(80), size: 32, lines: 4 },
		{ name: 'empty', title: '', size: 36, lines: 1 }
	])('$name', ({ title, size, lines }) => {
		const fitted = fitTitle(title);
		expect(fitted.size).toBe(size);
		expect(fitted.lines).toHaveLength(lines);
		expect(fitted.lines.join(' ').replace(/(?<=[^ -~]) (?=[^ -~])/g, '')).toBe(title);
	});
});

describe('figureValueSize', () => {
	test.each([
		{ value: '2.34', width: 3.3, preferred: 48, expected: 48 },
		{ value: '99.5%', width: 2.8, preferred: 60, expected: 60 },
		{ value: '12,345,678.9', width: 2.8, preferred: 60, expected: 40 },
		{ value: '1,234.5', width: 2.4, preferred: 60, expected: 40 },
		{ value: '3000吨', qualifier: '约', width: 2.8, preferred: 60, expected: 44 }
	])('$value (qualifier $qualifier) in $width in', ({ value, qualifier, width, preferred, expected }) => {
		const size = figureValueSize({ value, label: 'x', qualifier }, width, preferred);
		expect(size).toBe(expected);
		expect(size).toBeGreaterThanOrEqual(TYPE.figureMin);
	});
});

const CHART: SlideSpec['chart'] = {
	type: 'line',
	categories: ['2023', '2024'],
	series: [{ name: 's', values: [1, 2] }]
};
const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= SLIDE.width + 1e-9 && b.y + b.h <= SLIDE.height + 1e-9;
const apart = (a: Box, b: Box) =>
	a.x + a.w <= b.x + 1e-9 || b.x + b.w <= a.x + 1e-9 || a.y + a.h <= b.y + 1e-9 || b.y + b.h <= a.y + 1e-9;
const figure = (i: number) => ({ value: `${i}.5`, label: `指标${i}`, change: '比上年下降' });

describe('layoutSlide', () => {
	test.each<{
		name: string;
		slide: SlideSpec;
		footnote?: string;
		figures: 'column' | 'row' | 'none';
		chartShare?: number;
	}>([
		{
			name: 'title only (a cover): the title in the middle',
			slide: { title: '厦门生态环境数据看板', subtitle: '2025年' },
			figures: 'none'
		},
		{
			name: 'chart alone fills the slide',
			slide: { title: '标题', chart: CHART },
			footnote: '来源：A',
			figures: 'none',
			chartShare: 0.6
		},
		{
			name: 'two figures: a column beside the chart',
			slide: { title: '标题', figures: [figure(1), figure(2)], chart: CHART },
			footnote: '来源：A',
			figures: 'column',
			chartShare: 0.45
		},
		{
			name: 'four figures: a row above the chart',
			slide: { title: '标题', figures: [1, 2, 3, 4].map(figure), chart: CHART },
			footnote: '来源：A',
			figures: 'row',
			chartShare: 0.35
		},
		{ name: 'figures alone: a row', slide: { title: '标题', figures: [1, 2, 3].map(figure) }, figures: 'row' },
		{ name: 'a list', slide: { title: '来源', list: ['甲', '乙'] }, figures: 'none' },
		{
			name: 'a long title and a long footnote',
			slide: { title: '长'.repeat(60), figures: [figure(1)], chart: CHART },
			footnote: '来源：' + '文件名称；'.repeat(40),
			figures: 'column',
			chartShare: 0.25
		}
	])('$name', ({ slide, footnote, figures, chartShare }) => {
		const layout = layoutSlide(slide, footnote);
		const boxes: Box[] = [
			layout.title,
			...(layout.subtitle ? [layout.subtitle] : []),
			...layout.figures,
			...(layout.chart ? [layout.chart] : []),
			...(layout.footnote ? [layout.footnote] : []),
			...(layout.list?.columns ?? [])
		];
		for (const b of boxes) expect(inside(b)).toBe(true);
		for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(apart(a, b)).toBe(true);
		expect(layout.figures).toHaveLength(slide.figures?.length ?? 0);
		if (figures === 'column') expect(new Set(layout.figures.map((f) => f.x)).size).toBe(1);
		if (figures === 'row') expect(new Set(layout.figures.map((f) => f.y)).size).toBe(1);
		if (chartShare)
			expect((layout.chart!.w * layout.chart!.h) / (SLIDE.width * SLIDE.height)).toBeGreaterThanOrEqual(chartShare);
		if (layout.footnote) expect(layout.footnote.size).toBeGreaterThanOrEqual(12);
		if (!slide.chart && !slide.figures && !slide.list) expect(layout.title.y).toBeGreaterThan(2);
	});

	test('a long list goes to two columns in reading order, and smaller type, not below 14 pt', () => {
		const items = Array.from({ length: 26 }, (_, i) => `第${i + 1}项：厦门市生态环境局年度工作总结（2025年2月18日）`);
		const layout = layoutSlide({ title: '来源', list: items }, undefined);
		expect(layout.list!.columns).toHaveLength(2);
		expect(layout.list!.columns.flatMap((c) => c.items)).toEqual(items);
		expect(layout.list!.size).toBeGreaterThanOrEqual(14);
	});

	test.each([
		{
			name: 'a title that leaves no room for the chart',
			slide: { title: '长'.repeat(240), chart: CHART },
			message: /slides\[4\]: the title leaves .* for the chart/
		},
		{
			name: 'a list too long for one slide',
			slide: { title: '来源', list: Array.from({ length: 90 }, () => '厦门市生态环境局2024年生态环境保护工作总结') },
			message: /slides\[4\]: the list of 90 items does not fit/
		}
	])('$name is an error', ({ slide, message }) => {
		expect(() => layoutSlide(slide, undefined, 'slides[4]')).toThrow(SlideLayoutError);
		expect(() => layoutSlide(slide, undefined, 'slides[4]')).toThrow(message);
	});

	test('the smallest chart the layout accepts is still legible', () => {
		expect(MIN_CHART.h * 72).toBeGreaterThanOrEqual(TYPE.chart * 8);
	});
});

describe('fit', () => {
	test.each([
		{ box: { x: 0, y: 0, w: 10, h: 5 }, aspect: 2, expected: { x: 0, y: 0, w: 10, h: 5 } },
		{ box: { x: 0, y: 0, w: 10, h: 5 }, aspect: 1, expected: { x: 2.5, y: 0, w: 5, h: 5 } },
		{ box: { x: 1, y: 1, w: 10, h: 5 }, aspect: 4, expected: { x: 1, y: 2.25, w: 10, h: 2.5 } }
	])('aspect $aspect', ({ box, aspect, expected }) => expect(fit(box, aspect)).toEqual(expected));
});

describe('sizedSvg', () => {
	test.each([
		{
			name: 'sets width and height, keeps the viewBox',
			svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 2" width="100%"><g/></svg>',
			expected: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 2" width="400" height="200"><g/></svg>'
		},
		{
			name: 'an SVG sized in px without a viewBox gets its old size as the viewBox',
			svg: "<?xml version=\"1.0\"?><svg xmlns='http://www.w3.org/2000/svg' width='40px' height='20'><g/></svg>",
			expected:
				'<?xml version="1.0"?><svg xmlns=\'http://www.w3.org/2000/svg\' viewBox="0 0 40 20" width="400" height="200"><g/></svg>'
		},
		{
			name: 'inner svg elements are left alone',
			svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 2"><svg width="1" height="1"/></svg>',
			expected:
				'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 2" width="400" height="200"><svg width="1" height="1"/></svg>'
		}
	])('$name', ({ svg, expected }) => expect(sizedSvg(svg, 400, 200)).toBe(expected));
});
