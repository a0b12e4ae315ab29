import { m } from '../../../paraglide/messages';
import { formatNumber, type Locale } from '../../../text/format';
import { resolveText } from '../../text';
import type { ClassMonthsChartModel } from './model';

const pct = (n: number, d: number, locale: Locale) => (d === 0 ? '—' : `${formatNumber((n / d) * 100, 1, locale)}%`);

/**
 * "In the flood season (Apr–Sep) 20.3% of readings were worse than class III, in the dry season (Oct–Mar)
 * 6.7%; 4 months have no readings."
 */
export function classMonthsSummary(model: ClassMonthsChartModel, locale: Locale): string {
	const { marked, unmarked } = model.totals;
	const gaps = model.columns.filter((c) => c.readings === null).length;
	const params = {
		marked: resolveText(model.marked, locale),
		unmarked: resolveText(model.unmarked, locale),
		markedShare: pct(marked.worse, marked.classified, locale),
		unmarkedShare: pct(unmarked.worse, unmarked.classified, locale),
		gaps: formatNumber(gaps, 0, locale)
	};
	return gaps > 0
		? m.chart_summary_class_months(params, { locale })
		: m.chart_summary_class_months_complete(params, { locale });
}
