import type { Dataset, Metric } from '../data/types';
import { gaps, metricById, yearlySeries } from '../data/query';
import type { ChartPoint } from '../charts/series';

/** A published metric over the years, ready for a line chart: values, gap years and the sources cited. */
export interface TrendModel {
	id: string;
	metric: Metric;
	points: ChartPoint[];
	gapYears: number[];
	sourceIds: string[];
}

/**
 * The published values of a metric as a chart series from `from` (default: first published year) to
 * `to` (default: last), with null for the years without a published figure. Nothing is filled in.
 */
export function publishedTrend(
	dataset: Dataset,
	chartId: string,
	metricId: string,
	range: { from?: number; to?: number } = {}
): TrendModel {
	const series = yearlySeries(dataset, metricId, range);
	return {
		id: chartId,
		metric: metricById(dataset, metricId),
		points: series.map((p) => ({ x: p.year, y: p.value, decimals: p.decimals, sourceId: p.sourceId })),
		gapYears: gaps(series).flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i)),
		sourceIds: [...new Set(series.map((p) => p.sourceId).filter((id): id is string => id !== null))]
	};
}
