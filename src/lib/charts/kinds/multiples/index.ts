import { defineKind } from '../kind';
import MultiplesChart from './MultiplesChart.svelte';
import type { MultiplesChartModel } from './model';
import { multiplesSummary } from './summary';

export type { MultiplesChartModel } from './model';

/** Small multiples: one small bar panel per measure, the same items (stations) in each. */
export const multiples = defineKind<MultiplesChartModel>({
	component: MultiplesChart,
	localize: (model, t) => ({
		...model,
		items: model.items.map((i) => ({ ...i, label: t(i.label) })),
		panels: model.panels.map((p) => ({
			...p,
			label: t(p.label),
			reference: p.reference ? { ...p.reference, label: t(p.reference.label) } : null
		})),
		summary: { ...model.summary, itemsWord: t(model.summary.itemsWord) }
	}),
	summary: multiplesSummary
});
