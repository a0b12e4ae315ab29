import { qualifiersFor } from '$lib/server/work';
import { error } from '@sveltejs/kit';
import { domainMap } from './domainMap';
import { dataset, pickSources } from './dataset';
import { kpiCard } from '$lib/overview/cards';
import { buildChart } from '$lib/charts/registry';
import { localizeCharts, pageLocale } from './localizeChart';
import { figureFor } from '$lib/data/query';
import { isWholeYear } from '$lib/air/daily';
import { yearOrDefault } from '$lib/enhance/yearSelection';
import { AIR_CALENDAR_YEARS, AIR_POLLUTANT_YEARS, AIR_STATION_DAY } from '$lib/charts/definitions/air';
import { m } from '$lib/paraglide/messages';

/** KPI cards at the top, in this order, for the latest year with a published composite index. */
const CARD_METRICS = [
	'composite_index',
	'rank_168_cities',
	'good_rate_pct',
	'excellent_rate_pct',
	'pm25_ugm3',
	'pm10_ugm3'
];

/** Every year the page has a view of (a calendar, a pollutant chart or both), ascending. */
export const AIR_VIEW_YEARS: readonly number[] = [...new Set([...AIR_CALENDAR_YEARS, ...AIR_POLLUTANT_YEARS])].sort();

/** The default year (/air/ itself): the latest year whose daily data cover the whole year. */
export function airDefaultYear(): number {
	const full = AIR_CALENDAR_YEARS.filter((year) => {
		const c = buildChart(`air-daily-calendar-${year}`, dataset);
		return c.kind === 'calendar' && isWholeYear(c.year, c.from, c.to, c.days.length);
	});
	return full[full.length - 1] ?? AIR_CALENDAR_YEARS[AIR_CALENDAR_YEARS.length - 1]!;
}

/**
 * The air page's data for one year's view: published figures over the years, the year's pollutants
 * against the limits, its daily calendar, the daily patterns and the stations. `/air/` is the default
 * year's view, `/air/<year>/` every other year's (each prerendered, so every year is reachable without
 * JavaScript, and a page carries one calendar, not all of them: issue 13's HTML budget). A section
 * without the year shows its default year. The default year has a view too (`/air/2023/`, the same as
 * `/air/`): a chart's address names its year's view (chartPagePath in src/lib/embed/urls.ts).
 */
export function airPageData(url: URL, requested: number | null) {
	const defaultYear = airDefaultYear();
	if (requested !== null && !AIR_VIEW_YEARS.includes(requested))
		error(404, `/air/ has no separate view of the year ${requested}`);
	const year = requested ?? defaultYear;
	const locale = pageLocale(url);
	const latest = Math.max(...dataset.figures.filter((f) => f.metric === 'composite_index').map((f) => f.year));
	const cards = CARD_METRICS.filter((id) => figureFor(dataset, id, latest)).map((id) => kpiCard(dataset, id, latest));
	const problem = dataset.problems.find((p) => p.id === 'no2-level') ?? null;
	const calendarYear = yearOrDefault(year, AIR_CALENDAR_YEARS, defaultYear);
	const pollutantYear = yearOrDefault(year, AIR_POLLUTANT_YEARS, defaultYear);
	// A tab names a year whose data do not cover it whole by its days ("2024 (55 days only)").
	const calendarTabs = AIR_CALENDAR_YEARS.map((y) => {
		const c = buildChart(`air-daily-calendar-${y}`, dataset);
		const partial = c.kind === 'calendar' && !isWholeYear(y, c.from, c.to, c.days.length);
		const params = { year: String(y), days: c.kind === 'calendar' ? String(c.days.length) : '' };
		return partial ? m.air_year_partial_label(params, { locale }) : m.air_year_label(params, { locale });
	});

	const daily = dataset.monitoring.dailyCity.map((d) => d.date).sort();
	return {
		// The document's own verdict on the domain ("历史最好水平" / "best on record"), with its quote.
		introQualifiers: qualifiersFor('topic', 'air_quality', latest),
		map: domainMap(['districts', 'stations']),
		latest,
		year,
		defaultYear,
		dailyRange: { from: daily[0] ?? '', to: daily[daily.length - 1] ?? '' },
		cards,
		problem,
		calendarYears: [...AIR_CALENDAR_YEARS] as number[],
		calendarYear,
		calendarTabs,
		pollutantYears: [...AIR_POLLUTANT_YEARS] as number[],
		pollutantYear,
		charts: localizeCharts(
			{
				trends: ['air-composite-trend', 'air-rank-trend', 'air-good-rates'].map((id) => buildChart(id, dataset)),
				pollutants: buildChart(`air-pollutants-${pollutantYear}`, dataset),
				no2: buildChart('air-no2', dataset),
				calendar: buildChart(`air-daily-calendar-${calendarYear}`, dataset),
				daily: ['air-category-shares', 'air-monthly-pattern', 'air-primary-pollutants'].map((id) =>
					buildChart(id, dataset)
				),
				stations: buildChart(`air-stations-${AIR_STATION_DAY}`, dataset)
			},
			locale
		),
		sources: pickSources([...cards.flatMap((c) => c.sourceIds), ...(problem ? [problem.sourceId] : [])])
	};
}

export type AirPageData = ReturnType<typeof airPageData>;
