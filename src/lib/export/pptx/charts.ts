/**
 * A line or bar chart of the spec as pptxgenjs's chart data and options (pure): a native PowerPoint
 * chart whose numbers live in the chart and in its embedded workbook, so the reader can edit them in
 * PowerPoint or WPS. What pptxgenjs cannot say per series (dash, marker) or says wrongly (gaps) is
 * recorded in a `ChartPlan` and written by `finish.ts` into the chart part afterwards.
 */
import type PptxGenJS from 'pptxgenjs';
import { GRID, INK, MUTED, resolveColour, seriesFill } from './colours';
import type { BarChartSpec, DeckLanguage, LineChartSpec, SeriesStyle } from './spec';
import { FONT, TYPE } from './style';

/** How one series is drawn (line charts): OOXML preset dash and marker. */
export interface SeriesLook {
	dash: 'solid' | 'dash' | 'sysDot';
	marker: 'circle' | 'square';
	/** A hollow marker (white inside): computed values, as on the site. */
	hollow: boolean;
}

/** Published solid with filled dots, computed dashed with rings, derived dotted with squares (as charts/legend.ts draws them). */
export const SERIES_LOOK: Record<SeriesStyle, SeriesLook> = {
	published: { dash: 'solid', marker: 'circle', hollow: false },
	computed: { dash: 'dash', marker: 'circle', hollow: true },
	derived: { dash: 'sysDot', marker: 'square', hollow: false }
};

/** What the finishing pass needs to know about one chart part. */
export interface ChartPlan {
	kind: 'line' | 'bar';
	categories: string[];
	series: { name: string; values: (number | null)[] }[];
	/** Per series, line charts only. */
	looks?: SeriesLook[];
}

export interface PptxChart {
	type: 'line' | 'bar';
	data: PptxGenJS.OptsChartData[];
	options: PptxGenJS.IChartOpts;
	plan: ChartPlan;
}

/** Bars get value labels when there are few enough to read (grouped bars only; stacked bars carry theirs in the data sheet). */
const MAX_LABELLED_BARS = 24;

/** Options every native chart shares: type sizes for projection, fonts, quiet grid, legend below when there is more than one series. */
function common(
	language: DeckLanguage,
	seriesCount: number,
	unit: string | undefined,
	alt: string
): PptxGenJS.IChartOpts {
	return {
		altText: alt,
		lang: language === 'zh' ? 'zh-CN' : 'en-US',
		showTitle: false,
		showLegend: seriesCount > 1,
		legendPos: 'b',
		legendFontSize: TYPE.chart,
		legendFontFace: FONT.latin,
		legendColor: INK,
		catAxisLabelFontSize: TYPE.chart,
		catAxisLabelFontFace: FONT.latin,
		catAxisLabelColor: INK,
		valAxisLabelFontSize: TYPE.chart,
		valAxisLabelFontFace: FONT.latin,
		valAxisLabelColor: MUTED,
		valAxisTitle: unit,
		showValAxisTitle: !!unit,
		valAxisTitleFontSize: TYPE.chart,
		valAxisTitleFontFace: FONT.latin,
		valAxisTitleColor: MUTED,
		valGridLine: { color: GRID, size: 1 },
		catGridLine: { style: 'none' },
		dataLabelFontSize: TYPE.chart,
		dataLabelFontFace: FONT.latin,
		dataLabelColor: INK,
		// A missing value is a gap, never a line drawn across it nor a zero.
		displayBlanksAs: 'gap'
	};
}

/** pptxgenjs wants numbers; a gap is written as null and removed from the part by finish.ts. */
const values = (v: (number | null)[]) => v as number[];

export function lineChart(chart: LineChartSpec, language: DeckLanguage, fallbackAlt: string): PptxChart {
	const looks = chart.series.map((s) => SERIES_LOOK[s.style ?? 'published']);
	return {
		type: 'line',
		data: chart.series.map((s) => ({ name: s.name, labels: chart.categories, values: values(s.values) })),
		options: {
			...common(language, chart.series.length, chart.unit, chart.alt ?? fallbackAlt),
			chartColors: chart.series.map((s, i) => seriesFill(i, s.colour)),
			lineSize: 3,
			lineDataSymbol: 'circle',
			lineDataSymbolSize: 9,
			lineDataSymbolLineSize: 2
		},
		plan: { kind: 'line', categories: chart.categories, series: chart.series, looks }
	};
}

/**
 * A bar chart. Horizontal bars read top to bottom in the spec's category order: PowerPoint draws
 * the first category at the bottom, so the categories are written last first (in the chart and its
 * data sheet) rather than reversing the axis, whose value labels LibreOffice then puts on top.
 */
export function barChart(spec: BarChartSpec, language: DeckLanguage, fallbackAlt: string): PptxChart {
	const horizontal = spec.direction === 'horizontal';
	const flip = <T>(list: T[]) => (horizontal ? [...list].reverse() : list);
	const chart = {
		...spec,
		categories: flip(spec.categories),
		series: spec.series.map((s) => ({ ...s, values: flip(s.values) })),
		categoryColours: spec.categoryColours && flip(spec.categoryColours)
	};
	const stacked = chart.layout === 'stacked100';
	const byCategory = chart.categoryColours !== undefined && chart.series.length === 1;
	const colours = byCategory
		? chart.categoryColours!.map((ref) => (ref ? resolveColour(ref) : seriesFill(0, chart.series[0]!.colour)))
		: chart.series.map((s, i) => seriesFill(i, s.colour));
	const labelled = !stacked && chart.categories.length * chart.series.length <= MAX_LABELLED_BARS;
	return {
		type: 'bar',
		data: chart.series.map((s) => ({ name: s.name, labels: chart.categories, values: values(s.values) })),
		options: {
			...common(language, chart.series.length, chart.unit, chart.alt ?? fallbackAlt),
			barDir: horizontal ? 'bar' : 'col',
			barGrouping: stacked ? 'percentStacked' : 'clustered',
			barGapWidthPct: 60,
			...(stacked ? { barOverlapPct: 100, valAxisLabelFormatCode: '0%', valAxisMaxVal: 1 } : {}),
			// Bars start at zero (a bar cut off above zero misreads its length).
			...(!stacked && chart.series.every((s) => s.values.every((v) => v === null || v >= 0))
				? { valAxisMinVal: 0 }
				: {}),
			// The official fills include yellow (AQI 良), which needs an edge to show on white.
			...(chart.categoryColours || chart.series.some((s) => s.colour)
				? { dataBorder: { pt: 0.75, color: MUTED } }
				: {}),
			// pptxgenjs colours bars by category when a single series gets more than one colour.
			chartColors: byCategory && colours.length === 1 ? [colours[0]!, colours[0]!] : colours,
			showValue: labelled,
			dataLabelPosition: labelled ? 'outEnd' : undefined
		},
		plan: { kind: 'bar', categories: chart.categories, series: chart.series }
	};
}
