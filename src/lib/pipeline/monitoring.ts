import type {
	AnnualComputed,
	DailyAir,
	DailyStationAir,
	DailyThirdParty,
	MapData,
	MonitoringDataset,
	Place,
	Station
} from '../data/types';
import type { DataIssue } from './errors';
import type { Located, RowOf } from './table';
import type {
	annualComputedColumns,
	dailyAqistudyColumns,
	dailyCityColumns,
	dailyStationColumns,
	placeWgs84Columns,
	stationWgs84Columns
} from './monitoringTables';
import type { stationColumns } from './tables';

type DailyRow = RowOf<typeof dailyCityColumns>;
const num = (d: { value: number } | null) => (d ? d.value : null);

/** A validated daily row as the site's DailyAir. */
export function toDailyAir(row: DailyRow): DailyAir {
	return {
		date: row.date,
		values: {
			SO2: num(row.SO2),
			NO2: num(row.NO2),
			PM10: num(row.PM10),
			PM2_5: num(row.PM2_5),
			CO: num(row.CO),
			O3_1h_max: num(row.O3_1h_max),
			O3_8h_max: num(row.O3_8h_max)
		},
		hours: {
			SO2: row.SO2_hours,
			NO2: row.NO2_hours,
			PM10: row.PM10_hours,
			PM2_5: row.PM2_5_hours,
			CO: row.CO_hours,
			O3: row.O3_hours,
			O3_8h_windows: row.O3_8h_windows
		},
		aqi: row.AQI,
		level: row.AQI_level as DailyAir['level'],
		primary: row.primary_pollutant,
		edition: row.edition,
		sourceId: row.source_id
	};
}

export interface MonitoringRows {
	dailyCity: Located<DailyRow>[];
	dailyStations: Located<RowOf<typeof dailyStationColumns>>[];
	dailyThirdParty: Located<RowOf<typeof dailyAqistudyColumns>>[];
	annual: Located<RowOf<typeof annualComputedColumns>>[];
	stations: Located<RowOf<typeof stationColumns>>[];
	stationsWgs84: Located<RowOf<typeof stationWgs84Columns>>[];
	places: Located<RowOf<typeof placeWgs84Columns>>[];
}

/**
 * Assembles the monitoring part of the dataset from validated rows, checking what ties the tables
 * together: one WGS-84 point per station, every station's district the same in both tables, no
 * duplicate dates. `display` names files in issues.
 */
export function assembleMonitoring(
	rows: MonitoringRows,
	map: MapData,
	display: (path: string) => string,
	issues: DataIssue[]
): MonitoringDataset {
	const dailyCity = uniqueBy(rows.dailyCity, (r) => r.date, display('derived/air-daily-city.csv'), 'date', issues).map(
		toDailyAir
	);
	const dailyStations: DailyStationAir[] = rows.dailyStations.map(({ row }) => ({
		...toDailyAir(row),
		station: row.station_code
	}));
	const dailyThirdParty: DailyThirdParty[] = rows.dailyThirdParty.map(({ row }) => ({
		date: row.date,
		aqi: row.AQI,
		levelZh: row.level_zh,
		values: {
			PM2_5: num(row.PM2_5),
			PM10: num(row.PM10),
			SO2: num(row.SO2),
			CO: num(row.CO),
			NO2: num(row.NO2),
			O3_unspecified: num(row.O3_unspecified)
		},
		sourceId: row.source_id
	}));
	const annualComputed: AnnualComputed[] = rows.annual.map(({ row }) => ({
		year: row.year,
		SO2: num(row.SO2),
		NO2: num(row.NO2),
		PM10: num(row.PM10),
		PM2_5: num(row.PM2_5),
		CO_p95: num(row.CO_p95),
		O3_8h_p90: num(row.O3_8h_p90),
		validDays: row.valid_days,
		compositeIndex: num(row.composite_index),
		sourceIds: [...new Set(dailyCity.filter((d) => d.date.startsWith(`${row.year}-`)).map((d) => d.sourceId))].sort()
	}));

	const wgs = new Map(rows.stationsWgs84.map(({ row }) => [row.code, row]));
	const stations: Station[] = [];
	for (const { line, row } of rows.stations) {
		const point = wgs.get(row.code);
		if (!point) {
			issues.push({
				file: display('geo/stations-wgs84.csv'),
				line: 1,
				field: 'code',
				value: row.code,
				expected: `a WGS-84 row for station ${row.code} of data/stations.csv line ${line} (run npm run geo)`
			});
			continue;
		}
		if (point.district_adcode !== row.district_adcode) {
			issues.push({
				file: display('geo/stations-wgs84.csv'),
				line: rows.stationsWgs84.find((r) => r.row.code === row.code)!.line,
				field: 'district_adcode',
				value: point.district_adcode,
				expected: `${row.district_adcode}, as in data/stations.csv`
			});
		}
		stations.push({
			code: row.code,
			name: { zh: row.name_zh, en: row.name_en },
			district: row.district_adcode,
			lat: point.lat.value,
			lon: point.lon.value,
			source: { lat: point.source_lat.value, lon: point.source_lon.value, datum: point.source_datum },
			conversion: point.conversion,
			shiftM: point.shift_m,
			referenceSite: row.reference_site,
			sourceId: row.source_id
		});
	}

	const places: Place[] = rows.places.map(({ row }) => ({
		name: { zh: row.name_zh, en: row.name_en },
		kind: row.kind,
		lat: row.lat.value,
		lon: row.lon.value,
		approximate: row.approximate,
		precisionNote: row.precision_note,
		sourceId: row.source_id
	}));

	return { dailyCity, dailyStations, dailyThirdParty, annualComputed, stations, places, map };
}

function uniqueBy<R>(rows: Located<R>[], key: (r: R) => string, file: string, field: string, issues: DataIssue[]): R[] {
	const seen = new Map<string, number>();
	const out: R[] = [];
	for (const { line, row } of rows) {
		const k = key(row);
		if (seen.has(k)) {
			issues.push({ file, line, field, value: k, expected: `a unique ${field} (also at line ${seen.get(k)})` });
			continue;
		}
		seen.set(k, line);
		out.push(row);
	}
	return out;
}
