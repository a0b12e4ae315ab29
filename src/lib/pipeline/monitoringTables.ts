import * as v from 'valibot';
import { boolean, decimal, identifier, integer, oneOf, optionalText, orEmpty, text, type Cell } from './cells';

/**
 * Schemas of the committed derived tables (data/derived/, written by `npm run import:cnemc`, and
 * data/geo/*.csv, written by `npm run geo`). The data pipeline re-validates them so that a
 * hand-edited or truncated derived file fails the build like any other table.
 */

const isoDate = (): Cell<string> =>
	v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date YYYY-MM-DD'));
/**
 * A concentration (µg/m³; CO mg/m³), or empty. Never negative; 10 000 is far above any daily or annual
 * value ever recorded in China (the largest in data/derived is in the hundreds), so a larger number is a
 * typo or a corrupted file, not a measurement.
 */
const MAX_CONCENTRATION = 10_000;
const value = () =>
	orEmpty(
		v.pipe(
			decimal(),
			v.check(
				(d) => d.value >= 0 && d.value <= MAX_CONCENTRATION,
				`a number between 0 and ${MAX_CONCENTRATION} (concentrations are never negative)`
			)
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

const dailyPollutantColumns = {
	SO2: value(),
	SO2_hours: hours(),
	NO2: value(),
	NO2_hours: hours(),
	PM10: value(),
	PM10_hours: hours(),
	PM2_5: value(),
	PM2_5_hours: hours(),
	CO: value(),
	CO_hours: hours(),
	O3_1h_max: value(),
	O3_hours: hours(),
	O3_8h_max: value(),
	O3_8h_windows: integer(0, 17),
	AQI: orEmpty(integer(0, 500)),
	AQI_level: orEmpty(integer(1, 6)),
	primary_pollutant: primary(),
	edition: oneOf(['2012', '2026'] as const),
	source_id: identifier()
};

/** data/derived/air-daily-city.csv */
export const dailyCityColumns = { date: isoDate(), ...dailyPollutantColumns };

/** data/derived/air-daily-stations.csv */
export const dailyStationColumns = { date: isoDate(), station_code: text(), ...dailyPollutantColumns };

/** data/derived/air-annual-computed.csv (columns fixed by the CNEMC issue). */
export const annualComputedColumns = {
	year: integer(1980, 2100),
	SO2: value(),
	NO2: value(),
	PM10: value(),
	PM2_5: value(),
	CO_p95: value(),
	O3_8h_p90: value(),
	valid_days: integer(0, 366),
	composite_index: value()
};

/** data/derived/air-daily-aqistudy.csv: a third-party platform's daily values, kept apart. */
export const dailyAqistudyColumns = {
	date: isoDate(),
	city: text(),
	AQI: integer(0, 500),
	AQI_range: optionalText(),
	level_zh: oneOf(['优', '良', '轻度污染', '中度污染', '重度污染', '严重污染'] as const),
	PM2_5: value(),
	PM10: value(),
	SO2: value(),
	CO: value(),
	NO2: value(),
	O3_unspecified: value(),
	rank: integer(0, 1000),
	not_national_network: boolean(),
	source_id: identifier()
};

/** data/geo/stations-wgs84.csv */
export const stationWgs84Columns = {
	code: text(),
	name_zh: text(),
	district_adcode: text(),
	lat: decimal(),
	lon: decimal(),
	source_lat: decimal(),
	source_lon: decimal(),
	source_datum: text(),
	conversion: text(),
	shift_m: integer(0, 100000),
	note: optionalText()
};

/** data/geo/places-wgs84.csv */
export const placeWgs84Columns = {
	name_zh: text(),
	name_en: text(),
	kind: text(),
	lat: decimal(),
	lon: decimal(),
	source_lat: decimal(),
	source_lon: decimal(),
	source_datum: text(),
	conversion: text(),
	approximate: boolean(),
	precision_note: text(),
	in_frame: boolean(),
	source_id: identifier(),
	source_url: text()
};
