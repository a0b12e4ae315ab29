import { getContext, setContext } from 'svelte';

/**
 * The width a chart is drawn at on the server (its SVG has this width's viewBox). A hydrated page
 * redraws it at the real width; an embed is not hydrated (its JavaScript budget), so it keeps this
 * drawing, scaled with its aspect ratio to the frame's width: the embed page asks for a phone-sized
 * drawing (`provideSsrWidth`), so the text reads at about its own size on a phone and larger in a
 * wide article column. Charts call `ssrWidth(theirDefault)`; nothing provided → their default.
 */
const KEY = Symbol('ssr-width');

export function provideSsrWidth(width: number): void {
	setContext(KEY, width);
}

export function ssrWidth(fallback: number): number {
	return getContext<number | undefined>(KEY) ?? fallback;
}
