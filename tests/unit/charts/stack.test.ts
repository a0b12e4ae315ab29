import { describe, expect, test } from 'vitest';
import { stackTo100 } from '../../../src/lib/charts/stack';
import { barDomain, barGeometry } from '../../../src/lib/charts/bars';
import { linePath } from '../../../src/lib/charts/series';
import { textWidth } from '../../../src/lib/charts/textWidth';

const round = (segments: ReturnType<typeof stackTo100>) =>
	segments.map((s) => ({ ...s, share: +s.share.toFixed(3), start: +s.start.toFixed(3), end: +s.end.toFixed(3) }));

describe('stackTo100', () => {
	test.each([
		{
			name: 'counts become shares that end at 100',
			args: [221, 143, 1],
			expected: [
				{ index: 0, value: 221, share: 60.548, start: 0, end: 60.548 },
				{ index: 1, value: 143, share: 39.178, start: 60.548, end: 99.726 },
				{ index: 2, value: 1, share: 0.274, start: 99.726, end: 100 }
			]
		},
		{
			name: 'a null takes no space and is not a zero share of something',
			args: [1, null, 3],
			expected: [
				{ index: 0, value: 1, share: 25, start: 0, end: 25 },
				{ index: 1, value: null, share: 0, start: 25, end: 25 },
				{ index: 2, value: 3, share: 75, start: 25, end: 100 }
			]
		},
		{ name: 'single value', args: [5], expected: [{ index: 0, value: 5, share: 100, start: 0, end: 100 }] },
		{
			name: 'all zero: nothing is invented',
			args: [0, 0],
			expected: [
				{ index: 0, value: 0, share: 0, start: 0, end: 0 },
				{ index: 1, value: 0, share: 0, start: 0, end: 0 }
			]
		},
		{ name: 'empty', args: [], expected: [] }
	])('$name', ({ args, expected }) => {
		expect(round(stackTo100(args))).toEqual(expected);
	});

	test.each([[-1], [Number.NaN], [Infinity]])('rejects %s', (bad) => {
		expect(() => stackTo100([1, bad])).toThrow(RangeError);
	});
});

describe('bar geometry and domain', () => {
	test.each([
		{ args: [3, 7, 'stacked100', false], expected: { rowHeight: 48, height: 3 * 48 + 2 * 12 } },
		{ args: [4, 2, 'grouped', false], expected: { rowHeight: 20 + 2 * 16 + 3, height: 4 * 55 + 3 * 12 } },
		{ args: [1, 1, 'grouped', false], expected: { rowHeight: 40, height: 40 } },
		{ args: [6, 1, 'grouped', true], expected: { rowHeight: 30, height: 6 * 30 + 5 * 7 } },
		{ args: [0, 1, 'grouped', false], expected: { rowHeight: 40, height: 0 } }
	] as const)('barGeometry($args)', ({ args, expected }) => {
		expect(barGeometry(args[0], args[1], args[2], args[3])).toMatchObject(expected);
	});

	test.each([
		{ values: [[3], [null], [132]], expected: [0, 132] },
		{ values: [[-13.5], [-5]], expected: [-13.5, 0] },
		{ values: [[null]], expected: [0, 1] },
		{ values: [], expected: [0, 1] },
		{ values: [[0]], expected: [0, 1] }
	])('barDomain($values) = $expected', ({ values, expected }) => {
		expect(barDomain(values)).toEqual(expected);
	});
});

describe('linePath', () => {
	const pts = (...ys: [number, number | null][]) => ys.map(([x, y]) => ({ x, y }));
	const path = (points: { x: number; y: number | null }[], breaks?: (a: { x: number }, b: { x: number }) => boolean) =>
		linePath(
			points,
			(p) => p.x * 10,
			(p) => p.y,
			breaks
		);
	test.each([
		{ name: 'a run', points: pts([1, 5], [2, 6], [3, 7]), expected: 'M10,5L20,6L30,7' },
		{ name: 'a gap is never bridged', points: pts([1, 5], [2, null], [3, 7]), expected: 'M10,5M30,7' },
		{ name: 'single value: a lone move', points: pts([1, null], [2, 6]), expected: 'M20,6' },
		{ name: 'empty', points: [], expected: '' },
		{ name: 'only gaps', points: pts([1, null]), expected: '' }
	])('$name', ({ points, expected }) => {
		expect(path(points)).toBe(expected);
	});
	test('years that are not consecutive are not joined', () => {
		expect(path(pts([2014, 30.4], [2023, 60.3]), (a, b) => b.x - a.x > 1)).toBe('M20140,30.4M20230,60.3');
	});
	test('coordinates are rounded to 3 decimals', () => {
		expect(
			linePath(
				[{ x: 1 / 3, y: 2 / 3 }],
				(p) => p.x,
				(p) => p.y
			)
		).toBe('M0.333,0.667');
	});
});

describe('textWidth', () => {
	test.each([
		{ text: '', expected: 0 },
		{ text: '2.34', expected: 28 },
		{ text: '第3位', expected: 31 },
		{ text: '21 µg/m³', expected: 56 }
	])('$text → $expected px', ({ text, expected }) => {
		expect(textWidth(text)).toBe(expected);
	});
});
