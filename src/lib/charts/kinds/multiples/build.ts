import type { Dataset, DailyAir, DailyValueKey, Unit } from '../../../data/types';
import { sourcesFor, type ChartPage } from '../../model';
import type { MultiplesChartModel } from './model';

/** The measures of the stations' panels, in order: the AQI, then each pollutant's daily value. */
const STATION_PANELS: { id: string; key: DailyValueKey | 'AQI'; unit: Unit; decimals: number }[] = [
	{ id: 'aqi', key: 'AQI', unit: 'index', decimals: 0 },
	{ id: 'pm25', key: 'PM2_5', unit: 'ug_m3', decimals: 0 },
	{ id: 'pm10', key: 'PM10', unit: 'ug_m3', decimals: 0 },
	{ id: 'no2', key: 'NO2', unit: 'ug_m3', decimals: 0 },
	{ id: 'o3', key: 'O3_8h_max', unit: 'ug_m3', decimals: 0 },
	{ id: 'so2', key: 'SO2', unit: 'ug_m3', decimals: 0 },
	{ id: 'co', key: 'CO', unit: 'mg_m3', decimals: 1 }
];

/**
 * The national air-monitoring stations on one day: one panel per measure (AQI and each pollutant),
 * the city's value marked in each, a station without data named (never drawn as zero).
 */
export function stationsOnDay(dataset: Dataset, id: string, page: ChartPage, day: string): MultiplesChartModel {
	const stations = [...dataset.monitoring.stations].sort((a, b) => a.code.localeCompare(b.code));
	const rows = dataset.monitoring.dailyStations.filter((d) => d.date === day);
	const city = dataset.monitoring.dailyCity.find((d) => d.date === day);
	const valueOf = (row: DailyAir | undefined, key: DailyValueKey | 'AQI') =>
		row ? (key === 'AQI' ? row.aqi : row.values[key]) : null;
	const byStation = stations.map((s) => rows.find((r) => r.station === s.code));
	const missing = stations.filter((_, i) => byStation[i] === undefined || byStation[i]!.aqi === null);
	return {
		kind: 'multiples',
		page,
		id,
		text: {
			title: 'air_stations_title',
			subtitle: 'air_stations_subtitle',
			summaryLabel: 'air_stations_summary_label'
		},
		textParams: { date: day },
		items: stations.map((s) => ({ id: s.code, label: s.name })),
		panels: STATION_PANELS.map((p) => {
			const cityValue = valueOf(city, p.key);
			return {
				id: p.id,
				label: `air_stations_panel_${p.id}`,
				unit: p.unit,
				decimals: p.decimals,
				values: byStation.map((row) => valueOf(row, p.key)),
				reference: cityValue === null ? null : { value: cityValue, label: 'air_stations_city' }
			};
		}),
		summary: { panelId: 'aqi', itemsWord: 'air_stations_items' },
		notes: [
			'air_stations_note_sample',
			...missing.map((s) => ({
				key: s.referenceSite ? 'air_stations_note_missing_reference' : 'air_stations_note_missing',
				params: { zh: s.name.zh, en: s.name.en, code: s.code }
			})),
			'air_stations_note_city',
			'air_stations_note_scales',
			'air_calendar_note_computed'
		],
		sources: sourcesFor(dataset, [...new Set([...rows.map((r) => r.sourceId), ...(city ? [city.sourceId] : [])])])
	};
}
