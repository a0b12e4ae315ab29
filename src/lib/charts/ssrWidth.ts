import { getContext, setContext } from 'svelte';

/**
 * The width a chart is drawn at on the server (its SVG has this width's viewBox). A hydrated page
 * redraws it at the real width; a page that is not hydrated (an embed, a domain page: their JavaScript
 * budgets) keeps this drawing, scaled with its aspect ratio to the frame's width. Such a page asks for
 * a phone-sized drawing (`setUnhydrated` in src/lib/enhance/context.ts calls `provideSsrWidth`), so the
 * text reads at about its own size on a phone. Charts call `ssrWidth(theirDefault)`; nothing provided
 * → their default.
 */
const KEY = Symbol('ssr-width');

/**
 * The width charts are drawn at on pages that are not hydrated (embeds, domain pages): a phone's, so
 * their text reads at about its own size where most readers are, and larger in a wide column.
 */
export const UNHYDRATED_DRAWING_WIDTH = 400;

/**
 * The drawing width on the domain pages: a chart's width inside its frame on a 390 px phone (324 px)
 * up to a 412 px one (346 px), so the text there is drawn at about its own size (tests/e2e/domains.test.ts
 * checks the scale on a phone).
 */
export const PAGE_DRAWING_WIDTH = 340;

export function provideSsrWidth(width: number): void {
	setContext(KEY, width);
}

export function ssrWidth(fallback: number): number {
	return getContext<number | undefined>(KEY) ?? fallback;
}
