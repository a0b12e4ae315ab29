/**
 * What a chart frame needs to know when it is inside an embed: where the chart lives on the full
 * site (the "copy link" action points there, not at the embed) and the view to carry along.
 * Set by the embed page; undefined on the dashboard's own pages.
 */
import { getContext, setContext } from 'svelte';
import { setUnhydrated } from '../enhance/context';
import { EMBED_DRAWING_WIDTH } from './drawing';

export interface EmbedContext {
	/** The chart on its dashboard page, with the current view in the query (root-relative). */
	readonly pageHref: string;
	/** The embed builder with this chart and its current options (root-relative). */
	readonly builderHref: string;
}

const KEY = Symbol('xiamen-embed');

/**
 * Marks the component tree as an embed (call in the embed page's script); an embed is not hydrated,
 * its chart drawn `drawingWidth` wide (./drawing.ts).
 */
export function setEmbedContext(context: EmbedContext, drawingWidth: number = EMBED_DRAWING_WIDTH): void {
	setContext(KEY, context);
	setUnhydrated(drawingWidth);
}

/** The embed context, or undefined on ordinary pages. */
export function getEmbedContext(): EmbedContext | undefined {
	return getContext<EmbedContext | undefined>(KEY);
}
