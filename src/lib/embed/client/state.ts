/**
 * The embed's options as they apply to its page (pure; used by the embed's scripts, tested in
 * tests/unit/embed/client.test.ts): the redirect to the other language, and the addresses the page's
 * links get once the reader's view is known.
 */
import type { ChartOptions } from '../../charts/model';
import { embedQuery, type EmbedLang, type EmbedOptions } from '../options';

/** The page's language from `<html lang>` ('zh-CN' or 'en'). */
export function pageLang(htmlLang: string): EmbedLang {
	return htmlLang.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** The same embed in another language: `/embed/x/` ↔ `/en/embed/x/`, other parameters kept, `lang` dropped. */
export function languageUrl(pathname: string, search: string, hash: string, lang: EmbedLang): string {
	const bare = pathname.startsWith('/en/') ? pathname.slice(3) : pathname;
	const path = lang === 'en' ? `/en${bare}` : bare;
	const params = new URLSearchParams(search);
	params.delete('lang');
	const rest = params.toString();
	return `${path}${rest ? `?${rest}` : ''}${hash}`;
}

/**
 * Adds a query (`?a=1&b=2`, or '') to an address that may already have one and may end in a hash:
 * `/en/#chart` + `?year=2023` → `/en/?year=2023#chart`; `/embed/?chart=x` + `?theme=dark` →
 * `/embed/?chart=x&theme=dark`.
 */
export function addQuery(href: string, query: string): string {
	const more = query.replace(/^\?/, '');
	if (!more) return href;
	const at = href.indexOf('#');
	const [base, hash] = at === -1 ? [href, ''] : [href.slice(0, at), href.slice(at)];
	return `${base}${base.includes('?') ? '&' : '?'}${more}${hash}`;
}

/** The addresses the embed's links take for the reader's options. */
export function embedLinks(
	options: Pick<EmbedOptions, 'theme' | 'plain' | 'view'>,
	chartOptions: ChartOptions | undefined,
	hrefs: { page: string; builder: string }
): { page: string; builder: string } {
	return {
		page: addQuery(hrefs.page, embedQuery({ view: options.view }, chartOptions)),
		builder: addQuery(
			hrefs.builder,
			embedQuery({ theme: options.theme, plain: options.plain, view: options.view }, chartOptions)
		)
	};
}

/** JSON from an attribute the page wrote, or `fallback` when it is missing or not what was expected. */
export function readJson<T>(text: string | null | undefined, fallback: T, valid: (value: unknown) => boolean): T {
	if (!text) return fallback;
	try {
		const value: unknown = JSON.parse(text);
		return valid(value) ? (value as T) : fallback;
	} catch {
		return fallback;
	}
}

/** A plain object (not an array, not null). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{name}` placeholders in a message filled in (`export_done` with `{file}`); unknown names stay. */
export function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		Object.prototype.hasOwnProperty.call(values, name) ? values[name]! : whole
	);
}
