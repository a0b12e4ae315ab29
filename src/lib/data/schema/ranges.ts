/**
 * What is possible: the valid range of every unit, and the plausibility ceiling of every monitored
 * concentration. The pipeline rejects a published figure outside its range and the importer flags an
 * hourly value above its ceiling as suspect. The reasons are in docs/data-checks.md.
 */
import { BREAKPOINTS_2012 } from '../../standards/breakpoints';
import type { MonitoredPollutant, Unit } from './vocabulary';

/** A closed range; `integer` when only whole numbers make sense (days, ranks, counts). */
export interface Range {
	min: number;
	max: number;
	integer: boolean;
	/** How the range reads in a message: `a share between 0 and 100`. */
	what: string;
}

const range = (min: number, max: number, integer: boolean, what: string): Range => ({ min, max, integer, what });

/**
 * The range every figure of a unit must lie in. A metric may narrow it (data/metrics.csv `min`, `max`):
 * a rank's maximum is the number of places ranked, a concentration's maximum its ceiling.
 */
export const UNIT_RANGES: Readonly<Record<Unit, Range>> = {
	index: range(0, Infinity, false, 'an index of 0 or more'),
	index_points: range(-Infinity, Infinity, false, 'a change in index points'),
	percent: range(0, 100, false, 'a share between 0 and 100'),
	percentage_point: range(-100, 100, false, 'a change between -100 and 100 percentage points'),
	percent_change: range(-100, Infinity, false, 'a change of -100 % or more (nothing falls by more than all of it)'),
	rank: range(1, Infinity, true, 'a rank: a whole number from 1'),
	places: range(-Infinity, Infinity, true, 'a whole number of places'),
	days: range(0, 366, true, 'a whole number of days between 0 and 366'),
	count: range(0, Infinity, true, 'a whole number of 0 or more'),
	ug_m3: range(0, Infinity, false, 'a concentration of 0 or more'),
	mg_m3: range(0, Infinity, false, 'a concentration of 0 or more'),
	mg_l: range(0, Infinity, false, 'a concentration of 0 or more'),
	km2: range(0, Infinity, false, 'an area of 0 or more'),
	m2_per_km: range(0, Infinity, false, 'a density of 0 or more'),
	t: range(0, Infinity, false, 'a mass of 0 or more'),
	t_per_year: range(0, Infinity, false, 'a mass of 0 or more'),
	km: range(0, Infinity, false, 'a length of 0 or more'),
	sightings: range(0, Infinity, true, 'a whole number of 0 or more'),
	animals_seen: range(0, Infinity, true, 'a whole number of 0 or more'),
	years: range(0, Infinity, true, 'a whole number of years, 0 or more'),
	working_days: range(0, Infinity, true, 'a whole number of working days, 0 or more'),
	kwh_10k: range(0, Infinity, false, 'an amount of energy of 0 or more'),
	cny_10k: range(0, Infinity, false, 'a sum of money of 0 or more'),
	m3_10k: range(0, Infinity, false, 'a volume of 0 or more')
};

/** Whether a value written with `decimals` places lies outside a range (or is fractional where only whole numbers make sense). */
export function outside(range: { min: number; max: number; integer: boolean }, value: number, decimals: number): boolean {
	return value < range.min || value > range.max || (range.integer && decimals > 0);
}

/** Units of concentration: their metrics must declare a ceiling (`max` in data/metrics.csv). */
export const CONCENTRATION_UNITS: readonly Unit[] = ['ug_m3', 'mg_m3', 'mg_l'];

/**
 * Plausibility ceiling of a monitored concentration (µg/m³; CO mg/m³): twice the highest concentration
 * of HJ 633-2012 Table 1 for the pollutant, i.e. twice the end of the AQI scale (IAQI 500). Above it an
 * hourly value is flagged suspect by the importer, and a daily or annual value is rejected by the
 * pipeline. SO2 5240, NO2 7680, PM10 1200, PM2.5 1000, CO 300, O3 2400. Project rule (docs/data-checks.md).
 */
export const CEILINGS: Readonly<Record<MonitoredPollutant, number>> = Object.fromEntries(
	(['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3'] as const).map((p) => {
		const columns: readonly (readonly number[])[] = Object.values(BREAKPOINTS_2012[p]);
		return [p, 2 * Math.max(...columns.flatMap((c) => c))];
	})
) as Record<MonitoredPollutant, number>;

/** The unit a monitored pollutant is measured in, for messages. */
export const unitOf = (p: MonitoredPollutant): string => (p === 'CO' ? 'mg/m³' : 'µg/m³');
