import { defineKind } from '../kind';
import BarChart from './BarChart.svelte';
import type { BarChartModel } from './model';
import { barSummary } from './summary';

export type { BarChartModel, BarSegmentModel } from './model';

/** Horizontal bars, grouped or stacked to 100% (AQI categories in their official colours). */
export const bar = defineKind<BarChartModel>({
	component: BarChart,
	localize: (model, t) => ({
		...model,
		rows: model.rows.map((r) => ({ ...r, label: t(r.label) })),
		segments: model.segments.map((s) => ({ ...s, label: t(s.label) })),
		...(model.summary.kind === 'text' ? { summary: { kind: 'text', text: t(model.summary.text) } } : {})
	}),
	summary: barSummary
});
