/**
 * Shared constants and types of the CNEMC import (hourly national-network files → daily → annual).
 * Pure module: no I/O.
 */

/** The six pollutants read from the national hourly files, in storage order (STANDARDS.md §1.5, §4.1). */
export const HOURLY_POLLUTANTS = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3'] as const;

/** One of {@link HOURLY_POLLUTANTS}; spelled as in the CNEMC `type` column and the standards engine. */
export type HourlyPollutant = (typeof HOURLY_POLLUTANTS)[number];

/** Hours per day: labels 0–23 of the file's date (STANDARDS.md §8 project rule). */
export const HOURS = 24;

/** Number of values in one entity-day block: pollutant-major, `index = p * 24 + hour` (see {@link slot}). */
export const BLOCK_SIZE = HOURLY_POLLUTANTS.length * HOURS;

/** Index of pollutant `p` (position in {@link HOURLY_POLLUTANTS}) at hour label `hour` in a day block. */
export function slot(p: number, hour: number): number {
	return p * HOURS + hour;
}

/**
 * Every `type` the CNEMC national files carry (SOURCES.md "Format"). Only the six hourly types are read;
 * `AQI`, the `*_24h` rows and `O3_8h`/`O3_8h_24h` are CNEMC's own derived series and are ignored because the
 * project computes daily values from the hourly ones (STANDARDS.md §8). Any other type is an error.
 */
export const KNOWN_TYPES: ReadonlySet<string> = new Set([
	'AQI',
	'PM2.5',
	'PM2.5_24h',
	'PM10',
	'PM10_24h',
	'SO2',
	'SO2_24h',
	'NO2',
	'NO2_24h',
	'O3',
	'O3_24h',
	'O3_8h',
	'O3_8h_24h',
	'CO',
	'CO_24h'
]);

/** The hourly values of one entity (the city or one station) for one date; NaN = missing row or blank cell. */
export type DayBlock = Float64Array;

/** A new all-missing {@link DayBlock}. */
export function emptyBlock(): DayBlock {
	return new Float64Array(BLOCK_SIZE).fill(NaN);
}

/** The city column selected from national city files (SOURCES.md: header `厦门`). */
export const CITY_COLUMN = '厦门';
