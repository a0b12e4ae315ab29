import type { Dataset } from '../../../data/types';
import { metricById } from '../../../data/query';
import { yearRanges } from '../../../text/dates';
import { sourcesFor, type Bilingual, type ChartPage, type ChartText, type ModelText } from '../../model';
import { MARKERS, type LineChartModel, type LinePoint, type LineSeries } from './model';

/**
 * Builders of line charts: a metric's values over the years as a series, the notes every series
 * needs, and the assembly of a model with the sources it cites. Nothing is filled in: a year without
 * a value is a gap (y null) that the chart breaks at and the table lists.
 */

/** The longest span of years a chart may cover: anything longer is bad data, never a loop of millions. */
const MAX_YEARS = 200;

/**
 * Every year from `from` to `to`. A bound that is not a whole number, or a span longer than 200
 * years, is an error naming both bounds (bad data, e.g. a year missing from every table, must fail
 * the build with its cause, never loop).
 */
export function yearSpan(from: number, to: number): number[] {
	if (!Number.isInteger(from) || !Number.isInteger(to))
		throw new Error(`cannot span the years ${from} to ${to}: both must be whole years`);
	if (to < from) return [];
	if (to - from >= MAX_YEARS) throw new Error(`cannot span the years ${from} to ${to}: more than ${MAX_YEARS} years`);
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export interface MetricSeriesOptions {
	scope?: string;
	/** Widen the series' span (its gaps) to these years; default its first and last value. */
	from?: number;
	to?: number;
	/** Show derived values where no figure is published (default true). */
	withDerived?: boolean;
	/** The series' id; default the metric (with the scope when it is not the city). */
	id?: string;
	/** Its name; default the metric's label. */
	label?: ModelText;
	/** Its name inside a sentence; default its label. */
	summaryLabel?: ModelText;
	labelSide?: LineSeries['labelSide'];
}

/**
 * A metric's published values over the years as one series, with the value derived from a published
 * change (labelled derived) for a year without a published one; a derived value for a year that has a
 * published one is kept beside it, for the table. Every other year of the span is a gap.
 */
export function metricSeries(
	dataset: Pick<Dataset, 'metrics' | 'figures' | 'derived'>,
	metricId: string,
	options: MetricSeriesOptions = {}
): LineSeries {
	const metric = metricById(dataset, metricId);
	const scope = options.scope ?? 'city';
	const published = new Map(
		dataset.figures.filter((f) => f.metric === metricId && f.scope === scope).map((f) => [f.year, f])
	);
	const derived = new Map(
		((options.withDerived ?? true)
			? dataset.derived.filter((d) => d.metric === metricId && d.scope === scope)
			: []
		).map((d) => [d.year, d])
	);
	const years = [...published.keys(), ...derived.keys()];
	const from = Math.min(...years, options.from ?? Infinity);
	const to = Math.max(...years, options.to ?? -Infinity);
	const span = Number.isFinite(from) && Number.isFinite(to) ? yearSpan(from, to) : [];
	const points = span.map((year): LinePoint => {
		const f = published.get(year);
		if (f) return { x: year, y: f.value, decimals: f.decimals, sourceIds: [f.sourceId] };
		const d = derived.get(year);
		if (d) return { x: year, y: d.value, decimals: d.decimals, kind: 'derived', sourceIds: d.sourceIds };
		return { x: year, y: null, decimals: 0, sourceIds: [] };
	});
	const besides = [...derived.values()]
		.filter((d) => published.has(d.year))
		.map((d): LinePoint => ({ x: d.year, y: d.value, decimals: d.decimals, kind: 'derived', sourceIds: d.sourceIds }));
	return {
		id: options.id ?? (scope === 'city' ? metricId : `${metricId}:${scope}`),
		label: options.label ?? metric.label,
		kind: 'published',
		marker: 'circle',
		points,
		...(besides.length > 0 ? { besides } : {}),
		...(options.summaryLabel ? { summaryLabel: options.summaryLabel } : {}),
		...(options.labelSide ? { labelSide: options.labelSide } : {})
	};
}

/** The years of a series that have no value, between its first and last point. */
export const gapYears = (series: LineSeries): number[] => series.points.filter((p) => p.y === null).map((p) => p.x);

/** Whether a series has at least one value. */
export const hasValues = (series: LineSeries): boolean => series.points.some((p) => p.y !== null);

const isBilingual = (text: ModelText): text is Bilingual => typeof text === 'object' && 'zh' in text;

/**
 * The notes every set of series needs: each published series' gaps (named by series when there are
 * several and it has a name of its own), a series without any value (a visible, labelled gap), and
 * what a derived value is when one is drawn.
 */
export function seriesNotes(series: LineSeries[]): ModelText[] {
	const several = series.length > 1;
	const notes: ModelText[] = [];
	for (const s of series) {
		if (!hasValues(s)) {
			notes.push({
				key: 'chart_series_empty_note',
				params: { series: typeof s.label === 'string' ? { key: s.label } : s.label }
			});
			continue;
		}
		const gaps = gapYears(s);
		if (gaps.length === 0 || s.kind !== 'published') continue;
		notes.push(
			several && isBilingual(s.label)
				? { key: 'chart_series_gap_note', params: { series: s.label, years: yearRanges(gaps) } }
				: { key: 'chart_gap_note', params: { years: yearRanges(gaps) } }
		);
	}
	if (series.some((s) => s.kind !== 'derived' && s.points.some((p) => p.kind === 'derived')))
		notes.push('chart_series_derived_note');
	return notes;
}

/** Every source a set of series rests on (drawn values and those listed beside them), each once. */
export function seriesSourceIds(series: LineSeries[]): string[] {
	return [...new Set(series.flatMap((s) => [...s.points, ...(s.besides ?? [])].flatMap((p) => p.sourceIds)))];
}

/** What a line chart declares beyond its series: its words, options and summary. */
export type LineChartSpec = Omit<LineChartModel, 'kind' | 'sources' | 'series' | 'references' | 'annotations'> &
	Partial<Pick<LineChartModel, 'references' | 'annotations'>>;

/**
 * A line chart's model: the series, each given the marker of its place (circle, square, triangle,
 * diamond), and the registry rows of every source its values and `extraSourceIds` rest on.
 */
export function lineChart(
	dataset: Pick<Dataset, 'sources'>,
	spec: LineChartSpec,
	series: LineSeries[],
	extraSourceIds: string[] = []
): LineChartModel {
	return {
		kind: 'line',
		...spec,
		references: spec.references ?? [],
		annotations: spec.annotations ?? [],
		series: series.map((s, i) => ({ ...s, marker: MARKERS[i % MARKERS.length]! })),
		sources: sourcesFor(dataset, [...seriesSourceIds(series), ...extraSourceIds])
	};
}

/** One metric of a chart of several (see metricsChart): which, in which scope, named how, with which note. */
export interface MetricSpec {
	metric: string;
	scope?: string;
	/** Message key of the series' name inside a sentence. */
	summaryLabel: string;
	/** Message key of a note on the series' definition, if any. */
	note?: string;
}

/**
 * Several published metrics on one year axis, one series per definition, never joined to another:
 * each metric's values (derived where only a change was published), its definition in the notes when
 * there are several, its gaps, and the years no definition has a value. All metrics share one unit.
 */
export function metricsChart(
	dataset: Dataset,
	chart: { id: string; page: ChartPage; text: ChartText; notes?: ModelText[] },
	specs: MetricSpec[],
	options: { includeZero?: boolean } = {}
): LineChartModel {
	const metrics = specs.map((spec) => metricById(dataset, spec.metric));
	const units = [...new Set(metrics.map((m) => m.unit))];
	if (units.length > 1) throw new Error(`the metrics ${specs.map((s) => s.metric).join(', ')} have different units`);
	const series = specs.map((spec) =>
		metricSeries(dataset, spec.metric, { scope: spec.scope, summaryLabel: spec.summaryLabel })
	);
	const xs = series.flatMap((s) => s.points.filter((p) => p.y !== null).map((p) => p.x));
	const lo = Math.min(...xs);
	const hi = Math.max(...xs);
	const emptyYears = series.length > 1 && xs.length > 0 ? yearSpan(lo, hi).filter((year) => !xs.includes(year)) : [];
	const several = series.length > 1;
	return lineChart(
		dataset,
		{
			id: chart.id,
			page: chart.page,
			text: chart.text,
			unit: units[0] ?? 'percent',
			xFormat: 'year',
			invertY: false,
			includeZero: options.includeZero ?? false,
			valueLabels: true,
			summary: { kind: 'each' },
			notes: [
				...(several
					? metrics.map((m) => ({ key: 'chart_definition_note', params: { name: m.label, text: m.description } }))
					: []),
				...specs.flatMap((spec) => (spec.note ? [spec.note] : [])),
				...seriesNotes(series),
				...(emptyYears.length > 0
					? [{ key: 'chart_empty_years_note', params: { years: yearRanges(emptyYears) } }]
					: []),
				...(chart.notes ?? [])
			]
		},
		series
	);
}
