import { m } from '../paraglide/messages';
import { locationCounts } from '../map/legend';
import type { XiamenMapData } from '../map/types';
import { formatDate } from './dates';
import type { Locale } from './format';

/**
 * The map's one-sentence summary: what it shows and what it cannot place, e.g. "The map shows
 * Xiamen's 6 districts and the air quality index of its 6 national air-monitoring stations on
 * 20 January 2023 (stations with a value: 5). Water bodies named in the sources: 11 (…)."
 * For a day without station data it says so instead of giving AQI figures.
 */
export function mapSentence(data: XiamenMapData, date: string, locale: Locale): string {
	const day = data.stationDays[date];
	const locations = locationCounts(data.water);
	const params = {
		districts: data.districts.length,
		stations: data.stations.length,
		date: formatDate(date, locale),
		valued: data.stations.filter((s) => day?.[s.code]?.aqi != null).length,
		water: data.water.length,
		approximate: locations.approximate + locations.point,
		district: locations.district,
		none: locations.none,
		sea: data.sea.length
	};
	return day ? m.map_summary(params, { locale }) : m.map_summary_no_station_day(params, { locale });
}
