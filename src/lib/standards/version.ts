import type { Version } from './types';

/** First day on which HJ 633-2026 and GB 3095-2026 apply (STANDARDS.md §0.1–0.2: in force 2026-03-01). */
export const VERSION_2026_FROM = '2026-03-01';

/**
 * Throws RangeError unless `date` is a real calendar date written 'YYYY-MM-DD'; returns it.
 * Used by every date-driven choice so that '2026-02-30' or '2026-3-1' can never pick an edition silently.
 */
export function assertIsoDate(date: string): string {
	const m = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
	if (m) {
		const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
		const t = new Date(Date.UTC(y, mo - 1, d));
		if (t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d) return date;
	}
	throw new RangeError(`expected a date 'YYYY-MM-DD', got ${JSON.stringify(date)}`);
}

/**
 * The HJ 633 / GB 3095 edition in force on `date` ('YYYY-MM-DD').
 * STANDARDS.md §7 project rule "Dates pick the version": before 2026-03-01 → '2012', from 2026-03-01 → '2026'
 * (HJ 633-2026 前言: HJ 633-2012 废止 from its implementation date). Throws RangeError on a malformed date.
 */
export function versionFor(date: string): Version {
	return assertIsoDate(date) < VERSION_2026_FROM ? '2012' : '2026';
}
