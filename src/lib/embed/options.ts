/**
 * Embed options from the query string, validated. Pure and total: every input (missing, malformed,
 * hostile — markup, 10,000-character strings, odd Unicode, out-of-range numbers) gives a value from the
 * allowed sets; unknown or bad values fall back to the defaults. Nothing here ever throws, and
 * nothing a reader puts in the URL is ever echoed into markup: only allowed values come out.
 *
 *   lang=zh|en           the embed's language (a different one redirects to that language's embed URL)
 *   theme=light|dark|auto   colours; `auto` follows the reader's prefers-color-scheme
 *   plain=1              no title block (for slides)
 *   year=, station=, layer=   only where the chart declares them (ChartModel.options)
 *   childId=             set by Pym.js parents; the embed then also speaks Pym's height protocol
 *
 * The small parsers at the bottom have the shapes of the shared ones in src/lib/url/params.ts
 * (parseEnum, parseYear, parseBoolean, parseId) so they can be swapped for those when both exist.
 */
import type { ChartOptions, ChartView } from '../charts/model';

export const EMBED_LANGS = ['zh', 'en'] as const;
export type EmbedLang = (typeof EMBED_LANGS)[number];

export const EMBED_THEMES = ['light', 'dark', 'auto', 'contrast'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The options an embed runs with. */
export interface EmbedOptions {
	/** The language asked for, or null when the URL does not ask (the page's own language applies). */
	lang: EmbedLang | null;
	theme: EmbedTheme;
	plain: boolean;
	/** The chart's view: one value for each option the chart declares, defaults where not asked. */
	view: ChartView;
	/** Pym.js child id (letters, digits, `-_.:`, at most 64), or null. */
	childId: string | null;
}

export const DEFAULT_THEME: EmbedTheme = 'light';

/** Reads one query parameter; `URLSearchParams`, a plain record or a function all work. */
export type ParamSource = URLSearchParams | Record<string, string | null | undefined> | ((name: string) => unknown);

function read(source: ParamSource, name: string): unknown {
	try {
		if (typeof source === 'function') return source(name);
		if (source instanceof URLSearchParams) return source.get(name);
		return Object.prototype.hasOwnProperty.call(source, name) ? source[name] : null;
	} catch {
		return null;
	}
}

/** The default view of a chart: each declared option's default. */
export function defaultView(options: ChartOptions | undefined): ChartView {
	const view: ChartView = {};
	if (options?.year) view.year = options.year.default;
	if (options?.station) view.station = options.station.default;
	if (options?.layer) view.layer = options.layer.default;
	return view;
}

/** The chart's view from the query: each declared option validated against its values. */
export function parseView(source: ParamSource, options: ChartOptions | undefined): ChartView {
	const view: ChartView = {};
	if (options?.year) view.year = parseYear(read(source, 'year'), options.year.values, options.year.default);
	if (options?.station)
		view.station = parseId(read(source, 'station'), options.station.values, options.station.default);
	if (options?.layer) view.layer = parseId(read(source, 'layer'), options.layer.values, options.layer.default);
	return view;
}

/** Parses every embed option; see the module comment. Never throws. */
export function parseEmbedOptions(source: ParamSource, options?: ChartOptions): EmbedOptions {
	const plainRaw = read(source, 'plain');
	return {
		lang: parseEnum(read(source, 'lang'), EMBED_LANGS, null),
		theme: parseEnum(read(source, 'theme'), EMBED_THEMES, DEFAULT_THEME),
		// `?plain` alone means yes.
		plain: parseBoolean(plainRaw === '' ? '1' : plainRaw, false),
		view: parseView(source, options),
		childId: parsePymChildId(read(source, 'childId'))
	};
}

/**
 * The query string for a set of options, with only what differs from the defaults (so the shortest
 * URL for every choice). `lang` is left out: the language is in the path (/en/embed/…). Parsing the
 * result gives the same options back.
 */
export function embedQuery(
	options: Partial<Pick<EmbedOptions, 'theme' | 'plain' | 'view'>>,
	chartOptions?: ChartOptions
): string {
	const params = new URLSearchParams();
	const defaults = defaultView(chartOptions);
	const view = options.view ?? {};
	if (chartOptions?.year && view.year !== undefined && view.year !== defaults.year)
		params.set('year', String(view.year));
	if (chartOptions?.station && view.station !== undefined && view.station !== defaults.station)
		params.set('station', view.station);
	if (chartOptions?.layer && view.layer !== undefined && view.layer !== defaults.layer) params.set('layer', view.layer);
	if (options.theme && options.theme !== DEFAULT_THEME) params.set('theme', options.theme);
	if (options.plain) params.set('plain', '1');
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** A Pym child id as Pym passes it (`?childId=<parent element id>`), or null if absent or unsafe. */
export function parsePymChildId(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	// Pym joins messages with "xPYMx": an id containing it would forge a message field.
	if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/.test(value) || value.includes('xPYMx')) return null;
	return value;
}

// ---- Small parsers with the shapes of src/lib/url/params.ts (swap for those at merge). ----

/** `value` if it is one of `allowed` (exactly), else `fallback`. */
export function parseEnum<T extends string, F>(value: unknown, allowed: readonly T[], fallback: F): T | F {
	return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A four-digit year that is one of `allowedYears`, else `fallback`. */
export function parseYear<F>(value: unknown, allowedYears: readonly number[], fallback: F): number | F {
	if (typeof value !== 'string' || !/^\d{4}$/.test(value)) return fallback;
	const year = Number(value);
	return allowedYears.includes(year) ? year : fallback;
}

/** 1/true/yes/on → true, 0/false/no/off → false (any case), anything else → `fallback`. */
export function parseBoolean(value: unknown, fallback: boolean): boolean {
	if (typeof value !== 'string' || value.length > 5) return fallback;
	const v = value.toLowerCase();
	if (['1', 'true', 'yes', 'on'].includes(v)) return true;
	if (['0', 'false', 'no', 'off'].includes(v)) return false;
	return fallback;
}

/** `value` if it is one of `knownIds` (exactly), else `fallback`. */
export function parseId<F>(value: unknown, knownIds: readonly string[], fallback: F): string | F {
	return typeof value === 'string' && knownIds.includes(value) ? value : fallback;
}
