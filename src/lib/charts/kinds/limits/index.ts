import { defineKind } from '../kind';
import LimitsChart from './LimitsChart.svelte';
import type { LimitsChartModel } from './model';
import { limitsFinding, limitsSummary } from './summary';

export type { LimitsChartModel, LimitRowModel, LimitValue } from './model';

/** A year's pollutants against their GB 3095 limits: bullet bars, the limit marked, every value found. */
export const limits = defineKind<LimitsChartModel>({
	component: LimitsChart,
	summary: limitsSummary,
	finding: limitsFinding
});
