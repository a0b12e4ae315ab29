import { m } from '../paraglide/messages';
import type { Unit } from '../data/types';
import type { MultiTrendPoint } from '../charts/multiTrend';
import { formatValue, type Locale } from './format';

/** A value as a sentence or label shows it, with "(derived)" when it was computed from a published change. */
export function pointText(p: Pick<MultiTrendPoint, 'y' | 'decimals' | 'status'>, unit: Unit, locale: Locale): string {
	const value = formatValue(p.y, p.decimals, unit, locale);
	return p.status === 'derived' ? m.coast_series_derived_value({ value }, { locale }) : value;
}

/**
 * One sentence per series, from its first to its last value, derived values marked:
 * "优良水质面积比例从2021年的87.3%升至2024年的91.7%。" / "The share … rose from 87.3% in 2021 to 91.7% in 2024."
 * Same wording as trendSentence (the overview's charts), so the site speaks one way.
 */
export function seriesSentence(points: MultiTrendPoint[], label: string, unit: Unit, locale: Locale): string {
	const options = { locale };
	if (points.length === 0) return m.summary_none({ label }, options);
	const last = points[points.length - 1]!;
	const to = pointText(last, unit, locale);
	if (points.length === 1) return m.summary_single({ label, to, toYear: String(last.x) }, options);
	const first = points[0]!;
	const params = { label, from: pointText(first, unit, locale), to, fromYear: String(first.x), toYear: String(last.x) };
	if (last.y < first.y) return m.summary_fell(params, options);
	if (last.y > first.y) return m.summary_rose(params, options);
	return m.summary_same(params, options);
}
