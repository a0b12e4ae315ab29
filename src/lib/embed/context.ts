/**
 * What a chart frame needs to know when it is inside an embed: where the chart lives on the full
 * site (the "copy link" action points there, not at the embed) and the view to carry along.
 * Set by the embed page; undefined on the dashboard's own pages.
 */
import { getContext, setContext } from 'svelte';
import { provideSsrWidth, UNHYDRATED_DRAWING_WIDTH } from '../charts/ssrWidth';

export interface EmbedContext {
	/** The chart on its dashboard page, with the current view in the query (root-relative). */
	readonly pageHref: string;
	/** The embed builder with this chart and its current options (root-relative). */
	readonly builderHref: string;
}

const KEY = Symbol('xiamen-embed');

/** Marks the component tree as an embed (call in the embed page's script); an embed is not hydrated. */
export function setEmbedContext(context: EmbedContext): void {
	setContext(KEY, context);
	setUnhydrated();
}

/** The embed context, or undefined on ordinary pages. */
export function getEmbedContext(): EmbedContext | undefined {
	return getContext<EmbedContext | undefined>(KEY);
}

const UNHYDRATED = Symbol('xiamen-unhydrated');

/**
 * Marks the component tree as not hydrated (`csr = false`: the embeds and the domain pages). Components
 * then render their prerendered-only form, the one the page's small script (src/lib/embed/client/)
 * enhances: the actions menu hidden until that script shows it, the map without controls it cannot
 * work, calendar cells that carry their tooltips; charts are drawn once, at `drawingWidth` (a phone's
 * column: 400 px by default, as in an article), and scale with their proportions (ssrWidth.ts).
 * setEmbedContext calls it for an embed.
 */
export function setUnhydrated(drawingWidth: number = UNHYDRATED_DRAWING_WIDTH): void {
	setContext(UNHYDRATED, true);
	provideSsrWidth(drawingWidth);
}

/** True inside an embed or a page marked with setUnhydrated(). */
export function isUnhydrated(): boolean {
	return getContext<boolean | undefined>(UNHYDRATED) === true;
}
