/** A bar chart's vertical rhythm: each row is a label line above its bars. */
export interface BarGeometry {
	labelHeight: number;
	barHeight: number;
	barGap: number;
	rowGap: number;
	/** Height of one row (label + its bars). */
	rowHeight: number;
	/** Height of all rows together (without axis). */
	height: number;
}

/**
 * The geometry of horizontal bars: grouped rows hold one bar per segment, stacked rows one bar.
 * Bars are thicker when there is only one per row; `compact` (small multiples) tightens everything.
 * Pure, so the layer and the frame agree on height.
 */
export function barGeometry(
	rowCount: number,
	segmentCount: number,
	mode: 'grouped' | 'stacked100',
	compact = false
): BarGeometry {
	const labelHeight = compact ? 17 : 20;
	const barsPerRow = mode === 'stacked100' ? 1 : Math.max(1, segmentCount);
	const barHeight = mode === 'stacked100' ? 28 : compact ? 13 : barsPerRow > 1 ? 16 : 20;
	const barGap = 3;
	const rowGap = compact ? 7 : 12;
	const rowHeight = labelHeight + barsPerRow * barHeight + (barsPerRow - 1) * barGap;
	return {
		labelHeight,
		barHeight,
		barGap,
		rowGap,
		rowHeight,
		height: Math.max(0, rowCount * (rowHeight + rowGap) - rowGap)
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
