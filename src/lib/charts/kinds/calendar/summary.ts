import { m } from '../../../paraglide/messages';
import { categoryCounts, type CategoryCounts } from '../../../air/daily';
import type { Locale } from '../../../text/format';
import type { CalendarChartModel } from './model';

/** What a calendar shows: how many of its days were excellent, good, polluted and without a valid AQI. */
export const calendarSummary = (model: CalendarChartModel, locale: Locale): string =>
	calendarSentence(model.year, categoryCounts(model.days), locale);

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
