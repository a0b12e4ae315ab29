/**
 * Hydrates an island (../Island.svelte) in the browser: the component on its prerendered markup, with
 * the props the page wrote beside it. Returns the island's element, or null when the page has none.
 */
import { hydrate, type Component } from 'svelte';
import IslandRoot from './IslandRoot.svelte';
import type { IslandProps } from './json';

export function hydrateIsland<P extends IslandProps>(
	name: string,
	component: Component<P>,
	/** props that are not JSON (functions, snippets), added to the page's */
	extra: Partial<P> = {}
): HTMLElement | null {
	const target = document.querySelector<HTMLElement>(`[data-island="${name}"]`);
	const json = document.querySelector(`script[data-island-props="${name}"]`);
	if (!target || !json) return null;
	const props = { ...(JSON.parse(json.textContent ?? '{}') as P), ...extra };
	hydrate(IslandRoot<P>, { target, props: { component, props } });
	return target;
}

/** Marks the page hydrated once its islands are (browser tests and the benchmark wait for the mark). */
export const markHydrated = () => document.documentElement.setAttribute('data-hydrated', '');
