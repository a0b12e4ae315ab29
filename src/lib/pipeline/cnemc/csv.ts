/**
 * The derived tables as the importer writes them: records of the tables' schemas (src/lib/data/schema/air.ts)
 * rendered in the schema's column order (LF line endings, UTF-8 without BOM, header first), and the
 * conversions from the import's own values to those records. Pure module; the output depends only on its
 * inputs, so the import is byte-for-byte reproducible.
 */
import * as v from 'valibot';
import {
	aqistudyTable,
	CITY_SERIES,
	type AnnualRecord,
	type DailyAir,
	type DailyThirdParty,
	type SuspectHour
} from '../../data/schema/air';
import type { AnnualResult } from './annual';
import type { AqistudyDay } from './aqistudy';
import type { DailyValues } from './daily';
import { ImportError } from '../importError';
import type { Flag } from './plausibility';
import { CITY_COLUMN } from './types';

/** An HJ 633 level as the record types it. */
function level(n: number | null): DailyAir['level'] {
	if (n === null) return null;
	if (![1, 2, 3, 4, 5, 6].includes(n)) throw new RangeError(`AQI level ${n} is not 1–6`);
	return n as 1 | 2 | 3 | 4 | 5 | 6;
}

/** One aggregated day as the record of air-daily-city.csv (and, with its station, air-daily-stations.csv). */
export function toDailyAir(day: DailyValues, sourceId: string, suspectHours: number): DailyAir {
	return {
		date: day.date,
		values: {
			SO2: day.means.SO2,
			NO2: day.means.NO2,
			PM10: day.means.PM10,
			PM2_5: day.means['PM2.5'],
			CO: day.means.CO,
			O3_1h_max: day.o3Max1h,
			O3_8h_max: day.o3Max8h
		},
		hours: {
			SO2: day.hours.SO2,
			NO2: day.hours.NO2,
			PM10: day.hours.PM10,
			PM2_5: day.hours['PM2.5'],
			CO: day.hours.CO,
			O3: day.hours.O3,
			O3_8h_windows: day.o3Windows
		},
		suspectHours,
		aqi: day.aqi,
		level: level(day.level),
		primary: day.primary,
		edition: day.edition,
		sourceId
	};
}

/** A year's statistics as the record of air-annual-computed.csv: rounded statistics, the index from unrounded ones. */
export function toAnnualRecord(a: AnnualResult): AnnualRecord {
	return { year: a.year, ...a.rounded, validDays: a.validDays, compositeIndex: a.compositeIndex };
}

/** The series name of an entity in air-hourly-suspect.csv: `city`, or the station code. */
export const seriesOf = (entity: string) => (entity === CITY_COLUMN ? CITY_SERIES : entity);

/** A flag as the record of air-hourly-suspect.csv. */
export function toSuspectHour(
	flag: Flag,
	where: { entity: string; file: string; line: number; sourceId: string }
): SuspectHour {
	return {
		date: flag.date,
		series: seriesOf(where.entity),
		hour: flag.hour,
		pollutant: flag.pollutant,
		value: flag.value,
		rule: flag.rule,
		reference: flag.reference,
		file: where.file,
		line: where.line,
		sourceId: where.sourceId
	};
}

/**
 * A published aqistudy day as the record of air-daily-aqistudy.csv, each value read by the table's own
 * cell rule (so a value above its ceiling is an error here, at the file, line and column it came from).
 */
export function toThirdPartyDay(d: AqistudyDay & { file: string }, sourceId: string): DailyThirdParty {
	const text: Record<keyof typeof aqistudyTable.columns, string> = {
		date: d.date,
		city: d.city,
		AQI: d.aqi,
		AQI_range: d.aqiRange,
		level_zh: d.level,
		PM2_5: d.pm25,
		PM10: d.pm10,
		SO2: d.so2,
		CO: d.co,
		NO2: d.no2,
		O3_unspecified: d.o3,
		rank: d.rank,
		not_national_network: 'true',
		source_id: sourceId
	};
	const sourceColumn: Partial<Record<string, number>> = {
		PM2_5: 6,
		PM10: 7,
		SO2: 8,
		CO: 9,
		NO2: 10,
		O3_unspecified: 11
	};
	const row: Record<string, unknown> = {};
	for (const [name, schema] of Object.entries(aqistudyTable.columns)) {
		const raw = text[name as keyof typeof text];
		const result = v.safeParse(schema, raw);
		if (!result.success)
			throw new ImportError(
				{ file: d.file, line: d.line, column: sourceColumn[name], columnName: name, value: raw },
				`expected ${result.issues[0]?.message ?? 'a valid value'}`
			);
		row[name] = result.output;
	}
	return aqistudyTable.toRecord(row as Parameters<typeof aqistudyTable.toRecord>[0], `${d.file}:${d.line}`);
}
