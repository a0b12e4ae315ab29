/**
 * Where charts live: the embed URL of a chart in each language and the dashboard page it belongs to.
 * Paths are root-relative (the static site does not know the origin it will be served from); the
 * builder and the copy-link action make them absolute with the browser's `location.origin`.
 */
import type { ChartModel } from '../charts/kinds';
import { embedQuery, type EmbedLang, type EmbedOptions } from './options';
import type { ChartOptions } from '../charts/model';

/** The path of a dashboard page (`overview` is the home page). */
export function pagePath(page: ChartModel['page']): string {
	return page === 'overview' ? '/' : `/${page}/`;
}

/** A path in the given language: `/x/` stays for Chinese, becomes `/en/x/` for English. */
export function localePath(path: string, lang: EmbedLang): string {
	return lang === 'en' ? `/en${path}` : path;
}

/** The embed page of a chart in a language: `/embed/<id>/` or `/en/embed/<id>/`. */
export function embedPath(id: string, lang: EmbedLang): string {
	return localePath(`/embed/${encodeURIComponent(id)}/`, lang);
}

/**
 * Charts of one year that are drawn on their year's view of the page (`/air/2022/`), not on the page
 * itself (src/lib/server/airPage.ts): the id names the year.
 */
const YEAR_VIEW_CHARTS: Partial<Record<ChartModel['page'], RegExp>> = {
	air: /^air-(?:pollutants|daily-calendar)-(\d{4})$/
};

/** The page (or the year's view of it) that draws a chart. */
export function chartViewPath(model: Pick<ChartModel, 'id' | 'page'>): string {
	const year = YEAR_VIEW_CHARTS[model.page]?.exec(model.id)?.[1];
	return year ? `${pagePath(model.page)}${year}/` : pagePath(model.page);
}

/** The chart on its dashboard page: the page's path, an optional query (`?year=2023`), the chart's anchor. */
export function chartPagePath(model: Pick<ChartModel, 'id' | 'page' | 'anchor'>, lang: EmbedLang, query = ''): string {
	return `${localePath(chartViewPath(model), lang)}${query}#${encodeURIComponent(model.anchor ?? model.id)}`;
}

/** The embed builder with a chart preselected, and optionally its options (`&theme=dark`). */
export function builderPath(id: string, lang: EmbedLang, query = ''): string {
	const more = query.replace(/^\?/, '');
	return `${localePath('/embed/', lang)}?chart=${encodeURIComponent(id)}${more ? `&${more}` : ''}`;
}

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
