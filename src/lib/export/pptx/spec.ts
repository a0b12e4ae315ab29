/**
 * The slide spec: a neutral, serialisable description of a deck that `buildPptx` turns into a .pptx.
 * JSON only (strings, numbers, null, arrays, plain objects), so the web deck, the deck builder and a
 * chart's download menu each need only a thin adapter that maps their models onto it.
 *
 * Two rules carry over from the dashboard:
 * - Every text arrives already in the deck's language and already formatted (“2.34”, “96.7%”,
 *   “比上年 −0.12”); the module never formats a number and never translates.
 * - Every value comes from the dataset as it is: `null` is a missing value and stays a visible gap
 *   in the chart and an empty cell in its data sheet; the module never fills, joins or interpolates.
 */

/** The deck's language: sets the text language tags (zh-CN / en-US) and the words the module writes. */
export type DeckLanguage = 'zh' | 'en';

export interface DeckSpec {
	language: DeckLanguage;
	/** The deck's title: the file's Title property, and the one slide of a deck with no slides. */
	title: string;
	/** Under the title on the one slide of a deck with no slides (e.g. the organisation and date). */
	subtitle?: string;
	/** One .pptx slide per entry, in order. An empty list gives one title slide (title, subtitle). */
	slides: SlideSpec[];
	/** The few words the module writes itself; each defaults per language (`DEFAULT_WORDS`). */
	words?: Partial<DeckWords>;
}

/** The words the module writes itself (everything else comes in the spec). */
export interface DeckWords {
	/** Before the footnote's source names: “来源：” / “Sources: ”. */
	sources: string;
	/** Between two source names in the footnote: “；” / “; ”. */
	separator: string;
}

export const DEFAULT_WORDS: Record<DeckLanguage, DeckWords> = {
	zh: { sources: '来源：', separator: '；' },
	en: { sources: 'Sources: ', separator: '; ' }
};

export interface SlideSpec {
	/** The finding, not the metric's name: “综合指数降至2.34，全国第3”. The slide's title placeholder. */
	title: string;
	/** One line under the title (e.g. the period or the scope). */
	subtitle?: string;
	/** Up to four big figures (headline numbers). */
	figures?: FigureSpec[];
	/** At most one chart; a slide has a chart or a list, not both. */
	chart?: ChartSpec;
	/** Bulleted lines where a chart would go: the sources slide is a slide whose list is the full citations. */
	list?: string[];
	/** The short names of the documents the slide's figures come from, written as one footnote line. */
	sources?: string[];
	/** Speaker notes, plain text (line breaks are kept as paragraphs). */
	notes?: string;
}

/** A big figure: “约 2.34 / 综合指数 / 比上年 −0.12”. */
export interface FigureSpec {
	/** The formatted value: “2.34”, “96.7%”, “312天”. */
	value: string;
	/** What it is: “空气质量综合指数”. */
	label: string;
	/** The change, formatted and worded: “比上年下降0.12”. */
	change?: string;
	/** A qualifier written before the value (“约”, “逾”, “about”), as the source words it. */
	qualifier?: string;
}

export type ChartSpec = LineChartSpec | BarChartSpec | ImageChartSpec;

/** How a series was obtained; drawn as on the site: published solid, computed dashed, derived dotted. */
export type SeriesStyle = 'published' | 'computed' | 'derived';

/**
 * A colour with a meaning, resolved from the dashboard's own palettes (never a free colour):
 * `aqi` is the category level 1–6 of HJ 633 Table A.1 (优 … 严重污染); `classScheme` + `rank` is a
 * water or sea quality class, rank 0 the best (GB 3838 I类, GB 3097 第一类 …).
 */
export type ColourRef = { aqi: 1 | 2 | 3 | 4 | 5 | 6 } | { classScheme: ClassScheme; rank: number };

/** The class schemes the class palette knows. */
export type ClassScheme = 'gb3838' | 'gb3097' | 'ocean_bureau' | 'trophic_state';

/** Values over categories (years or months) as a native, editable line chart. */
export interface LineChartSpec {
	type: 'line';
	/** The x categories in order: “2019” … or “2024-01” / “1月” …. */
	categories: string[];
	/** One or more series; each has one value (or null, a gap) per category. */
	series: LineSeriesSpec[];
	/** The value axis title: “μg/m³”, “%”. */
	unit?: string;
	/** Alt text of the chart object; defaults to the slide title. */
	alt?: string;
}

export interface LineSeriesSpec {
	/** The legend entry, worded by the caller (“综合指数（公布值）”). */
	name: string;
	values: (number | null)[];
	/** Default `published`. */
	style?: SeriesStyle;
	/** Default: the dashboard's series palette by position. */
	colour?: ColourRef;
}

/** Categories × series as a native, editable bar chart. */
export interface BarChartSpec {
	type: 'bar';
	categories: string[];
	series: BarSeriesSpec[];
	/** `grouped` bars side by side (default), or `stacked100`: each category's bars stacked to 100 %. */
	layout?: 'grouped' | 'stacked100';
	/** `vertical` columns (default) or `horizontal` bars, read top to bottom in category order. */
	direction?: 'vertical' | 'horizontal';
	unit?: string;
	/**
	 * One colour per category, for a single series whose categories are AQI categories or water
	 * classes (e.g. days per AQI category). `null` keeps the series colour for that bar.
	 */
	categoryColours?: (ColourRef | null)[];
	alt?: string;
}

export interface BarSeriesSpec {
	name: string;
	values: (number | null)[];
	/** e.g. `{ aqi: 1 }` when the series is the days in one AQI category, stacked per year. */
	colour?: ColourRef;
}

/**
 * Any other kind (calendar, map, class grid …) as a vector image: the SVG the site draws, complete in
 * itself (fonts by family name only, no external reference). Embedded as SVG with a PNG fallback,
 * as PowerPoint itself stores an SVG picture.
 */
export interface ImageChartSpec {
	type: 'image';
	/** A standalone SVG document (`<svg xmlns="http://www.w3.org/2000/svg" …>`). */
	svg: string;
	/** Alt text of the picture (required: the picture is not readable otherwise). */
	alt: string;
	/** Width ÷ height of the drawing; the picture keeps it. */
	aspectRatio: number;
}
