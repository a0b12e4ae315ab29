import type { ChartDefinition } from '../kinds';
import { compositeIndexChart, goodDaysChart, monthlyExcellentChart, no2Chart, rankChart } from '../kinds/line/air';
import { pollutantsAgainstLimits } from '../kinds/limits/build';
import { dailyAqiCalendar } from '../kinds/calendar/build';
import { aqiCategoryShares, primaryPollutantDays } from '../kinds/bar/air';
import { stationsOnDay } from '../kinds/multiples/build';

/**
 * Charts on the /air/ page: which chart id shows which data, with which kind (the builders are beside
 * their kinds). Ids are stable once published: they name embeds, downloads and slides.
 */

/** Years with daily monitoring data (one calendar each); 2024 has 55 days only. */
export const AIR_CALENDAR_YEARS = [2022, 2023, 2024] as const;
/** Years with at least one annual pollutant statistic (published or computed). */
export const AIR_POLLUTANT_YEARS = [2020, 2022, 2023, 2024] as const;
/** The sample day with station-level data. */
export const AIR_STATION_DAY = '2023-01-20';

const PAGE = 'air';

export const AIR_CHARTS: ChartDefinition[] = [
	{
		id: 'air-composite-trend',
		build: (d) => compositeIndexChart(d, 'air-composite-trend', PAGE, { withComputed: true })
	},
	{ id: 'air-rank-trend', build: (d) => rankChart(d, 'air-rank-trend', PAGE) },
	{ id: 'air-good-rates', build: (d) => goodDaysChart(d, 'air-good-rates', PAGE) },
	{ id: 'air-no2', build: (d) => no2Chart(d, 'air-no2', PAGE) },
	...(AIR_POLLUTANT_YEARS.map((year) => ({
		id: `air-pollutants-${year}`,
		build: (d) => pollutantsAgainstLimits(d, `air-pollutants-${year}`, PAGE, year)
	})) satisfies ChartDefinition[]),
	...(AIR_CALENDAR_YEARS.map((year) => ({
		id: `air-daily-calendar-${year}`,
		build: (d) => dailyAqiCalendar(d, `air-daily-calendar-${year}`, PAGE, year)
	})) satisfies ChartDefinition[]),
	{ id: 'air-category-shares', build: (d) => aqiCategoryShares(d, 'air-category-shares', PAGE, AIR_CALENDAR_YEARS) },
	{
		id: 'air-monthly-pattern',
		build: (d) => monthlyExcellentChart(d, 'air-monthly-pattern', PAGE, AIR_CALENDAR_YEARS)
	},
	{
		id: 'air-primary-pollutants',
		build: (d) => primaryPollutantDays(d, 'air-primary-pollutants', PAGE, AIR_CALENDAR_YEARS)
	},
	{
		id: `air-stations-${AIR_STATION_DAY}`,
		build: (d) => stationsOnDay(d, `air-stations-${AIR_STATION_DAY}`, PAGE, AIR_STATION_DAY)
	}
];
