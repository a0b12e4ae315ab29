import { defineKind } from '../kind';
import RankColumnsChart from './RankColumnsChart.svelte';
import type { RankColumnsChartModel } from './model';
import { rankColumnsSummary } from './summary';

export type { RankColumnsChartModel, RankItem } from './model';

/** Many things ranked by one share as thin columns, highest first, the subject and its context named. */
export const rankColumns = defineKind<RankColumnsChartModel>({
	component: RankColumnsChart,
	localize: (model, t) => ({
		...model,
		valueLabel: t(model.valueLabel),
		items: model.items.map((i) => ({ ...i, label: t(i.label), name: t(i.name) })),
		legend: {
			focus: t(model.legend.focus),
			context: t(model.legend.context),
			other: t(model.legend.other),
			axis: t(model.legend.axis)
		},
		summaryText: t(model.summaryText)
	}),
	summary: rankColumnsSummary
});
