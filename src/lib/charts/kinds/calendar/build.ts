import type { Dataset } from '../../../data/types';
import { dailySourceIds, isWholeYear, yearDays } from '../../../air/daily';
import { versionFor } from '../../../standards';
import { sourcesFor, type ChartPage, type ModelText } from '../../model';
import type { CalendarChartModel } from './model';

/** A year's name as rows and series show it: "2023", or "2024 (55 days)" for a year the data cover in part. */
export const yearLabel = (year: number, days: number, whole: boolean): ModelText =>
	whole
		? { key: 'air_year_label', params: { year: String(year) } }
		: { key: 'air_year_partial_label', params: { year: String(year), days: String(days) } };

/**
 * A year of daily AQI computed from the national network's hourly data: every day the data cover,
 * missing days named in a note, a partial year said to be partial. A year without data is an empty
 * calendar (no day is drawn as missing), not an error.
 */
export function dailyAqiCalendar(dataset: Dataset, id: string, page: ChartPage, year: number): CalendarChartModel {
	const daily = dataset.monitoring.dailyCity;
	const data = yearDays(daily, year);
	const days = data?.days ?? [];
	// No data for the year: an empty range (to before from), so no day is drawn as missing.
	const from = data?.from ?? `${year}-01-01`;
	const to = data?.to ?? `${year - 1}-12-31`;
	const missing = days.filter((d) => d.aqi === null).map((d) => d.date);
	// Hourly values the import flagged suspect (docs/data-checks.md) and left out of the day's statistics.
	const suspect = daily
		.filter((d) => d.date.startsWith(`${year}-`) && d.suspectHours > 0)
		.sort((a, b) => a.date.localeCompare(b.date))
		.map((d) => `${d.date} (${d.suspectHours})`);
	const edition = data?.edition ?? versionFor(from);
	return {
		kind: 'calendar',
		page,
		id,
		year,
		from,
		to,
		days,
		edition,
		text: {
			title: 'air_calendar_title',
			subtitle: 'air_calendar_subtitle',
			summaryLabel: 'air_calendar_summary_label'
		},
		textParams: { year: String(year) },
		notes: [
			...(data && !isWholeYear(year, from, to, days.length)
				? [{ key: 'air_calendar_note_partial', params: { from, to, days: String(days.length) } }]
				: []),
			...(missing.length > 0 ? [{ key: 'air_calendar_note_missing', params: { dates: missing.join(', ') } }] : []),
			...(suspect.length > 0 ? [{ key: 'air_calendar_note_suspect', params: { dates: suspect.join(', ') } }] : []),
			edition === '2012' ? 'air_calendar_note_edition_2012' : 'air_calendar_note_edition_2026',
			'air_calendar_note_computed'
		],
		sources: sourcesFor(dataset, dailySourceIds(daily, year))
	};
}
