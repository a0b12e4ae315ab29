/**
 * Parser for the aqistudy.cn daily city file (SOURCES.md: `xiamen_aqistudy_daily_…`, source
 * `aqistudy-daily-shuyaohong`): UTF-8 with BOM, no header, 12 columns
 * City, Date, AQI, AQI Range, Air Quality Level, PM2.5, PM10, SO2, CO, NO2, O3, Rank.
 * These are a third-party platform's published DAILY values, not national-network files: they are kept
 * verbatim (validated, never recomputed) and never mixed into the national series. The source does not
 * define its O3 statistic, hence the output name `O3_unspecified`. Pure module.
 */
import { ImportError } from '../importError';
import type { Line } from '../lines';
import { compactToIsoDate } from './national';

/** Column names of the source, in order (from the repository README, SOURCES.md). */
export const AQISTUDY_SOURCE_COLUMNS = [
	'City',
	'Date',
	'AQI',
	'AQI Range',
	'Level',
	'PM2.5',
	'PM10',
	'SO2',
	'CO',
	'NO2',
	'O3',
	'Rank'
] as const;

/** HJ 633-2012 Table 2 category names (STANDARDS.md §1.3), the only values accepted in the Level column. */
export const LEVELS_ZH: ReadonlySet<string> = new Set(['优', '良', '轻度污染', '中度污染', '重度污染', '严重污染']);

/** One published day, every value as the text the platform published. */
export interface AqistudyDay {
	city: string;
	date: string;
	aqi: string;
	aqiRange: string;
	level: string;
	pm25: string;
	pm10: string;
	so2: string;
	co: string;
	no2: string;
	o3: string;
	rank: string;
	line: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;
const INTEGER = /^\d+$/;

/** True when a first line (BOM removed) looks like the aqistudy daily format: 12 fields, field 2 an ISO date. */
export function isAqistudyLine(text: string): boolean {
	const f = text.split(',');
	return f.length === AQISTUDY_SOURCE_COLUMNS.length && ISO.test(f[1] ?? '');
}

/** Options of {@link AqistudyParser}. */
export interface AqistudyOptions {
	file: string;
	/** The only city name accepted in column 1. */
	city: string;
}

/** Line-by-line parser; strict like the national parser (file, line, column, value in every error). */
export class AqistudyParser {
	private readonly rows = new Map<string, AqistudyDay>();
	constructor(private readonly opts: AqistudyOptions) {}

	private err(line: number, column: number, value: string, reason: string): ImportError {
		return new ImportError(
			{ file: this.opts.file, line, column, columnName: AQISTUDY_SOURCE_COLUMNS[column - 1], value },
			reason
		);
	}

	/** Validates and stores one line. */
	line(l: Line): void {
		const q = l.text.indexOf('"');
		if (q !== -1) throw this.err(l.no, l.text.slice(0, q).split(',').length, '"', 'quoted fields are not supported');
		const f = l.text.split(',');
		if (f.length !== AQISTUDY_SOURCE_COLUMNS.length) {
			const col = Math.min(f.length, AQISTUDY_SOURCE_COLUMNS.length) + 1;
			throw new ImportError(
				{ file: this.opts.file, line: l.no, column: col, value: f[col - 1] ?? '' },
				`ragged row: ${f.length} fields, expected ${AQISTUDY_SOURCE_COLUMNS.length}`
			);
		}
		const [city, date, aqi, range, level, pm25, pm10, so2, co, no2, o3, rank] = f as string[] as [
			string,
			string,
			string,
			string,
			string,
			string,
			string,
			string,
			string,
			string,
			string,
			string
		];
		if (city !== this.opts.city) throw this.err(l.no, 1, city, `expected city ${this.opts.city}`);
		const m = ISO.exec(date);
		if (!m || compactToIsoDate(`${m[1]}${m[2]}${m[3]}`) === null)
			throw this.err(l.no, 2, date, 'bad date: expected YYYY-MM-DD');
		if (!INTEGER.test(aqi)) throw this.err(l.no, 3, aqi, 'AQI is not a non-negative integer');
		if (!/^\d+~\d+$/.test(range)) throw this.err(l.no, 4, range, 'AQI range is not "low~high"');
		if (!LEVELS_ZH.has(level)) throw this.err(l.no, 5, level, 'unknown air-quality level');
		const numeric = [pm25, pm10, so2, co, no2, o3];
		numeric.forEach((v, i) => {
			if (v !== '' && !DECIMAL.test(v)) throw this.err(l.no, 6 + i, v, 'not a non-negative decimal number (or blank)');
		});
		if (!INTEGER.test(rank)) throw this.err(l.no, 12, rank, 'rank is not a non-negative integer');
		const prev = this.rows.get(date);
		if (prev) throw this.err(l.no, 2, date, `date repeated (first at line ${prev.line})`);
		this.rows.set(date, { city, date, aqi, aqiRange: range, level, pm25, pm10, so2, co, no2, o3, rank, line: l.no });
	}

	/** The days, sorted by date. */
	finish(): AqistudyDay[] {
		if (this.rows.size === 0) throw new ImportError({ file: this.opts.file }, 'no data rows');
		return [...this.rows.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	}
}
