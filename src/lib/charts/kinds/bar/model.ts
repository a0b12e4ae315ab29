import type { Unit } from '../../../data/types';
import type { ChartBase, ModelText, ValueKind } from '../../model';

/** A segment (one bar of a group, or one slice of a stacked bar): its colour comes from its kind. */
export interface BarSegmentModel {
	id: string;
	label: ModelText;
	kind: ValueKind;
	/** AQI level → the HJ 633 Table A.1 colour; `missing` → hatched; else the series palette by index. */
	colour: { aqiLevel: 1 | 2 | 3 | 4 | 5 | 6 } | { missing: true } | { series: number };
}

/** Horizontal bars: one row per category, grouped bars per segment, or segments stacked to 100%. */
export interface BarChartModel extends ChartBase {
	kind: 'bar';
	mode: 'grouped' | 'stacked100';
	unit: Unit;
	/** A count's measure word as the source writes it (件, 项); default 个 (format.ts). */
	measure?: string;
	decimals: number;
	rows: { id: string; label: ModelText }[];
	segments: BarSegmentModel[];
	/** values[row][segment]; null = no figure (drawn as a gap, never as zero). */
	values: (number | null)[][];
	/**
	 * What the summary says: the row with the most of one segment, one row's largest shares, or a sentence the
	 * chart's builder wrote from its own model (`text`: a message with its parameters, e.g. a station's rank).
	 */
	summary: { kind: 'top'; segmentId: string } | { kind: 'shares'; rowId: string } | { kind: 'text'; text: ModelText };
	/** Tighter rows (a long list, e.g. every station of a network); default false. */
	compact?: boolean;
}
