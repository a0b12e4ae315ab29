/**
 * The charts' behaviour on a page that stays hydrated (the map, the classroom page): `<div
 * use:enhanceCharts>` starts the same modules the unhydrated pages' scripts start (./charts.ts) on
 * the charts inside it, so a chart behaves the same everywhere. `{ tooltips: false }` leaves tooltips
 * to a hydrated component that draws its own (the map's follow its zoom).
 */
import type { Action } from 'svelte/action';
import { startCharts } from './charts';

export const enhanceCharts: Action<HTMLElement, { tooltips?: boolean } | undefined> = (node, options) => {
	const stop = startCharts(node, { tooltips: options?.tooltips ?? true });
	return { destroy: stop };
};
