import type { Dataset, Source, Unit } from '../data/types';
import { publishedTrend, type TrendModel } from '../overview/trend';
import type { ClassGrid } from './classGrid';
import type { MultiTrend } from './multiTrend';
import type { ShareBars } from './shareBar';
import type { MapOptions, XiamenMapData } from '../map/types';
import type { Pollutant } from '../standards/types';
import type { LimitsEdition } from '../standards/limits';
import type { ChartPoint } from './series';
import type { Locale } from '../text/format';
import { sourceRecord } from '../data/sources';

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

/** Message keys for the chart's words; the load function replaces them with their text (src/lib/server/localizeChart.ts). */
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
	/**
	 * Set (to the page's language) once the load function has replaced every message key with its
	 * text (src/lib/server/localizeChart.ts); Chart.svelte renders only localized models, so no
	 * component looks a message up by key.
	 */
	localized?: Locale;
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
	| TrendChartModel
	| MapChartModel
	| LineChartModel
	| BarChartModel
	| CalendarChartModel
	| LimitPanelModel
	| SmallMultiplesModel
	| ClassGridChartModel
	| MultiTrendChartModel
	| ShareBarChartModel;

export interface ChartDefinition {
	id: string;
	build(dataset: Dataset): ChartModel;
}

/** The registry rows for the given ids, by id (every id must resolve: a chart never cites an unknown source). */
export function sourcesFor(dataset: Dataset, ids: Iterable<string>): Record<string, Source> {
	return sourceRecord(dataset.sources, ids);
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

// ---------------------------------------------------------------------------------------------
// Chart library kinds: line (several series, references, annotations), bar (grouped or stacked to
// 100%), calendar (daily AQI), limits (pollutants against their limits), multiples (small panels).

/**
 * Words in a model: a message key, a key with string parameters, or a name the data gives in both
 * languages (a station's name, a metric's label). Resolved at render time by `resolveText`.
 */
export type ModelText = string | { key: string; params?: Record<string, string> } | { zh: string; en: string };

/**
 * How a value came to be: published by a source, derived from a published change, computed by this
 * dashboard from monitoring data, or a third-party platform's figure. Never mixed in one series.
 */
export type ValueKind = 'published' | 'derived' | 'computed' | 'third_party';

/** Every chart-library model carries its notes (gaps, definition changes, published vs computed). */
interface LibraryChartBase extends ChartBase {
	notes: ModelText[];
	/** Parameters for the title, subtitle and summary-label messages (e.g. the year of a calendar). */
	textParams?: Record<string, string>;
}

/** One series of a line chart; computed series are dashed, derived ones dotted. */
export interface LineSeriesModel {
	id: string;
	label: ModelText;
	kind: ValueKind;
	points: ChartPoint[];
	/** Where value labels sit relative to the dots (default 'above'). */
	labelPosition?: 'above' | 'below';
}

/** A labelled point (x, y), a labelled year (x only: a vertical rule) or a labelled range (x to x2). */
export interface AnnotationModel {
	x: number;
	x2?: number;
	y?: number;
	label: ModelText;
}

/** Several series over years (or months), gaps kept, with reference lines and annotations. */
export interface LineChartModel extends LibraryChartBase {
	kind: 'line';
	unit: Unit;
	/** x values are years, or months 1–12. */
	xFormat: 'year' | 'month';
	series: LineSeriesModel[];
	references: { y: number; label: ModelText }[];
	annotations: AnnotationModel[];
	/** Small values at the top (ranks: 1st is best). */
	invertY: boolean;
	includeZero: boolean;
	valueLabels: boolean;
	summary:
		{ kind: 'trend' | 'rank' | 'peak'; seriesId: string } | { kind: 'vs-limit'; seriesId: string; limit: number };
}

/** A segment (one bar of a group, or one slice of a stacked bar): its colour comes from its kind. */
export interface BarSegmentModel {
	id: string;
	label: ModelText;
	kind: ValueKind;
	/** AQI level → the HJ 633 Table A.1 colour; `missing` → hatched; else the series palette by index. */
	colour: { aqiLevel: 1 | 2 | 3 | 4 | 5 | 6 } | { missing: true } | { series: number };
}

/** Horizontal bars: one row per category, grouped bars per segment, or segments stacked to 100%. */
export interface BarChartModel extends LibraryChartBase {
	kind: 'bar';
	mode: 'grouped' | 'stacked100';
	unit: Unit;
	decimals: number;
	rows: { id: string; label: ModelText }[];
	segments: BarSegmentModel[];
	/** values[row][segment]; null = no figure (drawn as a gap, never as zero). */
	values: (number | null)[][];
	summary: { kind: 'top'; segmentId: string } | { kind: 'shares'; rowId: string };
}

/** One day of a calendar: its AQI and category (null = no valid AQI that day) and primary pollutants. */
export interface CalendarDay {
	date: string;
	aqi: number | null;
	level: 1 | 2 | 3 | 4 | 5 | 6 | null;
	primary: string[];
}

/** A year of daily AQI in the official colours; `from`…`to` is what the data cover (a partial year covers less). */
export interface CalendarChartModel extends LibraryChartBase {
	kind: 'calendar';
	year: number;
	from: string;
	to: string;
	/** Every day from `from` to `to`, in order. */
	days: CalendarDay[];
	edition: '2012' | '2026';
}

/** One pollutant's annual statistic against its limit, with every kind of value found for it. */
export interface LimitRowModel {
	pollutant: Pollutant;
	statistic: 'annual_mean' | 'p95_24h' | 'p90_8h';
	unit: 'ug_m3' | 'mg_m3';
	limit: number;
	/** The value drawn: published where it exists, else computed, else derived; null when none. */
	value: { value: number; decimals: number; kind: ValueKind; sourceIds: string[] } | null;
	/** Other values for the same year (e.g. computed beside published), listed in the tooltip and table. */
	others: { value: number; decimals: number; kind: ValueKind; sourceIds: string[] }[];
	/** Valid days behind a computed value. */
	validDays: number | null;
}

/** A year's pollutant statistics against the GB 3095 grade-II limits (bullet bars, limit marked). */
export interface LimitPanelModel extends LibraryChartBase {
	kind: 'limits';
	year: number;
	limitsEdition: LimitsEdition;
	rows: LimitRowModel[];
}

/** Small multiples: one small bar panel per measure, the same items (stations, sections) in each. */
export interface SmallMultiplesModel extends LibraryChartBase {
	kind: 'multiples';
	items: { id: string; label: ModelText }[];
	panels: {
		id: string;
		label: ModelText;
		unit: Unit;
		decimals: number;
		/** values[item]; null = no data (shown as missing, never as zero). */
		values: (number | null)[];
		reference: { value: number; label: ModelText } | null;
	}[];
	/** The panel the summary sentence describes, and the word for the items ("stations"). */
	summary: { panelId: string; itemsWord: ModelText };
}
