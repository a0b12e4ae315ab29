import { wrapText } from '../../../export/text';
import { textWidth } from '../../../text/width';

/** A bar chart's vertical rhythm: each row is its label's lines above its bars. */
export interface BarGeometry {
	/** Height of a one-line label. */
	labelHeight: number;
	/** Height of each further line of a label that wraps. */
	labelLine: number;
	barHeight: number;
	barGap: number;
	rowGap: number;
	/** Height of one row with a one-line label (label + its bars). */
	rowHeight: number;
	/** Each row's top and its label's height (more than labelHeight where the label wraps). */
	rowTops: number[];
	labelHeights: number[];
	/** Height of all rows together (without axis). */
	height: number;
}

/**
 * The geometry of horizontal bars: grouped rows hold one bar per segment, stacked rows one bar.
 * Bars are thicker when there is only one per row; `compact` (small multiples) tightens everything.
 * `labelLines`: each row's label line count (default one each), as BarPlot wraps a label wider than
 * the drawing. Pure, so the layer and the frame agree on height.
 */
export function barGeometry(
	rowCount: number,
	segmentCount: number,
	mode: 'grouped' | 'stacked100',
	compact = false,
	labelLines: readonly number[] = []
): BarGeometry {
	const labelHeight = compact ? 17 : 20;
	const labelLine = compact ? 14 : 16;
	const barsPerRow = mode === 'stacked100' ? 1 : Math.max(1, segmentCount);
	const barHeight = mode === 'stacked100' ? 28 : compact ? 13 : barsPerRow > 1 ? 16 : 20;
	const barGap = 3;
	const rowGap = compact ? 7 : 12;
	const barsHeight = barsPerRow * barHeight + (barsPerRow - 1) * barGap;
	const rowHeight = labelHeight + barsHeight;
	const labelHeights = Array.from(
		{ length: rowCount },
		(_, r) => labelHeight + Math.max(0, (labelLines[r] ?? 1) - 1) * labelLine
	);
	const rowTops: number[] = [];
	let y = 0;
	for (const h of labelHeights) {
		rowTops.push(y);
		y += h + barsHeight + rowGap;
	}
	return {
		labelHeight,
		labelLine,
		barHeight,
		barGap,
		rowGap,
		rowHeight,
		rowTops,
		labelHeights,
		height: Math.max(0, y - rowGap)
	};
}

/** The value domain of grouped bars: from min(0, smallest) to max(0, largest); [0, 1] with no values. */
export function barDomain(values: (number | null)[][]): [number, number] {
	const all = values.flat().filter((v): v is number => v !== null);
	if (all.length === 0) return [0, 1];
	const lo = Math.min(0, ...all);
	const hi = Math.max(0, ...all);
	return lo === hi ? [0, 1] : [lo, hi];
}

/** A row of a bar chart, with its label resolved. */
export interface BarsRow {
	id: string;
	label: string;
}

/** The bold row label runs about 10 % wider than the estimate for regular text (text/width.ts). */
const ROW_LABEL_BOLD = 1.1;
export const ROW_LABEL_SIZE = 12.5;

/** A row label's lines in a drawing `width` wide: one when it fits, else wrapped at the words. */
export function rowLabelLines(label: string, width: number): string[] {
	const lines = wrapText(label, width - 4, (s) => ROW_LABEL_BOLD * textWidth(s, ROW_LABEL_SIZE));
	return lines.length > 0 ? lines : [label];
}

/** A segment of a bar chart, ready to draw. */
export interface BarsSegment {
	id: string;
	label: string;
	/** A CSS colour (may be a var()); ignored when hatched. */
	fill: string;
	/** Text colour on the fill. */
	ink: string;
	/** Drawn with the "no data" hatch (e.g. days without a valid AQI). */
	hatched: boolean;
	/** Computed values get a dashed outline. */
	outlined: boolean;
}
