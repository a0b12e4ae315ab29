import { describe, expect, test } from 'vitest';
import { linePath } from '../../../src/lib/charts/series';

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
