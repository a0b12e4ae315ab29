import { describe, expect, test } from 'vitest';
import { derivePrevious, roundTo } from '../../../src/lib/pipeline/derive';
import type { Figure, Metric } from '../../../src/lib/data/types';

const metric = (id: string, unit: Metric['unit'], changeOf: string | null = null): Metric => ({
	id,
	domain: 'air',
	unit,
	better: null,
	changeOf,
	min: null,
	max: null,
	label: { zh: id, en: id },
	description: { zh: '', en: '' }
});
const fig = (year: number, metricId: string, value: number, decimals: number, unit: Figure['unit']): Figure => ({
	year,
	metric: metricId,
	value,
	decimals,
	unit,
	scope: 'city',
	sourceId: 's',
	note: '',
	quote: '',
	origin: `x:${year}`
});

describe('derivePrevious', () => {
	test.each([
		{ name: 'percentage points', base: [70.8, 1, 'percent'], change: [10.5, 1, 'percentage_point'], expected: 60.3 },
		{
			name: 'percentage points keep the change’s precision',
			base: [50, 0, 'percent'],
			change: [16.7, 1, 'percentage_point'],
			expected: 33.3
		},
		{
			name: 'percent change (improved 10.3%)',
			base: [2.34, 2, 'index'],
			change: [-10.3, 1, 'percent_change'],
			expected: 2.61
		},
		{ name: 'percent change (PM2.5 −5.0%)', base: [19, 0, 'ug_m3'], change: [-5.0, 1, 'percent_change'], expected: 20 },
		{ name: 'places gained in a rank', base: [3, 0, 'rank'], change: [4, 0, 'places'], expected: 7 },
		{ name: 'index points', base: [3.31, 2, 'index'], change: [-0.06, 2, 'index_points'], expected: 3.37 }
	] as const)('$name', ({ base, change, expected }) => {
		const metrics = new Map([
			['b', metric('b', base[2])],
			['c', metric('c', change[2], 'b')]
		]);
		const derived = derivePrevious(
			[fig(2024, 'b', base[0], base[1], base[2]), fig(2024, 'c', change[0], change[1], change[2])],
			metrics
		);
		expect(derived).toEqual([
			expect.objectContaining({ year: 2023, metric: 'b', value: expected, from: ['x:2024', 'x:2024'] })
		]);
	});

	test('nothing is derived without the current value, and never more than one year back', () => {
		const metrics = new Map([
			['b', metric('b', 'percent')],
			['c', metric('c', 'percentage_point', 'b')]
		]);
		expect(derivePrevious([fig(2024, 'c', 1, 1, 'percentage_point')], metrics)).toEqual([]);
		expect(
			derivePrevious([fig(2024, 'b', 5, 0, 'percent'), fig(2024, 'c', 1, 0, 'percentage_point')], metrics).map(
				(d) => d.year
			)
		).toEqual([2023]);
	});
});

describe('roundTo', () => {
	test.each([
		[89.05, 1, 89.1],
		[2.345, 2, 2.35],
		[-0.05, 1, -0.1],
		[60.29999999, 1, 60.3],
		[0, 2, 0],
		[-0.0001, 2, 0]
	])('roundTo(%d, %d) = %d', (value, decimals, expected) => {
		expect(roundTo(value, decimals)).toBe(expected);
	});
});
