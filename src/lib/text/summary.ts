import { m } from '../paraglide/messages';
import type { Unit } from '../data/types';
import type { ChartPoint } from '../charts/series';
import { formatValue, type Locale } from './format';

/**
 * One generated sentence saying how a series moved from its first to its last published value,
 * e.g. "The composite index fell from 3.31 in 2018 to 2.34 in 2024." / "综合指数从2018年的3.31降至2024年的2.34。"
 * Gaps are skipped, never filled; a single value gives a single-value sentence.
 */
export function trendSentence(points: ChartPoint[], label: string, unit: Unit, locale: Locale): string {
	const known = points.filter((p): p is ChartPoint & { y: number } => p.y !== null);
	const options = { locale };
	if (known.length === 0) return m.summary_none({ label }, options);
	const last = known[known.length - 1]!;
	const to = formatValue(last.y, last.decimals, unit, locale);
	if (known.length === 1) return m.summary_single({ label, to, toYear: String(last.x) }, options);
	const first = known[0]!;
	const params = {
		label,
		from: formatValue(first.y, first.decimals, unit, locale),
		to,
		fromYear: String(first.x),
		toYear: String(last.x)
	};
	if (last.y < first.y) return m.summary_fell(params, options);
	if (last.y > first.y) return m.summary_rose(params, options);
	return m.summary_same(params, options);
}

/** Years as a compact list of ranges: [2016, 2020, 2021, 2022] → "2016, 2020–2022". */
export function yearRanges(years: number[]): string {
	const sorted = [...years].sort((a, b) => a - b);
	const parts: string[] = [];
	let i = 0;
	while (i < sorted.length) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
		parts.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
		i = j + 1;
	}
	return parts.join(', ');
}
