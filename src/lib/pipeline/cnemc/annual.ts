/**
 * Annual statistics of the city's daily values and the composite index. Pure module.
 *
 * Statistics (STANDARDS.md §4.1, §4.2; HJ 663): SO2, NO2, PM10, PM2.5 = mean of the valid daily means;
 * CO = 95th percentile of the valid daily means; O3 = 90th percentile of the valid daily max 8-h means;
 * percentiles by the engine's HJ 663 rank formula.
 * Validity (STANDARDS.md §8): a statistic exists only when its pollutant has ≥ 324 valid daily values in the
 * year AND ≥ 27 in every month (≥ 25 in February, leap years included) — applied per pollutant, because each
 * pollutant has its own valid days. A statistic that fails is EMPTY (null), never a number.
 * Rounding (STANDARDS.md §4.4 / §7, GB/T 8170): the composite index is `compositeIndex` of the engine over the
 * UNROUNDED statistics (sum of C_i/S_i at full precision, rounded once to 2 decimals, §7: its inputs are not
 * pre-rounded); it exists only when all six statistics exist. The statistics are rounded (µg/m³ to integers,
 * CO mg/m³ to 1 decimal, half to even) only for display, as the standard prescribes for reported values.
 * Rounding them first would move the index: 2023 gives 2.60 from rounded statistics, 2.61 (the published
 * figure) from unrounded ones.
 */
import { ANNUAL_STATS, decimalsOf, type AnnualStat, type DailyAir } from '../../data/schema/air';
import { compositeIndex, percentile } from '../../standards/index';
import { roundHalfEven } from '../round';

export { ANNUAL_STATS, type AnnualStat };

/** What the annual statistics read of a day: its date and its (rounded, GB/T 8170) daily values. */
export type AnnualInput = Pick<DailyAir, 'date' | 'values'>;

/** Minimum valid days per year (STANDARDS.md §8). */
export const MIN_DAYS_YEAR = 324;
/** Minimum valid days per month, February excepted (STANDARDS.md §8). */
export const MIN_DAYS_MONTH = 27;
/** Minimum valid days in February (STANDARDS.md §8). */
export const MIN_DAYS_FEBRUARY = 25;

/** Validity of one pollutant's daily series in one year. */
export interface SeriesValidity {
	validDays: number;
	/** Valid days per month, January first. */
	perMonth: number[];
	/** Months (1–12) below the monthly minimum. */
	failingMonths: number[];
	valid: boolean;
}

/** One year's statistics: `unrounded` feed the composite index; `rounded` are what the CSV shows. */
export interface AnnualResult {
	year: number;
	/** Days present in the data for the year (any value). */
	daysPresent: number;
	validity: Record<AnnualStat, SeriesValidity>;
	unrounded: Record<AnnualStat, number | null>;
	rounded: Record<AnnualStat, number | null>;
	/** Minimum of the six per-pollutant valid-day counts: the number of days the weakest statistic rests on. */
	validDays: number;
	compositeIndex: number | null;
}

/**
 * Validity of a series of valid daily values, given their ISO dates (STANDARDS.md §8: ≥ 324 days in the year,
 * ≥ 27 in each month, ≥ 25 in February).
 */
export function seriesValidity(dates: readonly string[]): SeriesValidity {
	const perMonth = new Array<number>(12).fill(0);
	for (const d of dates) {
		const m = Number(d.slice(5, 7));
		perMonth[m - 1] = (perMonth[m - 1] ?? 0) + 1;
	}
	const failingMonths: number[] = [];
	perMonth.forEach((n, i) => {
		if (n < (i === 1 ? MIN_DAYS_FEBRUARY : MIN_DAYS_MONTH)) failingMonths.push(i + 1);
	});
	return {
		validDays: dates.length,
		perMonth,
		failingMonths,
		valid: dates.length >= MIN_DAYS_YEAR && failingMonths.length === 0
	};
}

/** Decimal places of an annual statistic: CO 1, others 0 (STANDARDS.md §4.4). */
export function annualDecimals(stat: AnnualStat): 0 | 1 {
	return decimalsOf(stat);
}

/** The daily value an annual statistic is computed from. */
function pick(day: AnnualInput, stat: AnnualStat): number | null {
	switch (stat) {
		case 'CO_p95':
			return day.values.CO;
		case 'O3_8h_p90':
			return day.values.O3_8h_max;
		default:
			return day.values[stat];
	}
}

/** Annual statistics of one year's daily values (rules in the module doc). Days of other years are an error. */
export function annualStatistics(year: number, days: readonly AnnualInput[]): AnnualResult {
	const validity = {} as Record<AnnualStat, SeriesValidity>;
	const unrounded = {} as Record<AnnualStat, number | null>;
	const rounded = {} as Record<AnnualStat, number | null>;
	for (const d of days) {
		if (Number(d.date.slice(0, 4)) !== year) throw new RangeError(`day ${d.date} is not in ${year}`);
	}
	for (const stat of ANNUAL_STATS) {
		const valid = days.filter((d) => pick(d, stat) !== null);
		const values = valid.map((d) => pick(d, stat) as number);
		const v = seriesValidity(valid.map((d) => d.date));
		validity[stat] = v;
		let value: number | null = null;
		if (v.valid) {
			if (stat === 'CO_p95') value = percentile(values, 95);
			else if (stat === 'O3_8h_p90') value = percentile(values, 90);
			else value = values.reduce((a, b) => a + b, 0) / values.length;
		}
		unrounded[stat] = value;
		rounded[stat] = value === null ? null : roundHalfEven(value, annualDecimals(stat));
	}
	const all = ANNUAL_STATS.every((s) => unrounded[s] !== null);
	const ci = all
		? compositeIndex({
				SO2: unrounded.SO2 as number,
				NO2: unrounded.NO2 as number,
				PM10: unrounded.PM10 as number,
				'PM2.5': unrounded.PM2_5 as number,
				CO: unrounded.CO_p95 as number,
				O3: unrounded.O3_8h_p90 as number
			})
		: null;
	return {
		year,
		daysPresent: days.length,
		validity,
		unrounded,
		rounded,
		validDays: Math.min(...ANNUAL_STATS.map((s) => validity[s].validDays)),
		compositeIndex: ci
	};
}
