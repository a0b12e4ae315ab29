/**
 * Hourly → daily aggregation for one entity-day (the city or one station), and the daily AQI.
 * Pure module.
 *
 * Day and hour convention (STANDARDS.md §8 project rule): a day is the hourly values labelled 0–23 in the
 * file's date. CNEMC labels hour H as the mean of H−1:00…H:00 (SOURCES.md), so label 0 is the hour ending
 * at 00:00 of that date. (CNEMC's own `O3_8h` series restarts at label 1, i.e. CNEMC itself groups labels
 * 1…23 with label 0 of the next date; the project rule deliberately uses 0–23 of the date and computes
 * everything from the hourly values, never from the `*_24h`/`O3_8h` rows.)
 *
 * Rules (STANDARDS.md §8, GB 3095-2012 §8 as commonly applied):
 * - 24-h mean (SO2, NO2, PM10, PM2.5, CO): arithmetic mean of the valid hourly values, only with ≥ 20 of them.
 * - O3 8-h moving mean: mean of the valid hourly values in 8 consecutive labels, only with ≥ 6 of them.
 *   Window convention: the 17 windows lying wholly inside the day, labels [e−7 … e] for e = 7 … 23 — the
 *   same count as HJ 663's "8时至24时" 17 windows, shifted to the 0–23 label day; no window reaches into
 *   another date.
 * - O3 daily max 8-h: maximum over the valid windows, only with ≥ 14 valid windows.
 * - O3 daily max 1-h: maximum of the valid hourly O3 values; the standards give no count rule, the project
 *   applies the 24-h rule (≥ 20 valid hours) so a day with few hours cannot report a low maximum.
 * - Reported daily values are rounded per GB/T 8170 (µg/m³ to integers, CO mg/m³ to 1 decimal), as HJ 633-2026
 *   §4.2.2 prescribes for AQI inputs (STANDARDS.md §2, §7); these rounded values also feed the annual statistics.
 * - Daily AQI: `dailyAqi(…, versionFor(date))` of the standards engine (STANDARDS.md §1.5, §2, §7); the O3 1-h
 *   indicator is passed only under HJ 633-2012 (7 indicators); HJ 633-2026 uses 6.
 */
import { aqiCategory, dailyAqi, versionFor, type Version } from '../../standards/index';
import { roundHalfEven } from '../round';
import { HOURLY_POLLUTANTS, HOURS, slot, type DayBlock } from './types';

/** Minimum valid hourly values for a 24-h mean (STANDARDS.md §8). */
export const MIN_HOURS_24H = 20;
/** Minimum valid hourly values in an 8-h window (STANDARDS.md §8). */
export const MIN_HOURS_8H = 6;
/** Minimum valid 8-h windows for the O3 daily max 8-h (STANDARDS.md §8). */
export const MIN_WINDOWS_8H = 14;
/** Last hour label of the first and last in-day 8-h window (see module doc: 17 windows, ending at 7 … 23). */
export const WINDOW_END_FIRST = 7;
export const WINDOW_END_LAST = 23;
/** Number of in-day 8-h windows. */
export const WINDOWS_PER_DAY = WINDOW_END_LAST - WINDOW_END_FIRST + 1;

/** The five pollutants with a 24-h mean. */
export const MEAN_POLLUTANTS = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO'] as const;
export type MeanPollutant = (typeof MEAN_POLLUTANTS)[number];

/** GB/T 8170 reporting precision: CO (mg/m³) 1 decimal, µg/m³ items integers (STANDARDS.md §7). */
export function decimalsFor(pollutant: string): 0 | 1 {
	return pollutant === 'CO' ? 1 : 0;
}

/** Daily values of one entity-day. Null = not valid under the rules above. */
export interface DailyValues {
	date: string;
	means: Record<MeanPollutant, number | null>;
	/** Valid hourly values per pollutant (O3 included). */
	hours: Record<(typeof HOURLY_POLLUTANTS)[number], number>;
	o3Max1h: number | null;
	o3Max8h: number | null;
	/** Valid 8-h windows of the day (of {@link WINDOWS_PER_DAY}). */
	o3Windows: number;
	aqi: number | null;
	/** HJ 633 category level 1–6, null when there is no AQI. */
	level: number | null;
	primary: string[];
	edition: Version;
}

/** 24-h mean of pollutant index `p` per the ≥ 20-hours rule, unrounded; and the valid-hour count. */
export function dailyMean(block: DayBlock, p: number): { mean: number | null; hours: number } {
	let n = 0;
	let sum = 0;
	for (let h = 0; h < HOURS; h++) {
		const v = block[slot(p, h)] as number;
		if (!Number.isNaN(v)) {
			n++;
			sum += v;
		}
	}
	return { mean: n >= MIN_HOURS_24H ? sum / n : null, hours: n };
}

/**
 * The O3 8-h moving means of the day's 17 in-day windows (index 0 = labels 0–7 … 16 = labels 16–23);
 * null for a window with fewer than 6 valid hours (STANDARDS.md §8).
 */
export function o3Windows(block: DayBlock): (number | null)[] {
	const p = HOURLY_POLLUTANTS.indexOf('O3');
	const out: (number | null)[] = [];
	for (let e = WINDOW_END_FIRST; e <= WINDOW_END_LAST; e++) {
		let n = 0;
		let sum = 0;
		for (let h = e - 7; h <= e; h++) {
			const v = block[slot(p, h)] as number;
			if (!Number.isNaN(v)) {
				n++;
				sum += v;
			}
		}
		out.push(n >= MIN_HOURS_8H ? sum / n : null);
	}
	return out;
}

/** Aggregates one entity-day (rules in the module doc) and computes its daily AQI with the engine. */
export function aggregateDay(date: string, block: DayBlock): DailyValues {
	const means = {} as Record<MeanPollutant, number | null>;
	const hours = {} as Record<(typeof HOURLY_POLLUTANTS)[number], number>;
	for (const pollutant of MEAN_POLLUTANTS) {
		const { mean, hours: n } = dailyMean(block, HOURLY_POLLUTANTS.indexOf(pollutant));
		means[pollutant] = mean === null ? null : roundHalfEven(mean, decimalsFor(pollutant));
		hours[pollutant] = n;
	}
	const o3 = HOURLY_POLLUTANTS.indexOf('O3');
	let o3Hours = 0;
	let max1h = -Infinity;
	for (let h = 0; h < HOURS; h++) {
		const v = block[slot(o3, h)] as number;
		if (!Number.isNaN(v)) {
			o3Hours++;
			if (v > max1h) max1h = v;
		}
	}
	hours.O3 = o3Hours;
	const o3Max1h = o3Hours >= MIN_HOURS_24H ? roundHalfEven(max1h, 0) : null;
	const windows = o3Windows(block).filter((w): w is number => w !== null);
	const o3Max8h = windows.length >= MIN_WINDOWS_8H ? roundHalfEven(Math.max(...windows), 0) : null;

	const edition = versionFor(date);
	const input: Partial<Record<'SO2' | 'NO2' | 'PM10' | 'PM2.5' | 'CO' | 'O3_1h' | 'O3_8h', number>> = {};
	for (const pollutant of MEAN_POLLUTANTS) {
		const v = means[pollutant];
		if (v !== null) input[pollutant] = v;
	}
	if (o3Max1h !== null && edition === '2012') input.O3_1h = o3Max1h;
	if (o3Max8h !== null) input.O3_8h = o3Max8h;
	const result = dailyAqi(input, edition);
	const aqi = result.aqi;
	return {
		date,
		means,
		hours,
		o3Max1h,
		o3Max8h,
		o3Windows: windows.length,
		aqi,
		level: aqi === null ? null : aqiCategory(aqi).level,
		primary: [...result.primary],
		edition
	};
}
