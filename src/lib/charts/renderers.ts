import { getContext, setContext, type Component } from 'svelte';
import type { Locale } from '../text/format';
import type { MapChartModel } from './model';

/**
 * Chart kinds whose component a page provides, so that Chart.svelte renders them without every
 * page that shows a chart also carrying their code: the map (XiamenMap and its layers, its
 * messages; ≈ 25 KB gzip) is only in the pages that call `provideChartRenderers({ map: MapChart })`.
 */
export interface ChartRenderers {
	map?: Component<{ model: MapChartModel; locale: Locale; headingLevel?: 2 | 3 }>;
}

const KEY = Symbol('chart-renderers');

/** Makes renderers available to every Chart below the calling component (call during its initialisation). */
export function provideChartRenderers(renderers: ChartRenderers): void {
	setContext(KEY, { ...getContext<ChartRenderers | undefined>(KEY), ...renderers });
}

/** The renderers provided above the calling component (none when nothing was provided). */
export function chartRenderers(): ChartRenderers {
	return getContext<ChartRenderers | undefined>(KEY) ?? {};
}
