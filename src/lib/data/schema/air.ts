/**
 * Air: the national monitoring stations (data/stations.csv) and the tables `npm run import:cnemc`
 * writes into data/derived/ (computed from the CNEMC hourly files; the pipeline re-validates them so
 * a hand-edited or truncated derived file fails like any other table).
 */
import * as v from 'valibot';
import {
	aqiLevel,
	boolean,
	bounded,
	decimal,
	identifier,
	integer,
	isoDate,
	oneOf,
	optionalText,
	orEmpty,
	text,
	type Cell
} from './cells';
import { CEILINGS, unitOf } from './ranges';
import { defineTable, fixed, type RecordOf, type RowOf } from './table';
import { AQI_LEVELS_ZH, DISTRICT_ADCODES, MONITORED_POLLUTANTS, type MonitoredPollutant } from './vocabulary';

/** data/stations.csv: the national air-monitoring stations, with coordinates as the source lists them. */
export const stationTable = defineTable({
	columns: {
		code: text(),
		name_zh: text(),
		name_en: text(),
		district_adcode: oneOf(DISTRICT_ADCODES),
		lat: decimal(),
		lon: decimal(),
		reference_site: boolean(),
		source_id: identifier(),
		note: optionalText()
	},
	toRecord: (row) => ({
		code: row.code,
		name: { zh: row.name_zh, en: row.name_en },
		district: row.district_adcode as string,
		/** As the source lists them (datum: see data/geo/README.md). */
		listed: { lat: row.lat.value, lon: row.lon.value },
		referenceSite: row.reference_site,
		sourceId: row.source_id,
		note: row.note
	}),
	toCells: (s) => ({
		code: s.code,
		name_zh: s.name.zh,
		name_en: s.name.en,
		district_adcode: s.district,
		lat: s.listed.lat,
		lon: s.listed.lon,
		reference_site: s.referenceSite,
		source_id: s.sourceId,
		note: s.note
	})
});
export type StationEntry = RecordOf<typeof stationTable>;

/** A concentration of `pollutant` (µg/m³; CO mg/m³), or empty: never negative, never above its ceiling. */
export const concentration = (pollutant: MonitoredPollutant): Cell<number | null> =>
	orEmpty(
		bounded(
			0,
			CEILINGS[pollutant],
			`a ${pollutant} concentration between 0 and ${CEILINGS[pollutant]} ${unitOf(pollutant)} (its plausibility ceiling, docs/data-checks.md)`
		)
	);

const hours = () => integer(0, 24);

/** Primary pollutants joined with `;` (empty when AQI ≤ 50 or unknown). */
const primary = (): Cell<string[]> =>
	v.pipe(
		v.string(),
		v.regex(
			/^((SO2|NO2|PM10|PM2\.5|CO|O3)(;(SO2|NO2|PM10|PM2\.5|CO|O3))*)?$/,
			'pollutants like O3 or PM10;O3, or empty'
		),
		v.transform((s) => (s ? s.split(';') : []))
	);

/** Daily value keys as in the derived tables (µg/m³; CO mg/m³). */
export const DAILY_VALUE_KEYS = ['SO2', 'NO2', 'PM10', 'PM2_5', 'CO', 'O3_1h_max', 'O3_8h_max'] as const;
export type DailyValueKey = (typeof DAILY_VALUE_KEYS)[number];

/** Decimals a daily or annual value is written with: CO (mg/m³) 1, µg/m³ items 0 (GB/T 8170, STANDARDS.md §7). */
export const decimalsOf = (key: string): 0 | 1 => (key.startsWith('CO') ? 1 : 0);

const dailyColumns = {
	SO2: concentration('SO2'),
	SO2_hours: hours(),
	NO2: concentration('NO2'),
	NO2_hours: hours(),
	PM10: concentration('PM10'),
	PM10_hours: hours(),
	PM2_5: concentration('PM2.5'),
	PM2_5_hours: hours(),
	CO: concentration('CO'),
	CO_hours: hours(),
	O3_1h_max: concentration('O3'),
	O3_hours: hours(),
	O3_8h_max: concentration('O3'),
	O3_8h_windows: integer(0, 17),
	/** Hourly values flagged suspect and left out of the day's statistics (air-hourly-suspect.csv lists them). */
	suspect_hours: integer(0, 24 * MONITORED_POLLUTANTS.length),
	AQI: orEmpty(integer(0, 500)),
	AQI_level: orEmpty(aqiLevel()),
	primary_pollutant: primary(),
	edition: oneOf(['2012', '2026'] as const),
	source_id: identifier()
};
type DailyRow = RowOf<typeof dailyColumns>;

/**
 * One day of national-network data for the city or a station, computed from hourly values by
 * `npm run import:cnemc` (computed, not published). Values are null where the day had too few valid
 * hours (STANDARDS.md §8); `hours` says how many it had; `suspectHours` how many hourly values were
 * flagged and left out.
 */
function dailyRecord(row: DailyRow, date: string) {
	return {
		date,
		values: Object.fromEntries(DAILY_VALUE_KEYS.map((k) => [k, row[k]])) as Record<DailyValueKey, number | null>,
		hours: {
			SO2: row.SO2_hours,
			NO2: row.NO2_hours,
			PM10: row.PM10_hours,
			PM2_5: row.PM2_5_hours,
			CO: row.CO_hours,
			O3: row.O3_hours,
			O3_8h_windows: row.O3_8h_windows
		},
		suspectHours: row.suspect_hours,
		aqi: row.AQI,
		level: row.AQI_level,
		primary: row.primary_pollutant,
		edition: row.edition,
		sourceId: row.source_id
	};
}
export type DailyAir = ReturnType<typeof dailyRecord>;

function dailyCells(d: DailyAir) {
	return {
		SO2: fixed(d.values.SO2, decimalsOf('SO2')),
		SO2_hours: d.hours.SO2,
		NO2: fixed(d.values.NO2, decimalsOf('NO2')),
		NO2_hours: d.hours.NO2,
		PM10: fixed(d.values.PM10, decimalsOf('PM10')),
		PM10_hours: d.hours.PM10,
		PM2_5: fixed(d.values.PM2_5, decimalsOf('PM2_5')),
		PM2_5_hours: d.hours.PM2_5,
		CO: fixed(d.values.CO, decimalsOf('CO')),
		CO_hours: d.hours.CO,
		O3_1h_max: fixed(d.values.O3_1h_max, decimalsOf('O3')),
		O3_hours: d.hours.O3,
		O3_8h_max: fixed(d.values.O3_8h_max, decimalsOf('O3')),
		O3_8h_windows: d.hours.O3_8h_windows,
		suspect_hours: d.suspectHours,
		AQI: d.aqi,
		AQI_level: d.level,
		primary_pollutant: d.primary.join(';'),
		edition: d.edition,
		source_id: d.sourceId
	};
}

/** data/derived/air-daily-city.csv: one row per date. */
export const dailyCityTable = defineTable({
	columns: { date: isoDate(), ...dailyColumns },
	toRecord: (row): DailyAir => dailyRecord(row, row.date),
	toCells: (d: DailyAir) => ({ date: d.date, ...dailyCells(d) })
});

/** data/derived/air-daily-stations.csv: one row per date and station code. */
export const dailyStationTable = defineTable({
	columns: { date: isoDate(), station_code: text(), ...dailyColumns },
	toRecord: (row) => ({ ...dailyRecord(row, row.date), station: row.station_code }),
	toCells: (d) => ({ date: d.date, station_code: d.station, ...dailyCells(d) })
});
export type DailyStationAir = RecordOf<typeof dailyStationTable>;

/** The six annual statistics, named as in air-annual-computed.csv. */
export const ANNUAL_STATS = ['SO2', 'NO2', 'PM10', 'PM2_5', 'CO_p95', 'O3_8h_p90'] as const;
export type AnnualStat = (typeof ANNUAL_STATS)[number];

/**
 * data/derived/air-annual-computed.csv: annual statistics computed from the city's daily values
 * (HJ 663), empty where the year fails validity; shown rounded (GB/T 8170); the composite index is
 * computed from the unrounded statistics and rounded once to 2 decimals.
 */
export const annualTable = defineTable({
	columns: {
		year: integer(1900, 2999),
		SO2: concentration('SO2'),
		NO2: concentration('NO2'),
		PM10: concentration('PM10'),
		PM2_5: concentration('PM2.5'),
		CO_p95: concentration('CO'),
		O3_8h_p90: concentration('O3'),
		valid_days: integer(0, 366),
		composite_index: orEmpty(bounded(0, Infinity, 'an index of 0 or more'))
	},
	toRecord: (row) => ({
		year: row.year,
		SO2: row.SO2,
		NO2: row.NO2,
		PM10: row.PM10,
		PM2_5: row.PM2_5,
		CO_p95: row.CO_p95,
		O3_8h_p90: row.O3_8h_p90,
		/** Valid days of the weakest statistic. */
		validDays: row.valid_days,
		compositeIndex: row.composite_index
	}),
	toCells: (a) => ({
		year: a.year,
		...(Object.fromEntries(ANNUAL_STATS.map((s) => [s, fixed(a[s], decimalsOf(s))])) as Record<
			AnnualStat,
			string | null
		>),
		valid_days: a.validDays,
		composite_index: fixed(a.compositeIndex, 2)
	})
});
/** Annual statistics as written; the dataset adds the source ids of the year's daily values. */
export type AnnualRecord = RecordOf<typeof annualTable>;

/**
 * data/derived/air-daily-aqistudy.csv: a third-party platform's daily values (aqistudy.cn), kept apart
 * and never mixed with national-network data. Its O3 statistic is not defined by the source.
 */
export const aqistudyTable = defineTable({
	columns: {
		date: isoDate(),
		city: text(),
		AQI: integer(0, 500),
		AQI_range: optionalText(),
		level_zh: oneOf(AQI_LEVELS_ZH),
		PM2_5: concentration('PM2.5'),
		PM10: concentration('PM10'),
		SO2: concentration('SO2'),
		CO: concentration('CO'),
		NO2: concentration('NO2'),
		O3_unspecified: concentration('O3'),
		rank: integer(0, 1000),
		not_national_network: boolean(),
		source_id: identifier()
	},
	toRecord: (row) => ({
		date: row.date,
		city: row.city,
		aqi: row.AQI,
		aqiRange: row.AQI_range,
		levelZh: row.level_zh as string,
		values: {
			PM2_5: row.PM2_5,
			PM10: row.PM10,
			SO2: row.SO2,
			CO: row.CO,
			NO2: row.NO2,
			O3_unspecified: row.O3_unspecified
		},
		/** The platform's own rank (0 in its last month). */
		rank: row.rank,
		notNationalNetwork: row.not_national_network,
		sourceId: row.source_id
	}),
	toCells: (d) => ({
		date: d.date,
		city: d.city,
		AQI: d.aqi,
		AQI_range: d.aqiRange,
		level_zh: d.levelZh,
		PM2_5: d.values.PM2_5,
		PM10: d.values.PM10,
		SO2: d.values.SO2,
		CO: d.values.CO,
		NO2: d.values.NO2,
		O3_unspecified: d.values.O3_unspecified,
		rank: d.rank,
		not_national_network: d.notNationalNetwork,
		source_id: d.sourceId
	})
});
export type DailyThirdParty = RecordOf<typeof aqistudyTable>;

/** The series name of the city in air-hourly-suspect.csv (stations go by their code). */
export const CITY_SERIES = 'city';

/** Why an hourly value was flagged (docs/data-checks.md). */
export const SUSPECT_RULES = ['ceiling', 'spike'] as const;

/**
 * data/derived/air-hourly-suspect.csv: every hourly value the importer flagged as suspect (above its
 * plausibility ceiling, or a one-hour spike against both neighbours) and left out of the statistics,
 * with where it came from. Empty when nothing was flagged (the table is optional).
 */
export const suspectHourTable = defineTable({
	columns: {
		date: isoDate(),
		/** `city` or a station code. */
		series: text(),
		hour: integer(0, 23),
		pollutant: oneOf(MONITORED_POLLUTANTS),
		value: decimal(),
		rule: oneOf(SUSPECT_RULES),
		/** The ceiling exceeded, or the larger of the two neighbouring hours. */
		reference: decimal(),
		file: text(),
		line: integer(1, Number.MAX_SAFE_INTEGER),
		source_id: identifier()
	},
	toRecord: (row) => ({
		date: row.date,
		series: row.series,
		hour: row.hour,
		pollutant: row.pollutant,
		value: row.value.value,
		rule: row.rule,
		reference: row.reference.value,
		file: row.file,
		line: row.line,
		sourceId: row.source_id
	}),
	toCells: (s) => ({
		date: s.date,
		series: s.series,
		hour: s.hour,
		pollutant: s.pollutant,
		value: s.value,
		rule: s.rule,
		reference: s.reference,
		file: s.file,
		line: s.line,
		source_id: s.sourceId
	})
});
export type SuspectHour = RecordOf<typeof suspectHourTable>;
