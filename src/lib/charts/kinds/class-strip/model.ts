import type { ChartBase, ModelText } from '../../model';
import type { StripReading } from './layout';

/** One month (a row) of a `class-strip` chart, for its table and its row's tooltip. */
export interface ClassStripMonth {
	/** YYYY-MM */
	id: string;
	/** The month in words ("2022年8月", "Aug 2022"). */
	label: ModelText;
	/** In the marked season (the flood season, April–September). */
	marked: boolean;
	/** The month's 4-hourly slots (days × 6) and the readings kept in them (the other slots have none). */
	slots: number;
	readings: number;
	/** Readings per class (the class the chart shows, the network's), best class first. */
	counts: number[];
	/** Readings whose class recomputed from their parameters differs from the network's. */
	differs: number;
}

/**
 * The class of every 4-hourly reading of a station, one row per month (days across, the day's six slots side
 * by side) in the GB 3838 class colours, slots without a reading left as gaps, the flood season marked beside
 * its months. Everything in it is computed from instantaneous readings (its notes say so).
 */
export interface ClassStripChartModel extends ChartBase {
	kind: 'class-strip';
	/** The classes, best first: their words; their colours are the class palette's by rank. */
	classes: { id: string; label: ModelText }[];
	/** The rank of the first class counted as "worse" (3: class IV, i.e. worse than III). */
	worseFrom: number;
	/** Every reading kept, in time order, with the rank of the class shown (null: none). */
	readings: StripReading[];
	months: ClassStripMonth[];
	/** The marked season's name ("flood season (Apr–Sep)") and the other's. */
	marked: ModelText;
	unmarked: ModelText;
}
