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
const MENUS = Symbol('xiamen-menus');

/** Marks the component tree as not hydrated and draws its charts `drawingWidth` wide (default: a phone's column). */
export function setUnhydrated(drawingWidth: number = UNHYDRATED_DRAWING_WIDTH): void {
	setContext(UNHYDRATED, true);
	setContext(MENUS, new Set<string>());
	provideSsrWidth(drawingWidth);
}

/** The context setUnhydrated() gives a page's download menus, for a test that renders several. */
export const menusContext = (): Map<symbol, Set<string>> => new Map([[MENUS, new Set<string>()]]);

/**
 * Whether this download menu (ChartActions.svelte) is the first of its language on the page: only that
 * one carries the menus' status lines, the others read them from it (./actionsMenu.ts), instead of
 * every chart repeating the same words. True outside a page marked with setUnhydrated().
 */
export function firstMenuOf(locale: string): boolean {
	const written = getContext<Set<string> | undefined>(MENUS);
	if (!written) return true;
	if (written.has(locale)) return false;
	written.add(locale);
	return true;
}

/** True inside a page marked with setUnhydrated() (an embed, a domain page, the deck). */
export function isUnhydrated(): boolean {
	return getContext<boolean | undefined>(UNHYDRATED) === true;
}
