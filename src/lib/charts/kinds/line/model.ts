import type { Unit } from '../../../data/types';
import type { ChartBase, ModelText, ValueKind } from '../../model';

/** A marker's shape: each series gets its own, so that series differ by more than colour. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';
export const MARKERS: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];

/** One value of a series. `y` null: no value for that x (a gap: never drawn, never joined across). */
export interface LinePoint {
	x: number;
	y: number | null;
	/** Decimal places to show (as published). */
	decimals: number;
	/** How this value came to be, when it differs from its series' kind (a derived year in a published series). */
	kind?: ValueKind;
	/** Every source the value rests on (a derived value rests on the figures it came from). */
	sourceIds: string[];
}

/**
 * One series: one definition (a metric, a method), never joined to another series. Published values
 * are drawn with filled markers and solid lines, computed ones (and third parties') hollow and
 * dashed; a derived value is a hollow marker, and the line pieces that touch it are dotted.
 */
export interface LineSeries {
	id: string;
	/** Its name in the legend, the table and the tooltip. */
	label: ModelText;
	/** How its values came to be (a point may say otherwise: `LinePoint.kind`). */
	kind: ValueKind;
	marker: MarkerShape;
	/** In x order; y null inside the series' span is a gap (listed in the table, noted). */
	points: LinePoint[];
	/** Values listed in the table only, beside a drawn value of the same x (a derived value where a published one exists). */
	besides?: LinePoint[];
	/** `consecutive` (default): a line between neighbouring x values that both have a value; `none`: markers only. */
	join?: 'consecutive' | 'none';
	/** Where its value labels are tried first (default above). */
	labelSide?: 'above' | 'below';
	/** Its name inside a sentence, for a summary that speaks of each series (default: its label). */
	summaryLabel?: ModelText;
}

/** A labelled point (x, y), a labelled year (x only: a vertical rule) or a labelled range (x to x2). */
export interface AnnotationModel {
	x: number;
	x2?: number;
	y?: number;
	label: ModelText;
}

/**
 * What the summary sentence says: how a series changed (`trend`), a rank over the years (`rank`, 1st is
 * best), where a series peaks and dips (`peak`), the latest value against a limit (`vs-limit`), or how
 * each series changed (`each`, one sentence per series), or the builder's own sentence (`text`).
 */
export type LineSummary =
	| { kind: 'trend' | 'rank' | 'peak'; seriesId: string }
	| { kind: 'vs-limit'; seriesId: string; limit: number }
	| { kind: 'each' }
	/** A sentence the chart's builder wrote from its own model (a message with its parameters). */
	| { kind: 'text'; text: ModelText };

/** Values over years (or the months of a year): one or more series, gaps kept, references and annotations. */
export interface LineChartModel extends ChartBase {
	kind: 'line';
	unit: Unit;
	/** x values are years, months 1–12, or calendar months as year × 12 + month − 1 (text/dates.ts monthIndex). */
	xFormat: 'year' | 'month' | 'year-month';
	series: LineSeries[];
	/** The x axis, when it must span more than the series' values (e.g. every year of a definition's range). */
	xDomain?: [number, number];
	/** Horizontal reference lines (e.g. a GB 3095 limit). */
	references: { y: number; label: ModelText }[];
	annotations: AnnotationModel[];
	/** Small values at the top (ranks: 1st is best). */
	invertY: boolean;
	includeZero: boolean;
	/** Values written beside their markers (where they fit). */
	valueLabels: boolean;
	summary: LineSummary;
}
