/**
 * Geometry of the `class-months` kind, pure: one column per period (a month), its classes stacked to 100%
 * with the worst class at the bottom (so the share worse than a threshold is the height of the bottom
 * part), a period without readings drawn as an empty, hatched column (a gap, never a zero), marked periods
 * (the flood season) as bands (the component draws them as a strip under the columns), and the year under the first column of each year.
 */

export interface ColumnInput {
	/** Readings per class, best class first; null: no reading at all (a gap). */
	counts: number[] | null;
	marked: boolean;
	/** The year the column belongs to (labelled under its first column). */
	year: string;
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ColumnLayout {
	x: number;
	width: number;
	/** Stacked parts, one per class with readings (index = class rank, 0 = best), bottom = worst. */
	parts: (Box & { rank: number; share: number })[];
	gap: boolean;
}

export interface ClassMonthsLayout {
	columns: ColumnLayout[];
	/** Bands behind runs of consecutive marked columns. */
	bands: Box[];
	/** The year labels: under the first column of each year. */
	years: { x: number; label: string }[];
	/** The plot area (columns stand on its bottom edge; 100% is its top). */
	plot: Box;
}

export interface LayoutOptions {
	width: number;
	height: number;
	/** Space left of the plot for the percentage axis, and under it for the years. */
	left: number;
	bottom: number;
	top: number;
	/** Share of a column's step left empty between columns (0–1). */
	gapRatio: number;
}

/** The columns, bands and year labels in a `width` × `height` box. */
export function classMonthsLayout(inputs: ColumnInput[], o: LayoutOptions): ClassMonthsLayout {
	const plot: Box = {
		x: o.left,
		y: o.top,
		width: Math.max(1, o.width - o.left),
		height: Math.max(1, o.height - o.top - o.bottom)
	};
	const step = inputs.length === 0 ? 0 : plot.width / inputs.length;
	const barWidth = step * (1 - o.gapRatio);
	const bottom = plot.y + plot.height;
	const columns = inputs.map((c, i): ColumnLayout => {
		const x = plot.x + i * step + (step - barWidth) / 2;
		const total = c.counts?.reduce((a, b) => a + b, 0) ?? 0;
		if (c.counts === null || total === 0) return { x, width: barWidth, parts: [], gap: c.counts === null };
		const parts: ColumnLayout['parts'] = [];
		let y = bottom;
		for (let rank = c.counts.length - 1; rank >= 0; rank--) {
			const n = c.counts[rank]!;
			if (n === 0) continue;
			const h = (n / total) * plot.height;
			y -= h;
			parts.push({ x, y, width: barWidth, height: h, rank, share: n / total });
		}
		return { x, width: barWidth, parts, gap: false };
	});
	const bands: Box[] = [];
	inputs.forEach((c, i) => {
		if (!c.marked) return;
		const x = plot.x + i * step;
		const last = bands.at(-1);
		if (last && i > 0 && inputs[i - 1]!.marked) last.width += step;
		else bands.push({ x, y: plot.y, width: step, height: plot.height });
	});
	const years = inputs.flatMap((c, i) =>
		i === 0 || inputs[i - 1]!.year !== c.year ? [{ x: plot.x + i * step, label: c.year }] : []
	);
	return { columns, bands, years, plot };
}
