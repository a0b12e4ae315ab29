/**
 * Hydrates an island (../Island.svelte) in the browser: the component on its prerendered markup, with
 * the props the page wrote beside it.
 */
import { hydrate, type Component } from 'svelte';
import IslandRoot from './IslandRoot.svelte';
import type { IslandProps } from './json';

const read = new Map<string, IslandProps | null>();

/** The props the page wrote for the island `name` (parsed once), or null when the page has none. */
export function islandProps<P extends IslandProps>(name: string): P | null {
	if (!read.has(name)) {
		const json = document.querySelector(`script[data-island-props="${name}"]`);
		read.set(name, json ? (JSON.parse(json.textContent ?? '{}') as IslandProps) : null);
	}
	return read.get(name) as P | null;
}

/** Hydrates the island `name`; returns its element, or null when the page has none. */
export function hydrateIsland<P extends IslandProps>(
	name: string,
	component: Component<P>,
	/** props the page did not write (Island's `omit`: e.g. taken from another island's) */
	extra: Partial<P> = {}
): HTMLElement | null {
	const target = document.querySelector<HTMLElement>(`[data-island="${name}"]`);
	const written = islandProps<P>(name);
	if (!target || !written) return null;
	hydrate(IslandRoot<P>, { target, props: { component, props: { ...written, ...extra } } });
	return target;
}

/** Marks the page hydrated once its islands are (browser tests and the benchmark wait for the mark). */
export const markHydrated = () => document.documentElement.setAttribute('data-hydrated', '');
