import { m } from '../../../paraglide/messages';
import type { Unit } from '../../../data/types';
import { formatValue, type Locale } from '../../../text/format';
import { resolveText } from '../../text';
import type { MultiplesChartModel } from './model';

/** What small multiples show: the summary panel's range across the items, those without data named. */
export function multiplesSummary(model: MultiplesChartModel, locale: Locale): string {
	const t = (text: MultiplesChartModel['items'][number]['label']) => resolveText(text, locale);
	const p = model.panels.find((x) => x.id === model.summary.panelId) ?? model.panels[0];
	if (!p) return m.summary_none({ label: model.text.summaryLabel }, { locale });
	return multiplesSentence(
		model.text.summaryLabel,
		model.items.map((item, i) => ({ label: t(item.label), value: p.values[i] ?? null })),
		t(model.summary.itemsWord),
		p.unit,
		p.decimals,
		locale
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
