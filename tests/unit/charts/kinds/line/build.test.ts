import { describe, expect, test } from 'vitest';
import { metricSeries, metricsChart, seriesNotes, yearSpan } from '../../../../../src/lib/charts/kinds/line/build';
import type { LineSeries } from '../../../../../src/lib/charts/kinds/line/model';
import type { Dataset, DerivedFigure, Figure, Metric, Source } from '../../../../../src/lib/data/types';
import { buildDataset } from '../../../../../src/lib/pipeline/build';
import { directoryReader } from '../../../../../src/lib/pipeline/run';

const source = (id: string): Source => ({
	id,
	title: id,
	publisher: 'P',
	date: '2024',
	url: '',
	kind: 'news_report',
	reliability: 'medium',
	note: { zh: '', en: '' }
});
const SOURCES = ['src-2013', 'src-2014', 'src-2021', 'src-2023', 'src-2024', 'doc'].map(source);
const metric = (id: string, unit: Metric['unit'] = 'percent'): Metric => ({
	id,
	domain: 'coast',
	unit,
	better: 'higher',
	changeOf: null,
	min: null,
	max: null,
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
	({ metrics, figures, derived, sources: SOURCES }) as unknown as Dataset;
const spec = (id: string) => ({ metric: id, summaryLabel: 'k' });
/** A series' values as [x, y, kind]. */
const pts = (s: LineSeries) => s.points.map((p) => [p.x, p.y, p.kind ?? s.kind]);
const chart = { id: 't', page: 'coast' as const, text: { title: 't', summaryLabel: 't' } };

describe('yearSpan: never loops on bad bounds', () => {
	test.each([
		{ from: 2020, to: 2022, expected: [2020, 2021, 2022] },
		{ from: 2022, to: 2022, expected: [2022] },
		{ from: 2023, to: 2022, expected: [] }
	])('$from–$to', ({ from, to, expected }) => {
		expect(yearSpan(from, to)).toEqual(expected);
	});
	test.each([
		{ from: -Infinity, to: -Infinity },
		{ from: -Infinity, to: 2023 },
		{ from: 2020, to: NaN },
		{ from: 2020.5, to: 2021 },
		{ from: 1000, to: 2024 }
	])('$from–$to is an error naming both bounds', ({ from, to }) => {
		expect(() => yearSpan(from, to)).toThrow(`${from} to ${to}`);
	});
});

describe('metricSeries: a published metric over the years', () => {
	test('no figure at all: an empty series (a visible, labelled gap), never an error', () => {
		const s = metricSeries(data([]), 'a');
		expect(s.points).toEqual([]);
		expect(seriesNotes([s])).toEqual([{ key: 'chart_series_empty_note', params: { series: { zh: 'a', en: 'a' } } }]);
	});

	test('gaps inside the span are null points, listed in the notes', () => {
		const s = metricSeries(data([fig('a', 2021, 87.3), fig('a', 2024, 91.7)]), 'a');
		expect(pts(s)).toEqual([
			[2021, 87.3, 'published'],
			[2022, null, 'published'],
			[2023, null, 'published'],
			[2024, 91.7, 'published']
		]);
		expect(seriesNotes([s])).toEqual([{ key: 'chart_gap_note', params: { years: '2022–2023' } }]);
	});

	test('a derived value fills a year without a published one; beside a published one it goes to the table only', () => {
		const d = data(
			[fig('a', 2021, 87.3), fig('a', 2024, 91.7), fig('b', 2023, 86.4)],
			[der('a', 2023, 84.2), der('b', 2023, 86.4)]
		);
		const a = metricSeries(d, 'a');
		expect(pts(a)).toEqual([
			[2021, 87.3, 'published'],
			[2022, null, 'published'],
			[2023, 84.2, 'derived'],
			[2024, 91.7, 'published']
		]);
		const b = metricSeries(d, 'b');
		expect(pts(b)).toEqual([[2023, 86.4, 'published']]);
		expect(b.besides!.map((p) => [p.x, p.y, p.kind])).toEqual([[2023, 86.4, 'derived']]);
		expect(seriesNotes([a])).toContain('chart_series_derived_note');
	});

	test('a scope other than the city is its own series, never mixed with the city’s', () => {
		const d = data([fig('a', 2024, 91.7), fig('a', 2024, 92.6, 'fujian')]);
		expect(metricSeries(d, 'a').points.map((p) => p.y)).toEqual([91.7]);
		const fujian = metricSeries(d, 'a', { scope: 'fujian' });
		expect([fujian.id, fujian.points.map((p) => p.y)]).toEqual(['a:fujian', [92.6]]);
	});
});

describe('metricsChart: one series per definition on one year axis', () => {
	test('each series keeps its own years; years without any value are named', () => {
		const model = metricsChart(
			data([fig('a', 2013, 49.8), fig('a', 2014, 49.8), fig('b', 2021, 87.3), fig('b', 2024, 91.7)]),
			chart,
			[spec('a'), spec('b')]
		);
		expect(model.kind).toBe('line');
		expect(model.series.map((s) => s.id)).toEqual(['a', 'b']);
		expect(model.series.map((s) => s.marker)).toEqual(['circle', 'square']);
		expect(pts(model.series[0]!)).toEqual([
			[2013, 49.8, 'published'],
			[2014, 49.8, 'published']
		]);
		expect(model.notes).toContainEqual({
			key: 'chart_series_gap_note',
			params: { series: { zh: 'b', en: 'b' }, years: '2022–2023' }
		});
		expect(model.notes).toContainEqual({
			key: 'chart_empty_years_note',
			params: { years: '2015–2020, 2022–2023' }
		});
		expect(Object.keys(model.sources)).toEqual(['src-2013', 'src-2014', 'src-2021', 'src-2024']);
	});

	test('series of different units cannot share an axis', () => {
		expect(() => metricsChart(data([], [], [metric('a'), metric('b', 'km2')]), chart, [spec('a'), spec('b')])).toThrow(
			/different units/
		);
	});
});

describe('the coast chart built from the project’s data', () => {
	const { dataset } = buildDataset(directoryReader('data'));
	test('four definitions, four series, 2023 area derived, the Fujian figures nowhere', () => {
		const model = metricsChart(dataset!, chart, [
			spec('coastal_clean_area_pct_ocean_bureau'),
			spec('coastal_class_1_2_area_pct_2016'),
			spec('coastal_excellent_area_pct'),
			spec('coastal_excellent_point_pct')
		]);
		expect(model.series.map((s) => s.points.filter((p) => p.y !== null).map((p) => p.x))).toEqual([
			[2013, 2014],
			[2016],
			[2021, 2023, 2024],
			[2023, 2024]
		]);
		expect(model.series[2]!.points.find((p) => p.x === 2023)).toMatchObject({ y: 84.2, kind: 'derived' });
		expect(model.series.flatMap((s) => s.points).some((p) => p.y === 92.6 || p.y === 88.7)).toBe(false);
	});
});
