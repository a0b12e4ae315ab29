/** One segment of a bar stacked to 100%: its share of the row and where it starts and ends on 0…100. */
export interface StackedSegment {
	index: number;
	value: number | null;
	share: number;
	start: number;
	end: number;
}

/**
 * Stacks a row's values to 100%: each value's share of the row's total and its [start, end] on a
 * 0…100 axis, in the given order. A null value (no figure) takes no space and has share 0; so does
 * a row whose values are all zero or null (nothing is invented to fill it). Negative values are an error.
 */
export function stackTo100(values: (number | null)[]): StackedSegment[] {
	for (const v of values) {
		if (v !== null && (!Number.isFinite(v) || v < 0)) throw new RangeError(`cannot stack ${v}`);
	}
	const total = values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
	let start = 0;
	return values.map((value, index) => {
		const share = total > 0 && value !== null ? (value / total) * 100 : 0;
		const segment = { index, value, share, start, end: start + share };
		start += share;
		return segment;
	});
}
