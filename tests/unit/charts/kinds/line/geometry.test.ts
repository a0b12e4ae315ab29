import { describe, expect, test } from 'vitest';
import { dashOf, januaryTicks, seriesPaths } from '../../../../../src/lib/charts/kinds/line/geometry';
import type { LinePoint } from '../../../../../src/lib/charts/kinds/line/model';
import type { ValueKind } from '../../../../../src/lib/charts/model';

const p = (x: number, y: number | null, kind?: ValueKind): LinePoint => ({
	x,
	y,
	decimals: 0,
	sourceIds: [],
	...(kind ? { kind } : {})
});
const paths = (points: LinePoint[], kind: ValueKind = 'published', join?: 'consecutive' | 'none') =>
	seriesPaths(
		{ points, kind, join },
		(x) => x - 2020,
		(y) => y
	);

describe('seriesPaths: lines between neighbouring values only', () => {
	test.each([
		{ name: 'empty', points: [], expected: [] },
		{ name: 'single', points: [p(2020, 1)], expected: [] },
		{
			name: 'a run is one path',
			points: [p(2020, 1), p(2021, 2), p(2022, 3)],
			expected: [['M0,1L1,2L2,3', undefined]]
		},
		{ name: 'a gap (null) breaks it', points: [p(2020, 1), p(2021, null), p(2022, 3)], expected: [] },
		{ name: 'a missing year breaks it', points: [p(2020, 1), p(2022, 3)], expected: [] },
		{
			name: 'pieces touching a derived value are dotted',
			points: [p(2020, 1), p(2021, 2, 'derived'), p(2022, 3), p(2023, 4)],
			expected: [
				['M0,1L1,2L2,3', '2 4'],
				['M2,3L3,4', undefined]
			]
		}
	])('$name', ({ points, expected }) => {
		expect(paths(points).map((d) => [d.d, d.dash])).toEqual(expected);
	});
	test('a computed series is dashed; markers only when it is not joined', () => {
		expect(paths([p(2020, 1), p(2021, 2)], 'computed').map((d) => d.dash)).toEqual(['6 4']);
		expect(paths([p(2020, 1), p(2021, 2)], 'published', 'none')).toEqual([]);
	});
	test('dashOf', () => {
		expect([dashOf('published', 'published'), dashOf('computed', 'computed'), dashOf('published', 'derived')]).toEqual([
			undefined,
			'6 4',
			'2 4'
		]);
	});
});

describe('januaryTicks: every January of a calendar-month axis', () => {
	const jan2022 = 2022 * 12;
	test.each([
		{ lo: jan2022 - 7, hi: jan2022 + 23, expected: [jan2022, jan2022 + 12] },
		{ lo: jan2022, hi: jan2022, expected: [jan2022] },
		{ lo: jan2022 + 1, hi: jan2022 + 11, expected: [] },
		{ lo: jan2022 + 5, hi: jan2022 + 4, expected: [] }
	])('$lo to $hi', ({ lo, hi, expected }) => expect(januaryTicks(lo, hi)).toEqual(expected));
});
