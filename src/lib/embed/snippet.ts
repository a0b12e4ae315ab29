/**
 * The copy-paste code for embedding a chart: an iframe the loader resizes, and the loader script.
 * Pure (the builder passes the site's origin); every value is escaped for an HTML attribute.
 */

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SnippetInput {
	/** The site's origin, e.g. `https://example.org` (empty for root-relative URLs). */
	origin: string;
	/** The embed's path and query, e.g. `/en/embed/air-composite-trend/?theme=dark`. */
	src: string;
	/** The iframe's accessible name (the chart's title). */
	title: string;
	/** Starting height in px (the loader then follows the content). */
	height: number;
	/** A fixed size (slides) instead of full width with auto-height. */
	fixed?: { width: number; height: number };
}

/** The iframe and loader `<script>` to paste into a page. */
export function embedSnippet({ origin, src, title, height, fixed }: SnippetInput): string {
	const url = escapeAttribute(`${origin}${src}`);
	const name = escapeAttribute(title);
	const iframe = fixed
		? `<iframe src="${url}" title="${name}" width="${fixed.width}" height="${fixed.height}" style="border:0" loading="lazy" allow="clipboard-write"></iframe>`
		: `<iframe src="${url}" title="${name}" data-xiamen-embed width="100%" height="${Math.round(height)}" style="border:0;width:100%" loading="lazy" allow="clipboard-write"></iframe>`;
	return fixed ? iframe : `${iframe}\n<script src="${escapeAttribute(origin)}/embed/loader.js" async></script>`;
}
