import type { Dataset, Metric } from '../../../data/types';
import { figureFor, metricById } from '../../../data/query';
import { metricQualifier, type Qualifier } from '../../../text/qualified';
import { sourcesFor, type ChartPage, type ChartText, type ModelText } from '../../model';
import type { ShareBarChartModel } from './model';

/**
 * The share-bar model: a few published shares, each its own bar from 0 to 100% with its own year
 * and qualifier (an "about 80%" stays "about"). Shares of different things are not stacked or summed.
 */

export interface ShareBar {
	metric: Metric;
	year: number;
	value: number;
	decimals: number;
	qualifier: Qualifier;
	sourceId: string;
}

export interface ShareBars {
	bars: ShareBar[];
	sourceIds: string[];
}

/** The published shares asked for; a missing figure or a metric not in percent is an error. */
export function shareBars(
	dataset: Pick<Dataset, 'metrics' | 'figures'>,
	specs: { metric: string; year: number; scope?: string }[]
): ShareBars {
	const bars = specs.map((spec): ShareBar => {
		const metric = metricById(dataset, spec.metric);
		if (metric.unit !== 'percent')
			throw new Error(`A share bar needs a percent metric, got ${metric.id} (${metric.unit})`);
		const figure = figureFor(dataset, spec.metric, spec.year, spec.scope);
		if (!figure) throw new Error(`No published ${spec.metric} for ${spec.year} in data/figures`);
		return {
			metric,
			year: figure.year,
			value: figure.value,
			decimals: figure.decimals,
			qualifier: metricQualifier(metric.id),
			sourceId: figure.sourceId
		};
	});
	return { bars, sourceIds: [...new Set(bars.map((b) => b.sourceId))] };
}

/** Pixel rows of the share bars: the name (one line per entry of `lines`, 16 px each), the bar, a gap. */
export function shareBarRows(lines: number[]): {
	rows: { labelY: number; barY: number; barH: number }[];
	height: number;
} {
	let y = 0;
	const rows = lines.map((n) => {
		const row = { labelY: y + 14, barY: y + 8 + Math.max(1, n) * 16, barH: 24 };
		y = row.barY + row.barH + 16;
		return row;
	});
	return { rows, height: Math.max(1, y - 8) };
}

/** A share-bar chart of the published shares asked for, with its frame's words and its sources. */
export function shareBarChart(
	dataset: Dataset,
	chart: { id: string; page: ChartPage; text: ChartText; notes?: ModelText[] },
	specs: { metric: string; year: number; scope?: string }[]
): ShareBarChartModel {
	const shares = shareBars(dataset, specs);
	return {
		kind: 'share-bar',
		...chart,
		notes: chart.notes ?? [],
		shares,
		sources: sourcesFor(dataset, shares.sourceIds)
	};
}
