/**
 * The classroom page's explanations, built on the server from the dataset and the standards engine
 * in one language: what the AQI and its six colours are, what the water classes mean, how the
 * composite index is worked out (with the project's own computed annual statistics beside the
 * published figure), and where marine litter comes from. Every number comes from the data or the
 * standards engine and carries the ids of its sources; a part whose data is missing is left out
 * (null), never filled in. Text is resolved here, so the page's JavaScript carries none of it.
 */
import { resolveSources } from '../data/sources';
import type { Dataset, Figure, Source, Unit } from '../data/types';
import { m } from '../paraglide/messages';
import {
	AQI_CATEGORIES,
	compositeIndex,
	LIMITS,
	POLLUTANTS,
	WATER_CLASSES,
	type Pollutant,
	type WaterClass
} from '../standards';
import { formatNumber, formatValue, type Locale } from '../text/format';
import { floodLesson, type FloodLesson } from '../water/learn';

/** A paragraph and the registry rows of its sources. */
export interface Sourced {
	text: string;
	sources: Source[];
}

export interface AqiRow {
	level: number;
	levelText: string;
	range: string;
	category: string;
	colour: string;
	colourName: string;
	/** black or white, whichever reads on the colour */
	ink: string;
}

export interface WaterRow {
	class: WaterClass;
	label: string;
	use: string;
	good: boolean;
}

export interface CompositeRow {
	pollutant: Pollutant;
	label: string;
	statistic: string;
	value: string;
	limit: string;
	ratio: string;
}

export interface LearnContent {
	aqi: { rows: AqiRow[]; good: Sourced | null; sources: Source[] };
	water: { rows: WaterRow[]; example: Sourced | null; sources: Source[] };
	/** Why a flood season can be worse, with 隘头潭's figures (null without the network data). */
	flood: FloodLesson | null;
	composite: {
		year: number;
		/** "Work it out with … {year}", the table's caption and its value column's header */
		example: string;
		caption: string;
		valueHeader: string;
		rows: CompositeRow[];
		sum: string;
		/** the engine's result (compositeIndex, 2 decimals) and the published figure, formatted */
		computed: string;
		published: string | null;
		result: Sourced;
		rounding: string | null;
		trend: Sourced | null;
	} | null;
	litter: Sourced[];
}

const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六'];
const ROMAN: Record<string, string> = { I: 'Ⅰ', II: 'Ⅱ', III: 'Ⅲ', IV: 'Ⅳ', V: 'Ⅴ' };

/** A water class as a label: "Ⅱ类" / "Class II"; 劣V: "劣Ⅴ类" / "Worse than V (劣V)". */
export function waterClassLabel(c: WaterClass, locale: Locale): string {
	if (c === '劣V') return m.learn_water_worse_than_v({}, { locale });
	return m.learn_water_class({ class: locale === 'zh' ? ROMAN[c]! : c }, { locale });
}

const COLOURS = [
	m.learn_colour_1,
	m.learn_colour_2,
	m.learn_colour_3,
	m.learn_colour_4,
	m.learn_colour_5,
	m.learn_colour_6
];
/** The colour's name in words (HJ 633 Table A.1: 绿, 黄, 橙, 红, 紫, 褐红). */
export const colourName = (level: number, locale: Locale) => COLOURS[level - 1]!({}, { locale });

const WATER_USES = [
	m.learn_water_use_1,
	m.learn_water_use_2,
	m.learn_water_use_3,
	m.learn_water_use_4,
	m.learn_water_use_5,
	m.learn_water_use_6
];

/** Black or white text for a background colour (WCAG relative luminance). */
function inkOn(hex: string): string {
	const n = Number.parseInt(hex.slice(1), 16);
	const c = (v: number) => {
		const s = v / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	const l = 0.2126 * c((n >> 16) & 255) + 0.7152 * c((n >> 8) & 255) + 0.0722 * c(n & 255);
	return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** The six AQI levels from the standards engine (HJ 633 Table 2 and Table A.1). */
export function aqiRows(locale: Locale): AqiRow[] {
	return AQI_CATEGORIES.map((band, i) => {
		const previous = i === 0 ? -1 : AQI_CATEGORIES[i - 1]!.max;
		const range = Number.isFinite(band.max)
			? `${previous + 1}–${band.max}`
			: m.learn_aqi_above({ value: previous }, { locale });
		return {
			level: band.level,
			levelText: m.learn_aqi_level({ level: locale === 'zh' ? ZH_NUMERALS[i]! : band.level }, { locale }),
			range,
			category: band[locale],
			colour: band.colour,
			colourName: colourName(band.level, locale),
			ink: inkOn(band.colour)
		};
	});
}

/** The GB 3838 classes in the engine's order (best to worst), with their main uses. */
export function waterRows(locale: Locale): WaterRow[] {
	return WATER_CLASSES.map((c, i) => ({
		class: c,
		label: waterClassLabel(c, locale),
		use: WATER_USES[i]!({}, { locale }),
		good: i <= 2
	}));
}

/** The city figure of a metric in a year (undefined when not published). */
export function figure(dataset: Dataset, metric: string, year?: number): Figure | undefined {
	const rows = dataset.figures.filter((f) => f.metric === metric && f.scope === 'city');
	return year === undefined ? rows.sort((a, b) => b.year - a.year)[0] : rows.find((f) => f.year === year);
}

const value = (f: Figure, locale: Locale) => formatValue(f.value, f.decimals, f.unit, locale);

/**
 * The registry rows of standards (data/sources.csv) cited under an explanation; a standard missing
 * from the registry is left out (a test checks the real registry has every one of them).
 */
function standards(dataset: Dataset, ids: string[]): Source[] {
	return resolveSources(
		dataset.sources,
		ids.filter((id) => dataset.sources.some((s) => s.id === id))
	);
}

/** The standards' registry rows (data/sources.csv), as cited under each explanation. */
const STANDARD = {
	aqi: 'std-hj-633-2012',
	aqi2026: 'std-hj-633-2026',
	gb3095: 'std-gb-3095-2012',
	gb3838: 'std-gb-3838-2002',
	hj663: 'std-hj-663-2013',
	ranking: 'std-city-ranking-rules'
} as const;

/** "优良率 99.5%, 优级率 70.8%" for the latest year that has both. */
function goodDays(dataset: Dataset, locale: Locale): Sourced | null {
	const good = dataset.figures
		.filter((f) => f.metric === 'good_rate_pct' && f.scope === 'city')
		.sort((a, b) => b.year - a.year)
		.find((g) => figure(dataset, 'excellent_rate_pct', g.year));
	if (!good) return null;
	const excellent = figure(dataset, 'excellent_rate_pct', good.year)!;
	return {
		text: m.learn_aqi_good(
			{ year: good.year, rate: value(good, locale), excellent: value(excellent, locale) },
			{ locale }
		),
		sources: resolveSources(dataset.sources, [good.sourceId, excellent.sourceId])
	};
}

/** Examples: a reservoir's earliest and latest published class, and a 劣V water body. */
function waterExample(dataset: Dataset, locale: Locale): Sourced | null {
	const classes = [...dataset.waterClasses].sort((a, b) => a.year - b.year);
	const site = (id: string) => dataset.sites.find((s) => s.id === id);
	const reservoir = 'bantou-shidou-reservoir';
	const own = classes.filter((c) => c.site === reservoir);
	const bad = classes.find((c) => c.class === '劣V');
	const first = own[0];
	const last = own.at(-1);
	if (!first || !last || first === last || !bad || !site(reservoir) || !site(bad.site)) return null;
	return {
		text: m.learn_water_example(
			{
				reservoir: site(reservoir)!.name[locale],
				fromYear: first.year,
				fromClass: waterClassLabel(first.class, locale),
				toYear: last.year,
				toClass: waterClassLabel(last.class, locale),
				bad: site(bad.site)!.name[locale],
				badYear: bad.year,
				badClass: waterClassLabel(bad.class, locale)
			},
			{ locale }
		),
		sources: resolveSources(dataset.sources, [first.sourceId, last.sourceId, bad.sourceId])
	};
}

const POLLUTANT_LABEL: Record<Pollutant, string> = {
	SO2: 'SO₂',
	NO2: 'NO₂',
	PM10: 'PM10',
	'PM2.5': 'PM2.5',
	CO: 'CO',
	O3: 'O₃'
};

/** The annual statistic that enters the index for each pollutant (STANDARDS.md §4.1). */
const STATISTIC: Record<Pollutant, 'annual' | 'co' | 'o3'> = {
	SO2: 'annual',
	NO2: 'annual',
	PM10: 'annual',
	'PM2.5': 'annual',
	CO: 'co',
	O3: 'o3'
};

const unitOf = (p: Pollutant): Unit => (p === 'CO' ? 'mg_m3' : 'ug_m3');

/** The latest year whose computed annual statistics are complete (all six), or undefined. */
export function latestCompleteYear(dataset: Dataset): number | undefined {
	return dataset.monitoring.annualComputed
		.filter((a) => [a.SO2, a.NO2, a.PM10, a.PM2_5, a.CO_p95, a.O3_8h_p90].every((v) => v !== null))
		.map((a) => a.year)
		.sort((a, b) => b - a)[0];
}

/**
 * The composite index worked out from the project's computed annual statistics for `year` (default:
 * the latest complete year; 2023 in today's data), beside the published figure of that year. The table
 * shows the statistics rounded for display (GB/T 8170) and their ratios; the result is the index the
 * pipeline computed from the unrounded statistics (`compositeIndex`, rounded once), and a note says why
 * the shown ratios may add up to a slightly different number. Null when the year has no complete
 * computed statistics.
 */
export function compositeExample(
	dataset: Dataset,
	locale: Locale,
	year = latestCompleteYear(dataset)
): LearnContent['composite'] {
	const row = dataset.monitoring.annualComputed.find((a) => a.year === year);
	if (!row || year === undefined) return null;
	const raw: Record<Pollutant, number | null> = {
		SO2: row.SO2,
		NO2: row.NO2,
		PM10: row.PM10,
		'PM2.5': row.PM2_5,
		CO: row.CO_p95,
		O3: row.O3_8h_p90
	};
	if (POLLUTANTS.some((p) => raw[p] === null) || row.compositeIndex === null) return null;
	const inputs = raw as Record<Pollutant, number>;
	const limits = LIMITS['2012'];
	const computed = row.compositeIndex;
	// The same sum over the rounded statistics shown in the table (may differ by ±0.01).
	const fromShown = compositeIndex(inputs);
	const ratios = POLLUTANTS.map((p) => inputs[p] / limits[p]);
	const decimalsOf = (p: Pollutant) => (p === 'CO' ? 1 : 0);
	const statistic = { annual: m.learn_stat_annual, co: m.learn_stat_co, o3: m.learn_stat_o3 };
	const rows: CompositeRow[] = POLLUTANTS.map((p, i) => ({
		pollutant: p,
		label: POLLUTANT_LABEL[p],
		statistic: statistic[STATISTIC[p]]({}, { locale }),
		value: formatValue(inputs[p], decimalsOf(p), unitOf(p), locale),
		limit: formatValue(limits[p], 0, unitOf(p), locale),
		ratio: formatNumber(ratios[i]!, 3, locale)
	}));
	const published = figure(dataset, 'composite_index', year);
	const computedText = formatNumber(computed, 2, locale);
	const result: Sourced = {
		text: published
			? m.learn_composite_result({ computed: computedText, year, published: value(published, locale) }, { locale })
			: computedText,
		sources: [
			...resolveSources(dataset.sources, [...row.sourceIds, ...(published ? [published.sourceId] : [])]),
			...standards(dataset, [STANDARD.ranking, STANDARD.gb3095, STANDARD.hj663])
		]
	};
	let rounding: string | null = null;
	if (Math.abs(fromShown - computed) > 1e-9 || (published && Math.abs(published.value - computed) > 1e-9)) {
		rounding = m.learn_composite_rounding(
			{ rounded: formatNumber(fromShown, 2, locale), computed: computedText },
			{ locale }
		);
	}
	return {
		year,
		example: m.learn_composite_example({ year }, { locale }),
		caption: m.learn_composite_caption({ year }, { locale }),
		valueHeader: m.learn_composite_col_value({ year }, { locale }),
		rows,
		sum: formatNumber(
			ratios.reduce((a, b) => a + b, 0),
			3,
			locale
		),
		computed: computedText,
		published: published ? value(published, locale) : null,
		result,
		rounding,
		trend: compositeTrend(dataset, locale)
	};
}

/** The latest published composite index against the year before (both published), else null. */
export function compositeTrend(dataset: Dataset, locale: Locale): Sourced | null {
	const latest = figure(dataset, 'composite_index');
	const previous = latest && figure(dataset, 'composite_index', latest.year - 1);
	if (!latest || !previous || latest.value >= previous.value) return null;
	return {
		text: m.learn_composite_trend(
			{ year: latest.year, value: value(latest, locale), previous: value(previous, locale) },
			{ locale }
		),
		sources: resolveSources(dataset.sources, [latest.sourceId, previous.sourceId])
	};
}

/** Where marine litter comes from: the Jiulong share, plant stems, and the density then and now. */
function litter(dataset: Dataset, locale: Locale): Sourced[] {
	const out: Sourced[] = [];
	const jiulong = figure(dataset, 'litter_share_from_jiulong_pct_approx');
	if (jiulong)
		out.push({
			text: m.learn_litter_p1({ year: jiulong.year, share: value(jiulong, locale) }, { locale }),
			sources: resolveSources(dataset.sources, [jiulong.sourceId])
		});
	const stems = figure(dataset, 'litter_plant_stem_share_pct');
	if (stems)
		out.push({
			text: m.learn_litter_p2({ year: stems.year, share: value(stems, locale) }, { locale }),
			sources: resolveSources(dataset.sources, [stems.sourceId])
		});
	const density = dataset.figures
		.filter((f) => f.metric === 'floating_litter_density' && f.scope === 'city')
		.sort((a, b) => a.year - b.year);
	const [first, last] = [density[0], density.at(-1)];
	if (first && last && first !== last)
		out.push({
			text: m.learn_litter_p3(
				{ fromYear: first.year, from: value(first, locale), toYear: last.year, to: value(last, locale) },
				{ locale }
			),
			sources: resolveSources(dataset.sources, [first.sourceId, last.sourceId])
		});
	return out;
}

/** Everything the page explains, in one language. */
export function learnContent(dataset: Dataset, locale: Locale): LearnContent {
	return {
		aqi: {
			rows: aqiRows(locale),
			good: goodDays(dataset, locale),
			sources: standards(dataset, [STANDARD.aqi, STANDARD.aqi2026])
		},
		water: {
			rows: waterRows(locale),
			example: waterExample(dataset, locale),
			sources: standards(dataset, [STANDARD.gb3838])
		},
		flood: floodLesson(dataset, locale),
		composite: compositeExample(dataset, locale),
		litter: litter(dataset, locale)
	};
}

/** A glossary entry as the page shows it: the term in the page's language and the other. */
export interface GlossaryEntry {
	id: string;
	term: string;
	otherTerm: string;
	definition: string;
	source: Source;
}

export function glossaryEntries(dataset: Dataset, locale: Locale): GlossaryEntry[] {
	const other: Locale = locale === 'zh' ? 'en' : 'zh';
	return dataset.glossary.map((g) => ({
		id: g.id,
		term: g.term[locale],
		otherTerm: g.term[other],
		definition: g.definition[locale],
		source: resolveSources(dataset.sources, [g.sourceId])[0]!
	}));
}
