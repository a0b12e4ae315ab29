/**
 * Checks of the monitoring tables (data/derived/, data/stations.csv, data/geo/*.csv) and what ties them
 * together: one WGS-84 point per station, in the same district and from the listed coordinates; no
 * duplicate days; no day after today; every suspect hourly value listed where its day counts it.
 */
import {
	annualTable,
	aqistudyTable,
	CITY_SERIES,
	dailyCityTable,
	dailyStationTable,
	stationTable,
	suspectHourTable,
	type DailyAir,
	type SuspectHour
} from '../../data/schema/air';
import { placeWgs84Table, stationWgs84Table } from '../../data/schema/geo';
import type { ColumnsOf } from '../../data/schema/table';
import type { AnnualComputed, MapData, MonitoringDataset, Station } from '../../data/types';
import type { LoadedTable } from '../load';
import { citeAll, declared, uniqueRows, type CheckContext } from './context';

export interface MonitoringTables {
	dailyCity: LoadedTable<ColumnsOf<typeof dailyCityTable>>;
	dailyStations: LoadedTable<ColumnsOf<typeof dailyStationTable>>;
	dailyThirdParty: LoadedTable<ColumnsOf<typeof aqistudyTable>>;
	annual: LoadedTable<ColumnsOf<typeof annualTable>>;
	suspectHours: LoadedTable<ColumnsOf<typeof suspectHourTable>>;
	stations: LoadedTable<ColumnsOf<typeof stationTable>>;
	stationsWgs84: LoadedTable<ColumnsOf<typeof stationWgs84Table>>;
	places: LoadedTable<ColumnsOf<typeof placeWgs84Table>>;
}

/** Rows dated after today are reported (nothing is measured in the future); the others are returned. */
function notAfterToday<T extends { date: string }>(
	table: { file: string; column(name: 'date'): number },
	rows: { line: number; row: T }[],
	context: CheckContext
): { line: number; row: T }[] {
	return rows.filter(({ line, row }) => {
		if (row.date <= context.today) return true;
		context.issues.push({
			file: table.file,
			line,
			column: table.column('date'),
			field: 'date',
			value: row.date,
			expected: `a day that has passed (today is ${context.today})`
		});
		return false;
	});
}

/** Assembles the monitoring part of the dataset from validated tables (problems go to `context.issues`). */
export function checkMonitoring(tables: MonitoringTables, map: MapData, context: CheckContext): MonitoringDataset {
	const { issues } = context;
	citeAll(tables.dailyCity, context, true);
	citeAll(tables.dailyStations, context, true);
	citeAll(tables.dailyThirdParty, context, true);
	citeAll(tables.suspectHours, context, true);
	citeAll(tables.places, context, true);
	citeAll(tables.stations, context);

	const city = uniqueRows(
		tables.dailyCity.file,
		notAfterToday(tables.dailyCity, tables.dailyCity.rows, context),
		(r) => r.date,
		'date',
		issues
	);
	const stationCodes = declared(tables.stations, 'code');
	const stationRows = uniqueRows(
		tables.dailyStations.file,
		notAfterToday(tables.dailyStations, tables.dailyStations.rows, context),
		(r) => `${r.date}, ${r.station_code}`,
		'date, station_code',
		issues
	).filter(({ line, row }) => {
		if (stationCodes.has(row.station_code)) return true;
		issues.push({
			file: tables.dailyStations.file,
			line,
			column: tables.dailyStations.column('station_code'),
			field: 'station_code',
			value: row.station_code,
			expected: 'the code of a station in data/stations.csv'
		});
		return false;
	});
	const thirdParty = uniqueRows(
		tables.dailyThirdParty.file,
		notAfterToday(tables.dailyThirdParty, tables.dailyThirdParty.rows, context),
		(r) => r.date,
		'date',
		issues
	);

	const suspectHours: SuspectHour[] = tables.suspectHours.rows
		.filter(({ line, row }) => {
			if (row.series === CITY_SERIES || stationCodes.has(row.series)) return true;
			issues.push({
				file: tables.suspectHours.file,
				line,
				column: tables.suspectHours.column('series'),
				field: 'series',
				value: row.series,
				expected: `${CITY_SERIES} or the code of a station in data/stations.csv`
			});
			return false;
		})
		.map(({ line, row }) => suspectHourTable.toRecord(row, `${tables.suspectHours.file}:${line}`));
	const suspectCount = new Map<string, number>();
	for (const s of suspectHours)
		suspectCount.set(`${s.series} ${s.date}`, (suspectCount.get(`${s.series} ${s.date}`) ?? 0) + 1);
	/** A day's `suspect_hours` must be the number of rows air-hourly-suspect.csv lists for it. */
	const countsAgree = (
		table: { file: string; column(name: 'suspect_hours'): number },
		line: number,
		series: string,
		day: DailyAir
	) => {
		const listed = suspectCount.get(`${series} ${day.date}`) ?? 0;
		suspectCount.delete(`${series} ${day.date}`);
		if (listed === day.suspectHours) return;
		issues.push({
			file: table.file,
			line,
			column: table.column('suspect_hours'),
			field: 'suspect_hours',
			value: String(day.suspectHours),
			expected: `${listed}, the rows of ${tables.suspectHours.file} for ${series} on ${day.date}`
		});
	};

	const dailyCity = city.map(({ line, row }) => {
		const day = dailyCityTable.toRecord(row, `${tables.dailyCity.file}:${line}`);
		countsAgree(tables.dailyCity, line, CITY_SERIES, day);
		return day;
	});
	const dailyStations = stationRows.map(({ line, row }) => {
		const day = dailyStationTable.toRecord(row, `${tables.dailyStations.file}:${line}`);
		countsAgree(tables.dailyStations, line, day.station, day);
		return day;
	});
	for (const key of suspectCount.keys())
		issues.push({
			file: tables.suspectHours.file,
			line: 1,
			field: 'series, date',
			value: key,
			expected: 'a day present in the daily table it belongs to'
		});

	const annualComputed: AnnualComputed[] = uniqueRows(
		tables.annual.file,
		tables.annual.rows.filter(({ line, row }) => {
			if (row.year <= context.years.last) return true;
			issues.push({
				file: tables.annual.file,
				line,
				column: tables.annual.column('year'),
				field: 'year',
				value: String(row.year),
				expected: `a year up to ${context.years.last} (next year)`
			});
			return false;
		}),
		(r) => String(r.year),
		'year',
		issues
	).map(({ line, row }) => ({
		...annualTable.toRecord(row, `${tables.annual.file}:${line}`),
		sourceIds: [...new Set(dailyCity.filter((d) => d.date.startsWith(`${row.year}-`)).map((d) => d.sourceId))].sort()
	}));

	return {
		dailyCity,
		dailyStations,
		dailyThirdParty: thirdParty.map(({ line, row }) =>
			aqistudyTable.toRecord(row, `${tables.dailyThirdParty.file}:${line}`)
		),
		annualComputed,
		suspectHours,
		stations: joinStations(tables, context),
		places: tables.places.rows.map(({ line, row }) => placeWgs84Table.toRecord(row, `${tables.places.file}:${line}`)),
		map
	};
}

/** Each station of data/stations.csv with its WGS-84 point; the point must exist, in the same district, from the listed coordinates. */
function joinStations(tables: MonitoringTables, context: CheckContext): Station[] {
	const points = new Map(tables.stationsWgs84.rows.map(({ line, row }) => [row.code, { line, row }]));
	const out: Station[] = [];
	for (const { line, row } of tables.stations.rows) {
		const entry = stationTable.toRecord(row, `${tables.stations.file}:${line}`);
		const found = points.get(row.code);
		if (!found) {
			context.issues.push({
				file: tables.stationsWgs84.file,
				line: 1,
				field: 'code',
				value: row.code,
				expected: `a WGS-84 row for station ${row.code} of data/stations.csv line ${line} (run npm run geo)`
			});
			continue;
		}
		const point = stationWgs84Table.toRecord(found.row, `${tables.stationsWgs84.file}:${found.line}`);
		const at = (field: 'district_adcode' | 'source_lat' | 'source_lon', value: string, expected: string) =>
			context.issues.push({
				file: tables.stationsWgs84.file,
				line: found.line,
				column: tables.stationsWgs84.column(field),
				field,
				value,
				expected
			});
		if (point.district !== entry.district)
			at('district_adcode', point.district, `${entry.district}, as in data/stations.csv`);
		if (point.source.lat !== entry.listed.lat)
			at('source_lat', String(point.source.lat), `${entry.listed.lat}, the lat in data/stations.csv (run npm run geo)`);
		if (point.source.lon !== entry.listed.lon)
			at('source_lon', String(point.source.lon), `${entry.listed.lon}, the lon in data/stations.csv (run npm run geo)`);
		out.push({
			code: entry.code,
			name: entry.name,
			district: entry.district,
			referenceSite: entry.referenceSite,
			sourceId: entry.sourceId,
			note: entry.note,
			lat: point.lat,
			lon: point.lon,
			source: point.source,
			conversion: point.conversion,
			shiftM: point.shiftM,
			datumNote: point.note
		});
	}
	return out;
}
