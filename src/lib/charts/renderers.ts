import { getContext, setContext, type Component, type ComponentProps } from 'svelte';
import type { Locale } from '../text/format';
import type { MapChartModel } from './model';
import type TrendChart from './TrendChart.svelte';
import type LineKind from './kinds/LineKind.svelte';
import type BarKind from './kinds/BarKind.svelte';
import type CalendarKind from './kinds/CalendarKind.svelte';
import type LimitsKind from './kinds/LimitsKind.svelte';
import type MultiplesKind from './kinds/MultiplesKind.svelte';
import type ClassGridChart from './ClassGridChart.svelte';
import type MultiTrendChart from './MultiTrendChart.svelte';
import type ShareBarChart from './ShareBarChart.svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component type (ComponentProps' own constraint)
type Renderer<C extends Component<any>> = Component<ComponentProps<C>>;

/**
 * The component of each chart kind, as the page provides them: Chart.svelte imports none, so a page
 * carries the code of the kinds it renders and no other (the map alone — XiamenMap, its layers and
 * messages — is ≈ 25 KB gzip). A page calls `provideChartRenderers({ trend: TrendChart, … })` during
 * its initialisation; a chart whose kind was not provided fails the prerender naming the chart and the kind.
 */
export interface ChartRenderers {
	trend?: Renderer<typeof TrendChart>;
	map?: Component<{ model: MapChartModel; locale: Locale; headingLevel?: 2 | 3 }>;
	line?: Renderer<typeof LineKind>;
	bar?: Renderer<typeof BarKind>;
	calendar?: Renderer<typeof CalendarKind>;
	limits?: Renderer<typeof LimitsKind>;
	multiples?: Renderer<typeof MultiplesKind>;
	'class-grid'?: Renderer<typeof ClassGridChart>;
	'multi-trend'?: Renderer<typeof MultiTrendChart>;
	'share-bar'?: Renderer<typeof ShareBarChart>;
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
