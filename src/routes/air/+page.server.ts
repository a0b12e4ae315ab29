import type { PageServerLoad } from './$types';
import { qualifiersFor } from '$lib/server/work';
import { domainMap } from '$lib/server/domainMap';
import { dataset, pickSources } from '$lib/server/dataset';
import { kpiCard } from '$lib/overview/cards';
import { buildChart } from '$lib/charts/registry';
import { localizeCharts, pageLocale } from '$lib/server/localizeChart';
import { figureFor } from '$lib/data/query';
import { isWholeYear } from '$lib/air/daily';
import { AIR_CALENDAR_YEARS, AIR_POLLUTANT_YEARS, AIR_STATION_DAY } from '$lib/charts/definitions/air';

/** KPI cards at the top, in this order, for the latest year with a published composite index. */
const CARD_METRICS = [
	'composite_index',
	'rank_168_cities',
	'good_rate_pct',
	'excellent_rate_pct',
	'pm25_ugm3',
	'pm10_ugm3'
];

/** The air page: published figures over the years, pollutants against limits, daily data, stations. */
export const load: PageServerLoad = ({ url }) => {
	const latest = Math.max(...dataset.figures.filter((f) => f.metric === 'composite_index').map((f) => f.year));
	const cards = CARD_METRICS.filter((id) => figureFor(dataset, id, latest)).map((id) => kpiCard(dataset, id, latest));
	const problem = dataset.problems.find((p) => p.id === 'no2-level') ?? null;

	const calendars = AIR_CALENDAR_YEARS.map((year) => buildChart(`air-daily-calendar-${year}`, dataset));
	// The default year of the tabs: the latest year whose daily data cover the whole year.
	const fullYears = calendars.flatMap((c) =>
		c.kind === 'calendar' && isWholeYear(c.year, c.from, c.to, c.days.length) ? [c.year] : []
	);
	const defaultYear = fullYears[fullYears.length - 1] ?? AIR_CALENDAR_YEARS[AIR_CALENDAR_YEARS.length - 1]!;

	const daily = dataset.monitoring.dailyCity.map((d) => d.date).sort();
	return {
		// The document's own verdict on the domain ("历史最好水平" / "best on record"), with its quote.
		introQualifiers: qualifiersFor('topic', 'air_quality', latest),
		map: domainMap(['districts', 'stations']),
		latest,
		dailyRange: { from: daily[0] ?? '', to: daily[daily.length - 1] ?? '' },
		cards,
		problem,
		defaultYear,
		calendarYears: [...AIR_CALENDAR_YEARS],
		pollutantYears: [...AIR_POLLUTANT_YEARS],
		charts: localizeCharts(
			{
				trends: ['air-composite-trend', 'air-rank-trend', 'air-good-rates'].map((id) => buildChart(id, dataset)),
				pollutants: AIR_POLLUTANT_YEARS.map((year) => buildChart(`air-pollutants-${year}`, dataset)),
				no2: buildChart('air-no2', dataset),
				calendars,
				daily: ['air-category-shares', 'air-monthly-pattern', 'air-primary-pollutants'].map((id) =>
					buildChart(id, dataset)
				),
				stations: buildChart(`air-stations-${AIR_STATION_DAY}`, dataset)
			},
			pageLocale(url)
		),
		sources: pickSources([...cards.flatMap((c) => c.sourceIds), ...(problem ? [problem.sourceId] : [])])
	};
};

/**
 * Not hydrated: the page is complete as prerendered, and its own small script (/embed/page.js, built
 * from src/lib/embed/client/page.ts) adds tooltips, calendar keys, year tabs and the download menus.
 * SvelteKit's client would cost more than the whole JavaScript budget of a page leaves for charts.
 */
export const csr = false;
