/**
 * The year a page shows, kept in the URL query (`?year=2023`) so that a view can be shared and
 * restored. Anything that is not one of the years on offer falls back to the default, silently:
 * a stale or mistyped link still opens the page.
 */
export function yearFromQuery(search: string, years: readonly number[], fallback: number): number {
	const raw = new URLSearchParams(search).get('year');
	if (raw === null || !/^\d{4}$/.test(raw.trim())) return fallback;
	const year = Number(raw.trim());
	return years.includes(year) ? year : fallback;
}

/** The year a selector with its own `years` shows when the page's year is `year`. */
export function yearOrDefault(year: number, years: readonly number[], fallback: number): number {
	return years.includes(year) ? year : fallback;
}
