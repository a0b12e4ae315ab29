import { defineKind } from '../kind';
import ClassStripChart from './ClassStripChart.svelte';
import type { ClassStripChartModel } from './model';
import { classStripSummary } from './summary';

export type { ClassStripChartModel, ClassStripMonth } from './model';

/** The class of every reading, one strip per month in the GB 3838 class colours, gaps left as gaps. */
export const classStrip = defineKind<ClassStripChartModel>({
	component: ClassStripChart,
	localize: (model, t) => ({
		...model,
		classes: model.classes.map((c) => ({ ...c, label: t(c.label) })),
		months: model.months.map((mo) => ({ ...mo, label: t(mo.label) })),
		marked: t(model.marked),
		unmarked: t(model.unmarked)
	}),
	summary: classStripSummary
});
