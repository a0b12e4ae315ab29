import type { ChartBase, ModelText } from '../../model';

/** One period (a month) of a `class-months` chart. */
export interface ClassMonthsColumn {
	/** YYYY-MM */
	id: string;
	/** The month in words ("2022年8月", "Aug 2022"). */
	label: ModelText;
	/** The axis tick (the month's number) and the year it belongs to. */
	tick: string;
	year: string;
	/** In the marked season (the flood season, April–September). */
	marked: boolean;
	/** Readings kept; null: no reading at all (a gap, drawn as a gap, never filled). */
	readings: number | null;
	/** Fewer readings than the model's `thinBelow`: the shares rest on a few days. */
	thin: boolean;
	/** Readings per class, best class first, of the class the chart shows (the network's); null for a gap. */
	counts: number[] | null;
	/** The same readings' classes recomputed from their parameters (shown beside in the table); null for a gap. */
	computedCounts: number[] | null;
}

/**
 * The share of readings in each water class, period by period, stacked to 100% in the GB 3838 class colours
 * (worst at the bottom), with a season marked behind the columns and periods without readings left as gaps.
 * Everything in it is computed from instantaneous readings (its notes say so).
 */
export interface ClassMonthsChartModel extends ChartBase {
	kind: 'class-months';
	/** The classes, best first: their words; their colours are the class palette's by rank. */
	classes: { id: string; label: ModelText }[];
	/** The rank of the first class counted as "worse" (3: class IV, i.e. worse than III). */
	worseFrom: number;
	/** The threshold of a thin period (readings), for the legend. */
	thinBelow: number;
	columns: ClassMonthsColumn[];
	/** The marked and the other season's names ("flood season (Apr–Sep)", "dry season (Oct–Mar)"). */
	marked: ModelText;
	unmarked: ModelText;
	/** Readings worse than `worseFrom` and readings with a class, per season, over all periods. */
	totals: { marked: { worse: number; classified: number }; unmarked: { worse: number; classified: number } };
}
