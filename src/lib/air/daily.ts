import type { DailyAir } from '../data/types';

/**
 * Pure aggregations of the daily city values computed from the national network's hourly data
 * (data/derived/air-daily-city.csv). Everything here is "computed from monitoring data", never a
 * published figure; a day without a valid AQI is counted as missing, never as a clean day.
 */

export type AqiLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** One day of a calendar: its AQI and category (null = no valid AQI that day) and primary pollutants. */
export interface CalendarDay {
	date: string;
	aqi: number | null;
	level: AqiLevel | null;
	primary: string[];
}

/** A year's days as calendar days, and the range the data cover in that year (null: no day at all). */
export function yearDays(
	daily: DailyAir[],
	year: number
): { days: CalendarDay[]; from: string; to: string; edition: DailyAir['edition'] } | null {
	const rows = daily.filter((d) => d.date.startsWith(`${year}-`)).sort((a, b) => a.date.localeCompare(b.date));
	if (rows.length === 0) return null;
	const editions = new Set(rows.map((r) => r.edition));
	if (editions.size > 1) throw new Error(`${year} mixes AQI editions ${[...editions].join(', ')}; split the calendar`);
	return {
		days: rows.map((r) => ({ date: r.date, aqi: r.aqi, level: r.level, primary: r.primary })),
		from: rows[0]!.date,
		to: rows[rows.length - 1]!.date,
		edition: rows[0]!.edition
	};
}

/** Whether daily data from `from` to `to` with `dayCount` rows hold every day of `year` (a partial year is never compared with whole ones). */
export function isWholeYear(year: number, from: string, to: string, dayCount: number): boolean {
	const length = new Date(Date.UTC(year, 1, 29)).getUTCDate() === 29 ? 366 : 365;
	return from === `${year}-01-01` && to === `${year}-12-31` && dayCount === length;
}

/** Days per AQI category (levels 1–6) and days without a valid AQI. */
export interface CategoryCounts {
	levels: Record<AqiLevel, number>;
	missing: number;
	total: number;
}

/** Counts days per AQI level; a day with no valid AQI counts as missing. */
export function categoryCounts(days: Pick<CalendarDay, 'level'>[]): CategoryCounts {
	const levels: Record<AqiLevel, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 };
	let missing = 0;
	for (const d of days) {
		if (d.level === null) missing++;
		else levels[d.level]++;
	}
	return { levels, missing, total: days.length };
}

/**
 * The fewest valid days a month needs before a monthly figure is shown: 27, or 25 in February — the
 * per-month minimum GB 3095-2012 §8 sets for an annual mean (STANDARDS.md §8), applied to monthly
 * figures as the project's rule.
 */
export const minValidDays = (month: number): number => (month === 2 ? 25 : 27);

/** One month of a year: days in the data, days with a valid AQI, excellent days and their share. */
export interface MonthlyShare {
	month: number;
	/** Days of this month present in the data (fewer than the month's length for a partial month). */
	days: number;
	validDays: number;
	excellentDays: number;
	/** Excellent days (AQI ≤ 50) as a percentage of valid days; null when the month has too few valid days. */
	share: number | null;
}

/**
 * The share of excellent days (AQI ≤ 50, HJ 633 level 1) in each month of `year` that has data, as a
 * percentage of the month's valid days, rounded to one decimal; null where the month has fewer
 * valid days than `minValidDays` (the month is then shown as a gap with a note, never estimated).
 */
export function monthlyExcellentShare(days: Pick<CalendarDay, 'date' | 'level'>[], year: number): MonthlyShare[] {
	const out: MonthlyShare[] = [];
	for (let month = 1; month <= 12; month++) {
		const prefix = `${year}-${String(month).padStart(2, '0')}-`;
		const inMonth = days.filter((d) => d.date.startsWith(prefix));
		if (inMonth.length === 0) continue;
		const valid = inMonth.filter((d) => d.level !== null);
		const excellent = valid.filter((d) => d.level === 1).length;
		out.push({
			month,
			days: inMonth.length,
			validDays: valid.length,
			excellentDays: excellent,
			share: valid.length >= minValidDays(month) ? Math.round((excellent / valid.length) * 1000) / 10 : null
		});
	}
	return out;
}

/** Pollutant names as the daily data write them (HJ 633 primary pollutants). */
export const PRIMARY_POLLUTANTS = ['O3', 'PM2.5', 'PM10', 'NO2', 'SO2', 'CO'] as const;

/** Days on which each pollutant was (one of) the primary pollutant(s), days with several, and days with none. */
export interface PrimaryCounts {
	byPollutant: Record<(typeof PRIMARY_POLLUTANTS)[number], number>;
	/** Days with two or more joint primary pollutants (counted under each of them). */
	joint: number;
	/** Days with a valid AQI of 50 or less: no primary pollutant (HJ 633-2012 §3.3). */
	none: number;
	/** Days without a valid AQI. */
	missing: number;
}

/**
 * Counts primary pollutants per day (HJ 633-2012 §4.4.2: only when AQI > 50; ties name all). A day
 * with joint primary pollutants counts once under each, so the counts may add up to more than the days.
 */
export function primaryPollutantCounts(days: Pick<CalendarDay, 'aqi' | 'primary'>[]): PrimaryCounts {
	const byPollutant = Object.fromEntries(PRIMARY_POLLUTANTS.map((p) => [p, 0])) as PrimaryCounts['byPollutant'];
	let joint = 0;
	let none = 0;
	let missing = 0;
	for (const d of days) {
		if (d.aqi === null) {
			missing++;
			continue;
		}
		if (d.primary.length === 0) none++;
		if (d.primary.length > 1) joint++;
		for (const p of d.primary) {
			if (!(p in byPollutant)) throw new Error(`Unknown primary pollutant "${p}"`);
			byPollutant[p as keyof PrimaryCounts['byPollutant']]++;
		}
	}
	return { byPollutant, joint, none, missing };
}

/** The years among `years` that have daily data, each with its days and range (see yearDays), in order. */
export function yearsWithDays(daily: DailyAir[], years: readonly number[]) {
	return years.flatMap((year) => {
		const data = yearDays(daily, year);
		return data ? [{ year, data, whole: isWholeYear(year, data.from, data.to, data.days.length) }] : [];
	});
}

/** The sources of a year's daily values, each once. */
export function dailySourceIds(daily: DailyAir[], year: number): string[] {
	return [...new Set(daily.filter((d) => d.date.startsWith(`${year}-`)).map((d) => d.sourceId))];
}
