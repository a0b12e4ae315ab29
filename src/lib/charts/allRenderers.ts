import type { ChartRenderers } from './renderers';
import TrendChart from './TrendChart.svelte';
import LineKind from './kinds/LineKind.svelte';
import BarKind from './kinds/BarKind.svelte';
import CalendarKind from './kinds/CalendarKind.svelte';
import LimitsKind from './kinds/LimitsKind.svelte';
import MultiplesKind from './kinds/MultiplesKind.svelte';
import ClassGridChart from './ClassGridChart.svelte';
import MultiTrendChart from './MultiTrendChart.svelte';
import ShareBarChart from './ShareBarChart.svelte';

/**
 * Every chart kind but the map, for the views that may show any chart (an embed, the deck). Pages
 * provide only the kinds they render (see renderers.ts), to keep their JavaScript small.
 */
export const ALL_CHART_RENDERERS: ChartRenderers = {
	trend: TrendChart,
	line: LineKind,
	bar: BarKind,
	calendar: CalendarKind,
	limits: LimitsKind,
	multiples: MultiplesKind,
	'class-grid': ClassGridChart,
	'multi-trend': MultiTrendChart,
	'share-bar': ShareBarChart
};
