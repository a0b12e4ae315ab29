import { describe, expect, test } from 'vitest';
import { lineSegments, multiTrend, placeLabels, type MultiTrendPoint } from '../../../src/lib/charts/multiTrend';
import { nearestInPixels } from '../../../src/lib/enhance/nearest';
import type { Dataset, DerivedFigure, Figure, Metric } from '../../../src/lib/data/types';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { directoryReader } from '../../../src/lib/pipeline/run';

const metric = (id: string, unit: Metric['unit'] = 'percent'): Metric => ({
	id,
	domain: 'coast',
	unit,
	better: 'higher',
	changeOf: null,
	label: { zh: id, en: id },
	description: { zh: '', en: '' }
});
const fig = (metricId: string, year: number, value: number, scope = 'city'): Figure => ({
	year,
	metric: metricId,
	value,
	decimals: 1,
	unit: 'percent',
	scope,
	sourceId: `src-${year}`,
	note: '',
	quote: '',
	origin: `f:${year}`
});
const der = (metricId: string, year: number, value: number): DerivedFigure => ({
	year,
	metric: metricId,
	value,
	decimals: 1,
	unit: 'percent',
	scope: 'city',
	method: 'minus_change_pt',
	from: ['a', 'b'],
	sourceIds: ['doc']
});
const data = (figures: Figure[], derived: DerivedFigure[] = [], metrics = [metric('a'), metric('b')]) =>
	({ metrics, figures, derived }) as Pick<Dataset, 'metrics' | 'figures' | 'derived'>;
const spec = (id: string) => ({ metric: id, summaryLabel: 'k' });
const pts = (points: MultiTrendPoint[]) => points.map((p) => [p.x, p.y, p.status]);

describe('multiTrend: one series per definition', () => {
	test('empty: a series with no points, an axis that still exists', () => {
		const trend = multiTrend(data([]), [spec('a')]);
		expect(trend.series[0]!.points).toEqual([]);
		expect(trend.xDomain).toEqual([0, 1]);
		expect(trend.emptyYears).toEqual([]);
	});

	test('single point', () => {
		const trend = multiTrend(data([fig('a', 2016, 65.8)]), [spec('a')]);
		expect(pts(trend.series[0]!.points)).toEqual([[2016, 65.8, 'published']]);
		expect(trend.xDomain).toEqual([2016, 2016]);
	});

	test('gappy: each series keeps its own years; gaps inside a series and empty years on the axis are listed', () => {
		const trend = multiTrend(
			data([fig('a', 2013, 49.8), fig('a', 2014, 49.8), fig('b', 2021, 87.3), fig('b', 2024, 91.7)]),
			[spec('a'), spec('b')]
		);
		expect(trend.series.map((s) => s.id)).toEqual(['a', 'b']);
		expect(pts(trend.series[0]!.points)).toEqual([
			[2013, 49.8, 'published'],
			[2014, 49.8, 'published']
		]);
		expect(trend.series[1]!.gapYears).toEqual([2022, 2023]);
		expect(trend.xDomain).toEqual([2013, 2024]);
		expect(trend.emptyYears).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2022, 2023]);
		expect(trend.series.map((s) => s.marker)).toEqual(['circle', 'square']);
	});

	test('a derived value fills a year without a published one; beside a published one it goes to the table only', () => {
		const trend = multiTrend(
			data(
				[fig('a', 2021, 87.3), fig('a', 2024, 91.7), fig('b', 2023, 86.4), fig('b', 2024, 95.5)],
				[der('a', 2023, 84.2), der('b', 2023, 86.4)]
			),
			[spec('a'), spec('b')]
		);
		expect(pts(trend.series[0]!.points)).toEqual([
			[2021, 87.3, 'published'],
			[2023, 84.2, 'derived'],
			[2024, 91.7, 'published']
		]);
		expect(trend.series[0]!.gapYears).toEqual([2022]);
		expect(pts(trend.series[1]!.points)).toEqual([
			[2023, 86.4, 'published'],
			[2024, 95.5, 'published']
		]);
		expect(pts(trend.series[1]!.derivedBesidePublished)).toEqual([[2023, 86.4, 'derived']]);
		expect(trend.sourceIds).toEqual(['src-2021', 'doc', 'src-2024', 'src-2023']);
	});

	test('a scope other than the city is its own series and never mixed with the city’s', () => {
		const trend = multiTrend(data([fig('a', 2024, 91.7), fig('a', 2024, 92.6, 'fujian')]), [
			spec('a'),
			{ metric: 'a', scope: 'fujian', summaryLabel: 'k' }
		]);
		expect(trend.series.map((s) => [s.id, s.points.map((p) => p.y)])).toEqual([
			['a', [91.7]],
			['a:fujian', [92.6]]
		]);
	});

	test('series of different units cannot share an axis', () => {
		expect(() => multiTrend(data([], [], [metric('a'), metric('b', 'km2')]), [spec('a'), spec('b')])).toThrow(
			/one unit/
		);
	});
});

describe('lineSegments', () => {
	const p = (x: number, status: 'published' | 'derived' = 'published'): MultiTrendPoint => ({
		x,
		y: x,
		decimals: 0,
		status,
		sourceIds: []
	});
	test.each([
		{ name: 'empty', points: [], expected: [] },
		{ name: 'single', points: [p(2020)], expected: [] },
		{ name: 'consecutive years are joined', points: [p(2020), p(2021)], expected: [[2020, 2021, false]] },
		{ name: 'a gap year breaks the line', points: [p(2020), p(2022)], expected: [] },
		{
			name: 'a piece touching a derived value is dashed',
			points: [p(2021), p(2023, 'derived'), p(2024)],
			expected: [[2023, 2024, true]]
		}
	])('$name', ({ points, expected }) => {
		expect(lineSegments(points).map((s) => [s.from.x, s.to.x, s.dashed])).toEqual(expected);
	});
});

describe('placeLabels', () => {
	const c = (key: string, px: number, py: number, priority = 0, width = 40) => ({ key, px, py, width, priority });
	test('far-apart points: every label above its point', () => {
		expect(placeLabels([c('a', 50, 100), c('b', 200, 100)], 300)).toEqual({ a: 'above', b: 'above' });
	});
	test('two points close together in one year: the higher-priority label above, the other below', () => {
		expect(placeLabels([c('low', 150, 110, 0), c('high', 150, 96, 2)], 300)).toEqual({ high: 'above', low: 'below' });
	});
	test('no room above or below: the label is hidden (its value stays in the tooltip and table)', () => {
		const sides = placeLabels([c('a', 100, 100, 2), c('b', 110, 100, 1), c('x', 105, 80, 3), c('y', 105, 125, 3)], 300);
		expect(sides.b).toBe('hidden');
	});
	test('a label at the plot’s edge is anchored to the edge, not cut off', () => {
		expect(placeLabels([c('edge', 0, 100, 0, 80)], 300)).toEqual({ edge: 'above' });
	});
	test('empty', () => {
		expect(placeLabels([], 300)).toEqual({});
	});
});

describe('nearestInPixels', () => {
	const pts = [
		{ key: 'under', px: 100, py: 105 },
		{ key: 'over', px: 100, py: 100 },
		{ key: 'far', px: 300, py: 100 }
	];
	test.each([
		{ name: 'exactly on a marker that lies under another', args: [100, 105], expected: 'under' },
		{ name: 'nearer the other one', args: [100, 99], expected: 'over' },
		{ name: 'nothing within reach', args: [200, 100], expected: undefined },
		{ name: 'just within reach', args: [276, 100], expected: 'far' }
	] as const)('$name', ({ args, expected }) => {
		expect(nearestInPixels(pts, args[0], args[1])?.key).toBe(expected);
	});
	test('empty', () => {
		expect(nearestInPixels([], 0, 0)).toBeUndefined();
	});
});

describe('the coast chart built from the project’s data', () => {
	const { dataset } = buildDataset(directoryReader('data'));
	test('four definitions, four series, 2023 area derived, the Fujian figures nowhere', () => {
		const trend = multiTrend(dataset, [
			spec('coastal_clean_area_pct_ocean_bureau'),
			spec('coastal_class_1_2_area_pct_2016'),
			spec('coastal_excellent_area_pct'),
			spec('coastal_excellent_point_pct')
		]);
		expect(trend.series.map((s) => s.points.map((p) => p.x))).toEqual([
			[2013, 2014],
			[2016],
			[2021, 2023, 2024],
			[2023, 2024]
		]);
		expect(trend.series[2]!.points.find((p) => p.x === 2023)).toMatchObject({ y: 84.2, status: 'derived' });
		expect(trend.series.flatMap((s) => s.points).some((p) => p.y === 92.6 || p.y === 88.7)).toBe(false);
	});
});
