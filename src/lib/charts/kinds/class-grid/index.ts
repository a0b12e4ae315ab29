import { defineKind } from '../kind';
import ClassGridChart from './ClassGridChart.svelte';
import type { ClassGridChartModel } from './model';
import { classGridFinding, classGridSummary } from './summary';

export type { ClassGridChartModel } from './model';

/** Rows × years, each cell a published class or category, coloured and labelled with it. */
export const classGrid = defineKind<ClassGridChartModel>({
	component: ClassGridChart,
	summary: classGridSummary,
	finding: classGridFinding
});
