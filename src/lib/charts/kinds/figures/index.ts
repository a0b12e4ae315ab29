import { defineKind } from '../kind';
import FiguresChart from './FiguresChart.svelte';
import type { FiguresChartModel } from './model';
import { figuresSummary } from './summary';

export type { FiguresChartModel } from './model';

/** Figures that read better as numbers, as tiles (a part of the year's work: src/lib/work/parts.ts). */
export const figures = defineKind<FiguresChartModel>({
	component: FiguresChart,
	summary: figuresSummary,
	// The frame's name: "2024年工作 · 大气环境" / "Work in 2024 · Air", with the part when there are several.
	localize: (model, t) => ({ ...model, text: { ...model.text, title: t(model.part.name) } })
});
