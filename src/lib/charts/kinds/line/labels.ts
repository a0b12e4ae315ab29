/**
 * Where a line chart's value labels go: above or below their point, or nowhere when they would cover
 * another label or point (the value stays in the tooltip and the table). Pure, in pixels.
 */

/** A value label that might be drawn: where its point is, its text width and how much it matters. */
export interface LabelCandidate {
	key: string;
	/** The point's pixel position (y grows downwards). */
	px: number;
	py: number;
	/** Estimated text width in px. */
	width: number;
	/** Higher goes first (e.g. each series' latest value). */
	priority: number;
	/** The side tried first (default above), e.g. below for a series drawn under another. */
	prefer?: 'above' | 'below';
}

/** Where a label went: above or below its point, or nowhere (its value stays in the tooltip and the table). */
export type LabelSide = 'above' | 'below' | 'hidden';

/**
 * Places value labels without overlaps: in order of priority (then right to left), each label goes
 * on its preferred side of its point (above unless it prefers below), else the other, else it is hidden. A label may not cover another label, another
 * point, or run past the plot's left or right edge by more than `overhang` px.
 */
export function placeLabels(
	candidates: LabelCandidate[],
	plotWidth: number,
	options: { height?: number; overhang?: number; marker?: number } = {}
): Record<string, LabelSide> {
	const h = options.height ?? 14;
	const overhang = options.overhang ?? 6;
	const marker = options.marker ?? 7;
	const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
	const points = candidates.map((c) => ({
		x0: c.px - marker,
		x1: c.px + marker,
		y0: c.py - marker,
		y1: c.py + marker
	}));
	const overlaps = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) =>
		a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
	const out: Record<string, LabelSide> = {};
	const order = [...candidates].sort((a, b) => b.priority - a.priority || b.px - a.px);
	for (const c of order) {
		// Labels near an edge are anchored to it (as the component draws them).
		const x0 = c.px < 28 ? c.px - 6 : c.px > plotWidth - 28 ? c.px + 6 - c.width : c.px - c.width / 2;
		const box = (y0: number) => ({ x0, x1: x0 + c.width, y0, y1: y0 + h });
		const fits = (b: ReturnType<typeof box>) =>
			b.x0 >= -overhang &&
			b.x1 <= plotWidth + overhang &&
			!placed.some((p) => overlaps(p, b)) &&
			!points.some((p, i) => candidates[i]!.key !== c.key && overlaps(p, b));
		const above = box(c.py - 9 - h);
		const below = box(c.py + 8);
		const sides: ['above' | 'below', ReturnType<typeof box>][] =
			c.prefer === 'below'
				? [
						['below', below],
						['above', above]
					]
				: [
						['above', above],
						['below', below]
					];
		const found = sides.find(([, b]) => fits(b));
		if (found) placed.push(found[1]);
		out[c.key] = found ? found[0] : 'hidden';
	}
	return out;
}
