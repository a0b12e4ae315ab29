import type { ChartBase, ModelText } from '../../model';

/** One ranked thing (a station) of a `rank-columns` chart. */
export interface RankItem {
	id: string;
	/** Its row header in the table ("27. 隘头潭 (2,448)"). */
	label: ModelText;
	/** Its name under its column when highlighted. */
	name: ModelText;
	/** 1 = the highest value; null: listed in the table, not ranked (not drawn). */
	rank: number | null;
	/** The value in percent; null: none. */
	value: number | null;
	/** Highlighted: the chart's subject (`focus`) or its context (`context`); null: the others. */
	mark: 'focus' | 'context' | null;
}

/**
 * Many things ranked by one share, drawn compactly: one thin column per ranked thing, highest first, on one
 * share axis, the subject and its context highlighted and named; the table lists every thing with its rank.
 */
export interface RankColumnsChartModel extends ChartBase {
	kind: 'rank-columns';
	/** The value's name (the table's column; the axis). */
	valueLabel: ModelText;
	/** Decimals of the values. */
	decimals: number;
	items: RankItem[];
	/** The legend's words for the highlighted groups and the others, and the axis's caption. */
	legend: { focus: ModelText; context: ModelText; other: ModelText; axis: ModelText };
	/** The sentence that says what the chart shows (the builder writes it from the ranking). */
	summaryText: ModelText;
}
