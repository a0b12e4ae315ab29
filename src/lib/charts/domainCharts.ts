import type { Dataset } from '../data/types';
import { sourcesFor, type ChartDefinition, type ChartModel, type ChartText } from './model';
import type { ClassGrid } from './classGrid';
import { multiTrend, type MultiTrendSpec } from './multiTrend';
import { shareBars } from './shareBar';

/**
 * Definition helpers for the chart kinds of the water, coast and litter pages (class grid, multi-trend,
 * share bar), in the manner of `trendChart` in model.ts: each returns a ChartDefinition whose build()
 * makes a serialisable model with the registry rows of every source it cites.
 */

type Page = ChartModel['page'];

/** A class grid built by `grid` (e.g. waterClassGrid with a list of sites). */
export function classGridChart(
	id: string,
	page: Page,
	text: ChartText,
	grid: (dataset: Dataset) => ClassGrid
): ChartDefinition {
	return {
		id,
		build(dataset) {
			const built = grid(dataset);
			return { id, kind: 'class-grid', page, text, grid: built, sources: sourcesFor(dataset, built.sourceIds) };
		}
	};
}

/** Several metrics (one per definition) on one year axis. */
export function multiTrendChart(
	id: string,
	page: Page,
	text: ChartText,
	series: MultiTrendSpec[],
	options: { includeZero?: boolean; from?: number; to?: number } = {}
): ChartDefinition {
	return {
		id,
		build(dataset) {
			const trend = multiTrend(dataset, series, options);
			return { id, kind: 'multi-trend', page, text, trend, sources: sourcesFor(dataset, trend.sourceIds) };
		}
	};
}

/** A few published shares, each its own bar. */
export function shareBarChart(
	id: string,
	page: Page,
	text: ChartText,
	specs: { metric: string; year: number; scope?: string }[]
): ChartDefinition {
	return {
		id,
		build(dataset) {
			const shares = shareBars(dataset, specs);
			return { id, kind: 'share-bar', page, text, shares, sources: sourcesFor(dataset, shares.sourceIds) };
		}
	};
}
