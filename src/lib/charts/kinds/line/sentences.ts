import { m } from '../../../paraglide/messages';
import type { Unit } from '../../../data/types';
import { formatValue, type Locale } from '../../../text/format';

/**
 * The sentences that say what a line chart shows, in zh and en: how a series changed from its first to
 * its last value, a rank over the years (1st is best), the latest value against a limit, where a
 * series peaks and dips. Gaps are skipped, never filled; a derived value is said to be derived.
 */

/** A value of a series as the sentences read it (y null: no value for that x). */
export interface SentencePoint {
	x: number;
	y: number | null;
	decimals: number;
	/** `derived` values are marked as such ("33.3% (derived)"). */
	kind?: string;
}

type Known = SentencePoint & { y: number };
const known = (points: SentencePoint[]) => points.filter((p): p is Known => p.y !== null);

/** A value as a sentence shows it: "33.3%", or, for a derived one, "33.3%（推算）" / "33.3% (derived)". */
export function valueText(p: Known, unit: Unit, locale: Locale): string {
	const value = formatValue(p.y, p.decimals, unit, locale);
	return p.kind === 'derived' ? m.chart_derived_value({ value }, { locale }) : value;
}

/**
 * How a series moved from its first to its last value: "The composite index fell from 3.31 in 2018 to
 * 2.34 in 2024." / "综合指数从2018年的3.31降至2024年的2.34。" Published values speak where there are at
 * least two; otherwise derived ones count too, said to be derived. Gaps are skipped, never filled; one
 * value gives a single-value sentence, none says so.
 */
export function changeSentence(points: SentencePoint[], label: string, unit: Unit, locale: Locale): string {
	const all = known(points);
	const published = all.filter((p) => (p.kind ?? 'published') === 'published');
	const values = published.length >= 2 ? published : all;
	const options = { locale };
	if (values.length === 0) return m.summary_none({ label }, options);
	const last = values[values.length - 1]!;
	const to = valueText(last, unit, locale);
	if (values.length === 1) return m.summary_single({ label, to, toYear: String(last.x) }, options);
	const first = values[0]!;
	const params = { label, from: valueText(first, unit, locale), to, fromYear: String(first.x), toYear: String(last.x) };
	if (last.y < first.y) return m.summary_fell(params, options);
	if (last.y > first.y) return m.summary_rose(params, options);
	return m.summary_same(params, options);
}

/**
 * A rank over the years, where 1st is best: "improved from 7th in 2018 to 3rd in 2024" /
 * "从2018年的第7位升至2024年的第3位". A smaller number is an improvement.
 */
export function rankSentence(points: SentencePoint[], label: string, locale: Locale): string {
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
	points: SentencePoint[],
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
 * The latest value against a limit as a title (a slide's heading), shorter than the sentence: "2023年根据监测
 * 数据计算的NO2年均浓度为20 µg/m³，是限值的50%" / "2023: the NO2 annual mean computed from monitoring data
 * was 20 µg/m³, 50% of the limit". Null when the series has no value.
 */
export function vsLimitFinding(
	points: SentencePoint[],
	label: string,
	unit: Unit,
	limit: number,
	locale: Locale
): string | null {
	const last = known(points).at(-1);
	if (!last) return null;
	return m.chart_finding_vs_limit(
		{
			label,
			value: formatValue(last.y, last.decimals, unit, locale),
			year: String(last.x),
			share: formatValue(Math.round((last.y / limit) * 100), 0, 'percent', locale)
		},
		{ locale }
	);
}

/**
 * Where a series peaks and dips: "In 2023, the share of excellent days was highest in Aug (90.3%)
 * and lowest in Feb (37.0%)." `xLabel` names an x value (a month, a year). Ties: the earliest wins.
 */
export function peakSentence(
	points: SentencePoint[],
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
