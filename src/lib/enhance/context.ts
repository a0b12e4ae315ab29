/**
 * Whether the page being rendered is hydrated. Pages that are not (`csr = false`: the home and domain
 * pages, the embeds, the deck) call `setUnhydrated()` during their initialisation; the few components
 * that differ then render their prerendered-only form (the map without the controls no script works,
 * showing the year drawn as text). Charts never differ: they are always drawn once, on the server,
 * and enhanced by ./charts.ts. `drawingWidth` is the width charts are drawn at (charts/ssrWidth.ts).
 */
import { getContext, setContext } from 'svelte';
import { provideSsrWidth, UNHYDRATED_DRAWING_WIDTH } from '../charts/ssrWidth';

const UNHYDRATED = Symbol('xiamen-unhydrated');

/** Marks the component tree as not hydrated and draws its charts `drawingWidth` wide (default: a phone's column). */
export function setUnhydrated(drawingWidth: number = UNHYDRATED_DRAWING_WIDTH): void {
	setContext(UNHYDRATED, true);
	provideSsrWidth(drawingWidth);
}

/** True inside a page marked with setUnhydrated() (an embed, a domain page, the deck). */
export function isUnhydrated(): boolean {
	return getContext<boolean | undefined>(UNHYDRATED) === true;
}
