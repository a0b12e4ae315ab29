import { m } from '../../../paraglide/messages';
import { formatNumber, type Locale } from '../../../text/format';
import { resolveText } from '../../text';
import type { ClassStripChartModel } from './model';

/**
 * "307 of 2,448 classified readings (12.5%) were worse than class III, 57 of them worse than class V. The readings fill
 * 2,448 of the 5,664 four-hourly slots from Jun 2021 to Dec 2023; the slots without a reading are left
 * blank." (the first sentence is the chart's finding title)
 */
export function classStripSummary(model: ClassStripChartModel, locale: Locale): string {
	const sum = (f: (c: number[]) => number) => model.months.reduce((n, mo) => n + f(mo.counts), 0);
	const classified = sum((c) => c.reduce((a, b) => a + b, 0));
	const worse = sum((c) => c.slice(model.worseFrom).reduce((a, b) => a + b, 0));
	const worst = sum((c) => c.at(-1) ?? 0);
	const readings = model.months.reduce((n, mo) => n + mo.readings, 0);
	const slots = model.months.reduce((n, mo) => n + mo.slots, 0);
	if (model.months.length === 0) return m.chart_summary_class_strip_empty({}, { locale });
	return m.chart_summary_class_strip(
		{
			readings: formatNumber(readings, 0, locale),
			classified: formatNumber(classified, 0, locale),
			slots: formatNumber(slots, 0, locale),
			from: resolveText(model.months[0]!.label, locale),
			to: resolveText(model.months.at(-1)!.label, locale),
			worse: formatNumber(worse, 0, locale),
			share: classified === 0 ? '—' : `${formatNumber((worse / classified) * 100, 1, locale)}%`,
			worst: formatNumber(worst, 0, locale)
		},
		{ locale }
	);
}
