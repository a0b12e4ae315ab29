import { defineKind } from '../kind';
import ClassMonthsChart from './ClassMonthsChart.svelte';
import type { ClassMonthsChartModel } from './model';
import { classMonthsSummary } from './summary';

export type { ClassMonthsChartModel, ClassMonthsColumn } from './model';

/** Water classes' shares period by period, stacked to 100%, a season marked, gaps left as gaps. */
export const classMonths = defineKind<ClassMonthsChartModel>({
	component: ClassMonthsChart,
	localize: (model, t) => ({
		...model,
		classes: model.classes.map((c) => ({ ...c, label: t(c.label) })),
		columns: model.columns.map((c) => ({ ...c, label: t(c.label) })),
		marked: t(model.marked),
		unmarked: t(model.unmarked)
	}),
	summary: classMonthsSummary
});
