import { defineKind } from '../kind';
import LineChart from './LineChart.svelte';
import type { LineChartModel } from './model';
import { lineFinding, lineSummary } from './summary';

export type { LineChartModel, LinePoint, LineSeries, MarkerShape } from './model';

/** Values over the years (or the months of a year): one series per definition, gaps kept. */
export const line = defineKind<LineChartModel>({
	component: LineChart,
	localize: (model, t) => ({
		...model,
		series: model.series.map((s) => ({
			...s,
			label: t(s.label),
			...(s.summaryLabel ? { summaryLabel: t(s.summaryLabel) } : {})
		})),
		references: model.references.map((r) => ({ ...r, label: t(r.label) })),
		annotations: model.annotations.map((a) => ({ ...a, label: t(a.label) })),
		...(model.summary.kind === 'text' ? { summary: { kind: 'text', text: t(model.summary.text) } } : {})
	}),
	summary: lineSummary,
	finding: lineFinding
});
