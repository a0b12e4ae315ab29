import { m } from '../paraglide/messages';
import type { Unit } from '../data/types';
import type { ChartPoint } from '../charts/series';
import { AQI_CATEGORIES } from '../standards/aqiCategory';
import type { CategoryCounts } from '../air/daily';
import { formatValue, type Locale } from './format';

/**
 * Generated one-sentence summaries for the chart library (line, bar, calendar, limits, multiples),
 * in zh and en. Each builder takes the values a chart draws and says the one thing a reader should
 * take away; gaps are skipped, never filled. See summary.ts for the plain trend sentence.
 */

type Known = ChartPoint & { y: number };
const known = (points: ChartPoint[]) => points.filter((p): p is Known => p.y !== null);

/**
 * A rank over the years, where 1st is best: "improved from 7th in 2018 to 3rd in 2024" /
 * "从2018年的第7位升至2024年的第3位". A smaller number is an improvement.
 */
export function rankSentence(points: ChartPoint[], label: string, locale: Locale): string {
	const values = known(points);
	const options = { locale };
	if (values.length === 0) return m.summary_none({ label }, options);
	const last = values[values.length - 1]!;
	const to = formatValue(last.y, 0, 'rank', locale);
	if (values.length === 1) return m.summary_single({ label, to, toYear: String(last.x) }, options);
	const first = values[0]!;
	const params = {
		label,
		from: formatValue(first.y, 0, 'rank', locale),
		to,
		fromYear: String(first.x),
		toYear: String(last.x)
	};
	if (last.y < first.y) return m.chart_summary_rank_improved(params, options);
	if (last.y > first.y) return m.chart_summary_rank_worsened(params, options);
	return m.summary_same(params, options);
}

/** The latest value against a limit: "The NO2 annual mean was 20 µg/m³ in 2023, 50% of the limit of 40 µg/m³." */
export function vsLimitSentence(
	points: ChartPoint[],
	label: string,
	unit: Unit,
	limit: number,
	locale: Locale
): string {
	const values = known(points);
	const options = { locale };
	if (values.length === 0) return m.summary_none({ label }, options);
	const last = values[values.length - 1]!;
	return m.chart_summary_vs_limit(
		{
			label,
			value: formatValue(last.y, last.decimals, unit, locale),
			year: String(last.x),
			share: formatValue(Math.round((last.y / limit) * 100), 0, 'percent', locale),
			limit: formatValue(limit, 0, unit, locale)
		},
		options
	);
}

/**
 * Where a series peaks and dips: "In 2023, the share of excellent days was highest in Aug (90.3%)
 * and lowest in Feb (37.0%)." `xLabel` names an x value (a month, a year). Ties: the earliest wins.
 */
export function peakSentence(
	points: ChartPoint[],
	label: string,
	series: string,
	unit: Unit,
	xLabel: (x: number) => string,
	locale: Locale
): string {
	const values = known(points);
	const options = { locale };
	if (values.length === 0) return m.summary_none({ label }, options);
	if (values.length === 1) {
		const only = values[0]!;
		return m.chart_summary_peak_single(
			{ label, series, x: xLabel(only.x), value: formatValue(only.y, only.decimals, unit, locale) },
			options
		);
	}
	let max = values[0]!;
	let min = values[0]!;
	for (const p of values) {
		if (p.y > max.y) max = p;
		if (p.y < min.y) min = p;
	}
	return m.chart_summary_peak(
		{
			label,
			series,
			maxX: xLabel(max.x),
			max: formatValue(max.y, max.decimals, unit, locale),
			minX: xLabel(min.x),
			min: formatValue(min.y, min.decimals, unit, locale)
		},
		options
	);
}

/**
 * A year of daily AQI: "Of the 365 days of 2023 covered by the data, 221 were excellent, 143 good and
 * 0 polluted; 1 had no valid AQI." Polluted = levels 3–6 (AQI > 100).
 */
export function calendarSentence(year: number, counts: CategoryCounts, locale: Locale): string {
	const polluted = counts.levels[3] + counts.levels[4] + counts.levels[5] + counts.levels[6];
	const params = {
		year: String(year),
		total: String(counts.total),
		excellent: String(counts.levels[1]),
		good: String(counts.levels[2]),
		polluted: String(polluted),
		missing: String(counts.missing)
	};
	return counts.missing > 0
		? m.chart_summary_calendar(params, { locale })
		: m.chart_summary_calendar_complete(params, { locale });
}

/** A pollutant's statistic against its limit, for `limitsSentence`. */
export interface LimitFact {
	name: string;
	value: number;
	limit: number;
}

/**
 * A year's pollutants against their limits: all within (naming the one closest to its limit), or
 * which exceeded. `standard` names the limits ("GB 3095-2012").
 */
export function limitsSentence(year: number, facts: LimitFact[], standard: string, locale: Locale): string {
	const options = { locale };
	if (facts.length === 0) return m.chart_summary_limits_none({ year: String(year) }, options);
	const over = facts.filter((f) => f.value > f.limit);
	if (over.length > 0) {
		return m.chart_summary_limits_exceed(
			{
				year: String(year),
				count: String(facts.length),
				names: over.map((f) => f.name).join(locale === 'zh' ? '、' : ', '),
				standard
			},
			options
		);
	}
	let closest = facts[0]!;
	for (const f of facts) if (f.value / f.limit > closest.value / closest.limit) closest = f;
	const share = formatValue(Math.round((closest.value / closest.limit) * 100), 0, 'percent', locale);
	if (facts.length === 1) {
		return m.chart_summary_limits_within_one({ year: String(year), name: closest.name, share, standard }, options);
	}
	return m.chart_summary_limits_within(
		{ year: String(year), count: String(facts.length), name: closest.name, share, standard },
		options
	);
}

/**
 * The row with the largest value of one segment: "In 2023, O3 had the most days as primary
 * pollutant: 120 days." Rows without a value are skipped; ties: the first row wins.
 */
export function barTopSentence(
	rows: { label: string; value: number | null }[],
	series: string,
	label: string,
	unit: Unit,
	decimals: number,
	locale: Locale
): string {
	const options = { locale };
	let top: { label: string; value: number } | null = null;
	for (const r of rows) if (r.value !== null && (top === null || r.value > top.value)) top = { ...r, value: r.value };
	if (top === null || top.value === 0) return m.summary_none({ label }, options);
	return m.chart_summary_bar_top(
		{ series, label, row: top.label, value: formatValue(top.value, decimals, unit, locale) },
		options
	);
}

/**
 * The two largest shares of a row stacked to 100%: "In 2023, 60.5% of days were excellent and 39.2% good."
 * `shares` are percentages; zero shares are never named.
 */
export function sharesSentence(row: string, shares: { label: string; share: number }[], locale: Locale): string {
	const options = { locale };
	const top = shares.filter((s) => s.share > 0).sort((a, b) => b.share - a.share);
	const pct = (v: number) => formatValue(v, 1, 'percent', locale);
	if (top.length === 0) return m.chart_summary_shares_none({ row }, options);
	if (top.length === 1)
		return m.chart_summary_shares_one({ row, share1: pct(top[0]!.share), name1: top[0]!.label }, options);
	return m.chart_summary_shares(
		{ row, share1: pct(top[0]!.share), name1: top[0]!.label, share2: pct(top[1]!.share), name2: top[1]!.label },
		options
	);
}

/**
 * One panel of small multiples across items: "Daily AQI: 46 to 50 at the 5 stations with data; no
 * data for Xidong." Items without a value are named, never treated as zero.
 */
export function multiplesSentence(
	label: string,
	items: { label: string; value: number | null }[],
	itemsWord: string,
	unit: Unit,
	decimals: number,
	locale: Locale
): string {
	const options = { locale };
	const values = items.filter((i): i is { label: string; value: number } => i.value !== null);
	const missing = items.filter((i) => i.value === null).map((i) => i.label);
	if (values.length === 0) return m.summary_none({ label }, options);
	const min = Math.min(...values.map((v) => v.value));
	const max = Math.max(...values.map((v) => v.value));
	const params = {
		label,
		count: String(values.length),
		items: itemsWord,
		min: formatValue(min, decimals, unit, locale),
		max: formatValue(max, decimals, unit, locale),
		missing: missing.join(locale === 'zh' ? '、' : ', ')
	};
	return missing.length > 0
		? m.chart_summary_multiples(params, options)
		: m.chart_summary_multiples_complete(params, options);
}

/** An AQI category's name inside a sentence: "优" / "excellent" (HJ 633 Table 2 names). */
export function aqiCategoryName(level: 1 | 2 | 3 | 4 | 5 | 6, locale: Locale): string {
	const c = AQI_CATEGORIES[level - 1]!;
	return locale === 'zh' ? c.zh : c.en.toLowerCase();
}

/** A count of days: "221天" / "221 days". */
export const formatDays = (n: number, locale: Locale): string => formatValue(n, 0, 'days', locale);
