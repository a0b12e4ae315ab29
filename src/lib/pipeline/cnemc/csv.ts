/**
 * Rendering of the derived CSV files (LF line endings, UTF-8 without BOM, header first). Pure module; the
 * output depends only on its inputs, so the import is byte-for-byte reproducible.
 */
import type { AnnualResult } from './annual';
import { ANNUAL_STATS, annualDecimals } from './annual';
import type { AqistudyDay } from './aqistudy';
import type { DailyValues } from './daily';
import { decimalsFor, MEAN_POLLUTANTS } from './daily';
import { formatRounded } from './round';

/** Columns of `air-daily-city.csv` (station file: `station_code` after `date`). PM2.5 is written `PM2_5`. */
export const DAILY_COLUMNS = [
	'date',
	'SO2',
	'SO2_hours',
	'NO2',
	'NO2_hours',
	'PM10',
	'PM10_hours',
	'PM2_5',
	'PM2_5_hours',
	'CO',
	'CO_hours',
	'O3_1h_max',
	'O3_hours',
	'O3_8h_max',
	'O3_8h_windows',
	'AQI',
	'AQI_level',
	'primary_pollutant',
	'edition',
	'source_id'
] as const;

/** Columns of `air-annual-computed.csv` — exactly these (task rule). */
export const ANNUAL_COLUMNS = [
	'year',
	'SO2',
	'NO2',
	'PM10',
	'PM2_5',
	'CO_p95',
	'O3_8h_p90',
	'valid_days',
	'composite_index'
] as const;

/** Columns of `air-daily-aqistudy.csv`: the platform's values verbatim; O3 named for what is known of it. */
export const AQISTUDY_COLUMNS = [
	'date',
	'city',
	'AQI',
	'AQI_range',
	'level_zh',
	'PM2_5',
	'PM10',
	'SO2',
	'CO',
	'NO2',
	'O3_unspecified',
	'rank',
	'not_national_network',
	'source_id'
] as const;

/** One CSV cell; quoted (RFC 4180) only if it holds a comma, quote or line break. */
export function cell(v: string | number | null): string {
	if (v === null) return '';
	const s = String(v);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV document from a header and rows. */
export function renderCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
	return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

function num(v: number | null, decimals: number): string | null {
	return v === null ? null : formatRounded(v, decimals);
}

/** The cells of one daily row, `DAILY_COLUMNS` order without `date` and `source_id`. */
function dailyCells(d: DailyValues): (string | number | null)[] {
	const cells: (string | number | null)[] = [];
	for (const p of MEAN_POLLUTANTS) cells.push(num(d.means[p], decimalsFor(p)), d.hours[p]);
	cells.push(num(d.o3Max1h, 0), d.hours.O3, num(d.o3Max8h, 0), d.o3Windows);
	cells.push(d.aqi, d.level, d.primary.join(';'), d.edition);
	return cells;
}

/** `air-daily-city.csv`: one row per date. */
export function renderDailyCity(rows: readonly { day: DailyValues; sourceId: string }[]): string {
	return renderCsv(
		DAILY_COLUMNS,
		rows.map((r) => [r.day.date, ...dailyCells(r.day), r.sourceId])
	);
}

/** `air-daily-stations.csv`: one row per date and station code. */
export function renderDailyStations(rows: readonly { station: string; day: DailyValues; sourceId: string }[]): string {
	const header = ['date', 'station_code', ...DAILY_COLUMNS.slice(1)];
	return renderCsv(
		header,
		rows.map((r) => [r.day.date, r.station, ...dailyCells(r.day), r.sourceId])
	);
}

/** `air-annual-computed.csv`: empty cells where a statistic fails validity (STANDARDS.md §8). */
export function renderAnnual(rows: readonly AnnualResult[]): string {
	return renderCsv(
		ANNUAL_COLUMNS,
		rows.map((a) => [
			a.year,
			...ANNUAL_STATS.map((s) => num(a.rounded[s], annualDecimals(s))),
			a.validDays,
			num(a.compositeIndex, 2)
		])
	);
}

/** `air-daily-aqistudy.csv`: published values verbatim, marked `not_national_network=true`. */
export function renderAqistudy(rows: readonly AqistudyDay[], sourceId: string): string {
	return renderCsv(
		AQISTUDY_COLUMNS,
		rows.map((r) => [
			r.date,
			r.city,
			r.aqi,
			r.aqiRange,
			r.level,
			r.pm25,
			r.pm10,
			r.so2,
			r.co,
			r.no2,
			r.o3,
			r.rank,
			'true',
			sourceId
		])
	);
}
