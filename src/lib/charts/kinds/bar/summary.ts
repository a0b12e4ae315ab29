import { m } from '../../../paraglide/messages';
import type { Unit } from '../../../data/types';
import { formatValue, unitText, type Locale } from '../../../text/format';
import { resolveText } from '../../text';
import { stackTo100 } from './stack';
import type { BarChartModel } from './model';

/** What a bar chart shows, from its localized model: the top row of one segment, one row's largest shares, or its own sentence. */
export function barSummary(model: BarChartModel, locale: Locale): string {
	const t = (text: BarChartModel['rows'][number]['label']) => resolveText(text, locale);
	const spec = model.summary;
	if (spec.kind === 'text') return t(spec.text);
	if (spec.kind === 'top') {
		const s = model.segments.findIndex((x) => x.id === spec.segmentId);
		return barTopSentence(
			model.rows.map((r, i) => ({ label: t(r.label), value: s < 0 ? null : (model.values[i]?.[s] ?? null) })),
			s < 0 ? '' : t(model.segments[s]!.label),
			model.text.summaryLabel,
			model.unit,
			model.decimals,
			locale,
			model.measure
		);
	}
	const r = model.rows.findIndex((x) => x.id === spec.rowId);
	if (r < 0) return m.summary_none({ label: model.text.summaryLabel }, { locale });
	// A segment's name inside a sentence (lower case in English).
	const word = (s: number) => {
		const label = t(model.segments[s]!.label);
		return locale === 'en' ? label.toLowerCase() : label;
	};
	return sharesSentence(
		t(model.rows[r]!.label),
		stackTo100(model.values[r] ?? []).map((sh) => ({ label: word(sh.index), share: sh.share })),
		locale
	);
}

/**
 * The row with the largest value of one segment: "In 2023, O3 had the most days as primary
 * pollutant: 120 days." Rows without a value are skipped; ties: the first row wins. `measure`: a count's
 * measure word (件).
 */
export function barTopSentence(
	rows: { label: string; value: number | null }[],
	series: string,
	label: string,
	unit: Unit,
	decimals: number,
	locale: Locale,
	measure = ''
): string {
	const options = { locale };
	let top: { label: string; value: number } | null = null;
	for (const r of rows) if (r.value !== null && (top === null || r.value > top.value)) top = { ...r, value: r.value };
	if (top === null || top.value === 0) return m.summary_none({ label }, options);
	return m.chart_summary_bar_top(
		{ series, label, row: top.label, value: formatValue(top.value, decimals, unit, locale, measure) },
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
 * The unit a bar chart states (its frame's unit line, its PowerPoint axis): for a count the source
 * gives with its measure word, what it counts — the word in Chinese (件, not the default 个), the
 * chart's subject in English ("petitions"); else the unit's symbol ('' for none). `model` is localized.
 */
export function barUnit(model: Pick<BarChartModel, 'unit' | 'measure' | 'text'>, locale: Locale): string {
	if (model.unit === 'count' && model.measure) return locale === 'zh' ? model.measure : model.text.summaryLabel;
	return unitText(model.unit, locale);
}
