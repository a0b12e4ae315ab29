/**
 * Small, pure parsers for state read from a URL (query string or hash): a chart's year, a pollutant,
 * a date, a flag, a station id. Whatever a URL holds — markup, `__proto__`, a 10 000-character string,
 * an RTL mark, a number out of range, a value that is not even a string — each parser returns either
 * one of the allowed values or the caller's fallback. They never throw, never echo the input back
 * (the result is always the allowed value itself, not the input string), and never look values up on
 * plain objects (so `__proto__`/`constructor` cannot reach a prototype).
 *
 * Use them for every value read from `url.searchParams`/`location.hash` before it reaches a component:
 *
 *     const year = parseYear(params.get('year'), availableYears, latestYear);
 *     const pollutant = parseEnum(params.get('p'), ['PM2.5', 'O3'] as const, 'PM2.5');
 */

/** Longer inputs are rejected before any work: no allowed value is this long. */
export const MAX_PARAM_LENGTH = 200;

/** The input as a trimmed string, or null when it is not a string or is too long to be a value. */
function text(value: unknown): string | null {
	if (typeof value !== 'string' || value.length > MAX_PARAM_LENGTH) return null;
	return value.trim();
}

/** One of `allowed` (exact, case-sensitive match after trimming), else `fallback`. */
export function parseEnum<const T extends string, F = T>(value: unknown, allowed: readonly T[], fallback: F): T | F {
	const s = text(value);
	if (s === null) return fallback;
	const index = allowed.indexOf(s as T);
	return index === -1 ? fallback : allowed[index]!;
}

/** A four-digit year that is in `allowedYears`, else `fallback`. Accepts a string or a whole number. */
export function parseYear<F = number>(value: unknown, allowedYears: readonly number[], fallback: F): number | F {
	const s = typeof value === 'number' ? String(value) : text(value);
	if (s === null || !/^\d{4}$/.test(s)) return fallback;
	const year = Number(s);
	return allowedYears.includes(year) ? year : fallback;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (no 2023-02-29, no month 13). */
export function isIsoDate(s: string): boolean {
	const m = ISO_DATE.exec(s);
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (month < 1 || month > 12 || day < 1) return false;
	const days = [
		31,
		year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
		31,
		30,
		31,
		30,
		31,
		31,
		30,
		31,
		30,
		31
	];
	return day <= days[month - 1]!;
}

/**
 * A real date `YYYY-MM-DD` with `min <= date <= max` (both inclusive, both YYYY-MM-DD), else `fallback`.
 * Returned as a new string in canonical form, never the input object.
 */
export function parseDate<F = string>(value: unknown, min: string, max: string, fallback: F): string | F {
	const s = text(value);
	if (s === null || !isIsoDate(s) || s < min || s > max) return fallback;
	return `${s.slice(0, 4)}-${s.slice(5, 7)}-${s.slice(8, 10)}`;
}

const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];

/**
 * `1/true/yes/on` → true, `0/false/no/off` → false (any case), anything else (including an empty
 * value, `?flag`) → `fallback`.
 */
export function parseBoolean<F = boolean>(value: unknown, fallback: F): boolean | F {
	if (typeof value === 'boolean') return value;
	const s = text(value)?.toLowerCase();
	if (s === undefined) return fallback;
	if (TRUE.includes(s)) return true;
	if (FALSE.includes(s)) return false;
	return fallback;
}

/**
 * One of `knownIds` (exact match after trimming), else `fallback`. Takes an array or a Set — never a
 * plain object, whose keys would include `__proto__` and `constructor`.
 */
export function parseId<const T extends string, F = T>(
	value: unknown,
	knownIds: readonly T[] | ReadonlySet<T>,
	fallback: F
): T | F {
	const s = text(value);
	if (s === null || s === '') return fallback;
	if (Array.isArray(knownIds)) {
		const index = (knownIds as readonly T[]).indexOf(s as T);
		return index === -1 ? fallback : (knownIds as readonly T[])[index]!;
	}
	const set = knownIds as ReadonlySet<T>;
	if (!set.has(s as T)) return fallback;
	for (const id of set) if (id === s) return id;
	return fallback;
}

/**
 * The key/value pairs of a URL hash (`#year=2023&p=O3`) as URLSearchParams; a hash that is not in
 * that form yields no pairs. Never throws (malformed %-escapes are left as they are).
 */
export function hashParams(hash: unknown): URLSearchParams {
	if (typeof hash !== 'string' || hash.length > 4 * MAX_PARAM_LENGTH) return new URLSearchParams();
	return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
}
