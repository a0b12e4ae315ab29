/**
 * Times in the surface-water files. Pure module.
 *
 * - `snapshot`: `YYYY-MM-DDTHH:MM`, the time in the original file's name (when the table was saved).
 * - `监测时间`/`时间` (SOURCES.md): `YYYY/M/D H:MM` in the first snapshot, `MM-DD HH:MM` (no year) afterwards.
 *
 * All times are as published: Beijing time, no zone written. Output form: `YYYY-MM-DDTHH:MM`.
 */

/** A time as `YYYY-MM-DDTHH:MM`. */
export type LocalTime = string;

const SNAPSHOT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const WITH_YEAR = /^(\d{4})\/(\d{1,2})\/(\d{1,2}) (\d{1,2}):(\d{2})$/;
const WITHOUT_YEAR = /^(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

function isLeap(y: number): boolean {
	return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
	return m === 2 ? (isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

function local(y: number, mo: number, d: number, h: number, mi: number): LocalTime | null {
	if (y < 2000 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59) return null;
	return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
}

/** A snapshot cell → its time, or null when it is not a real `YYYY-MM-DDTHH:MM`. */
export function parseSnapshot(text: string): LocalTime | null {
	const m = SNAPSHOT.exec(text);
	return m ? local(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!) : null;
}

/** Which way a reading's time was written. */
export type TimeForm = 'with-year' | 'without-year';

/** True when `text` has the shape of a reading time (either form), whether or not it is a real date. */
export function looksLikeTime(text: string): boolean {
	return WITH_YEAR.test(text) || WITHOUT_YEAR.test(text);
}

/** Result of {@link resolveTime}. */
export type Resolved =
	{ ok: true; time: LocalTime; form: TimeForm; previousYear: boolean } | { ok: false; expected: string };

/**
 * The full time of a reading published at `text` in a table saved at `snapshot`.
 *
 * `YYYY/M/D H:MM` carries its year. For `MM-DD HH:MM` the year is the snapshot's, unless that would put the reading
 * after the snapshot — a table saved on 01-01 02:53 shows readings of 12-31 20:00 — in which case it is the year
 * before (project rule: a published reading is never later than the table that shows it; the files' oldest
 * reading is 237 days older than its snapshot, so "within the year before the snapshot" is unambiguous).
 * A reading with its year written must not be later than its snapshot either.
 */
export function resolveTime(text: string, snapshot: LocalTime): Resolved {
	let m = WITH_YEAR.exec(text);
	if (m) {
		const t = local(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!);
		if (!t) return { ok: false, expected: 'a real date and time YYYY/M/D H:MM' };
		if (t > snapshot) return { ok: false, expected: `a time no later than the snapshot ${snapshot}` };
		return { ok: true, time: t, form: 'with-year', previousYear: false };
	}
	m = WITHOUT_YEAR.exec(text);
	if (m) {
		const monthDay = `${m[1]}-${m[2]}T${m[3]}:${m[4]}`;
		const previousYear = monthDay > snapshot.slice(5);
		const year = Number(snapshot.slice(0, 4)) - (previousYear ? 1 : 0);
		const t = local(year, +m[1]!, +m[2]!, +m[3]!, +m[4]!);
		if (!t) return { ok: false, expected: `a real date and time MM-DD HH:MM (in ${year})` };
		return { ok: true, time: t, form: 'without-year', previousYear };
	}
	return { ok: false, expected: 'a time YYYY/M/D H:MM or MM-DD HH:MM, or an empty cell' };
}

/** Minutes from the epoch of a {@link LocalTime} read as UTC (for differences between local times only). */
export function minutes(t: LocalTime): number {
	return Date.UTC(+t.slice(0, 4), +t.slice(5, 7) - 1, +t.slice(8, 10), +t.slice(11, 13), +t.slice(14, 16)) / 60_000;
}

/** The local time `hours` before `t`. */
export function hoursBefore(t: LocalTime, hours: number): LocalTime {
	return new Date((minutes(t) - hours * 60) * 60_000).toISOString().slice(0, 16);
}
