/**
 * Geometry of the `rank-columns` kind, pure: the ranked items as thin columns side by side, highest rank
 * (1) at the left, heights proportional to the value on an axis from 0 to the first multiple of `step` at or
 * above the largest value; unranked items and items without a value are not drawn (the table lists them).
 */

export interface RankInput {
	rank: number | null;
	value: number | null;
}

export interface RankColumn {
	/** Index of the item in the input. */
	index: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface RankLayout {
	columns: RankColumn[];
	/** The axis's top value and its ticks (0, step, …, top). */
	top: number;
	ticks: { value: number; y: number }[];
	plot: { x: number; y: number; width: number; height: number };
}

export function rankColumnsLayout(
	items: RankInput[],
	o: { width: number; height: number; left: number; top: number; bottom: number; step: number; gapRatio: number }
): RankLayout {
	const ranked = items
		.map((item, index) => ({ ...item, index }))
		.filter((i): i is { rank: number; value: number; index: number } => i.rank !== null && i.value !== null)
		.sort((a, b) => a.rank - b.rank || a.index - b.index);
	const max = Math.max(0, ...ranked.map((r) => r.value));
	const top = Math.max(o.step, Math.ceil(max / o.step) * o.step);
	const plot = {
		x: o.left,
		y: o.top,
		width: Math.max(1, o.width - o.left),
		height: Math.max(1, o.height - o.top - o.bottom)
	};
	const step = ranked.length === 0 ? 0 : plot.width / ranked.length;
	const width = step * (1 - o.gapRatio);
	const round = (v: number) => Math.round(v * 10) / 10;
	const yOf = (v: number) => plot.y + plot.height * (1 - v / top);
	const columns = ranked.map((r, i) => ({
		index: r.index,
		x: round(plot.x + i * step + (step - width) / 2),
		y: round(yOf(r.value)),
		width: round(width),
		height: round(plot.height * (r.value / top))
	}));
	const ticks: RankLayout['ticks'] = [];
	for (let v = 0; v <= top; v += o.step) ticks.push({ value: v, y: round(yOf(v)) });
	return { columns, top, ticks, plot };
}
