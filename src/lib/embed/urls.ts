/**
 * Where charts live: the embed URL of a chart in each language and the dashboard page it belongs to.
 * Paths are root-relative (the static site does not know the origin it will be served from); the
 * builder and the copy-link action make them absolute with the browser's `location.origin`.
 */
import type { ChartModel } from '../charts/model';
import type { EmbedLang } from './options';

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

/** The chart on its dashboard page: the page's path, an optional query (`?year=2023`), the chart's anchor. */
export function chartPagePath(model: Pick<ChartModel, 'id' | 'page'>, lang: EmbedLang, query = ''): string {
	return `${localePath(pagePath(model.page), lang)}${query}#${encodeURIComponent(model.id)}`;
}

/** The embed builder with a chart preselected, and optionally its options (`&theme=dark`). */
export function builderPath(id: string, lang: EmbedLang, query = ''): string {
	const more = query.replace(/^\?/, '');
	return `${localePath('/embed/', lang)}?chart=${encodeURIComponent(id)}${more ? `&${more}` : ''}`;
}
