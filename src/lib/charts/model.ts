import type { Dataset, Source } from '../data/types';
import { publishedTrend, type TrendModel } from '../overview/trend';
import type { ClassGrid } from './classGrid';
import type { MultiTrend } from './multiTrend';
import type { ShareBars } from './shareBar';
import type { MapOptions, XiamenMapData } from '../map/types';

/**
 * Chart models and definitions. See registry.ts for the one registry of charts.
 *
 * The one registry of charts. Each chart has a stable id that names its place on a page, its embed
 * (/embed/<id>/), its downloads and its slide. Pages, embeds, the deck and the benchmark all build
 * charts through `buildChart(id, dataset)`, so a chart is defined once.
 *
 * A definition builds a serialisable model (numbers, ids, message keys — no functions, no
 * locale): the component renders it in the page's language. Text is given as message keys
 * (see src/lib/i18n/messages), resolved at render time.
 */

/** Message keys for the chart's words; resolved with Paraglide's `m[key]()` at render time. */
export interface ChartText {
	title: string;
	subtitle?: string;
	/** The metric's name as it reads inside a sentence ("composite index"). */
	summaryLabel: string;
	notes?: string[];
}

interface ChartBase {
	id: string;
	/** The page the chart belongs to (its home on the site). */
	page: 'overview' | 'air' | 'water' | 'coast' | 'litter' | 'map';
	text: ChartText;
	/** Registry rows of every source the chart cites, by id. */
	sources: Record<string, Source>;
	/** The view options the chart offers (year, station, layer); embeds and shareable URLs use them. */
	options?: ChartOptions;
}

/** A published metric over the years (TrendChart). */
export interface TrendChartModel extends ChartBase, Omit<TrendModel, 'id'> {
	kind: 'trend';
	includeZero: boolean;
}

/** The Xiamen map with its layers (XiamenMap), travelling like a chart: embeds, slides, downloads. */
export interface MapChartModel extends ChartBase {
	kind: 'map';
	map: XiamenMapData;
	/** what the map shows first (layers, view, day, years, district value) and how (compact, height) */
	mapOptions: MapOptions & { compact: boolean; height: string };
}

/**
 * The view options a chart offers, each with the values a reader may choose and the default: e.g. a
 * calendar's years, a map's layers. Embeds take them from the query string (`?year=2023&layer=stations`,
 * parsed by src/lib/embed/options.ts), the builder offers them, pages keep them in the URL.
 */
export interface ChartOptions {
	year?: { values: number[]; default: number };
	station?: { values: string[]; default: string };
	layer?: { values: string[]; default: string };
}

/** The view chosen among a chart's options; Chart.svelte forwards it to kinds that have options. */
export interface ChartView {
	year?: number;
	station?: string;
	layer?: string;
}

/** Rows (sites, sea areas) × years, each cell a published class or category (ClassGridChart). */
export interface ClassGridChartModel extends ChartBase {
	kind: 'class-grid';
	grid: ClassGrid;
}

/** Several series on one year axis, one per definition, never joined (MultiTrendChart). */
export interface MultiTrendChartModel extends ChartBase {
	kind: 'multi-trend';
	trend: MultiTrend;
}

/** A few published shares, each its own 0–100% bar (ShareBarChart). */
export interface ShareBarChartModel extends ChartBase {
	kind: 'share-bar';
	shares: ShareBars;
}

/** Every kind of chart model; add a kind here and a branch in Chart.svelte. */
export type ChartModel =
	TrendChartModel | MapChartModel | ClassGridChartModel | MultiTrendChartModel | ShareBarChartModel;

export interface ChartDefinition {
	id: string;
	build(dataset: Dataset): ChartModel;
}

/** The registry rows for the given ids (every id must resolve: a chart never cites an unknown source). */
export function sourcesFor(dataset: Dataset, ids: Iterable<string>): Record<string, Source> {
	const out: Record<string, Source> = {};
	for (const id of ids) {
		const source = dataset.sources.find((s) => s.id === id);
		if (!source) throw new Error(`Chart cites unknown source "${id}"`);
		out[id] = source;
	}
	return out;
}

/** A trend chart of one published metric. */
export function trendChart(
	id: string,
	page: ChartBase['page'],
	metricId: string,
	text: ChartText,
	options: { includeZero?: boolean; from?: number; to?: number } = {}
): ChartDefinition {
	return {
		id,
		build(dataset) {
			const trend = publishedTrend(dataset, id, metricId, { from: options.from, to: options.to });
			return {
				kind: 'trend',
				page,
				text,
				includeZero: options.includeZero ?? false,
				...trend,
				sources: sourcesFor(dataset, trend.sourceIds)
			};
		}
	};
}
