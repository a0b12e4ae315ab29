/**
 * Where district labels go on screen: at their label point unless a marker (a station, a placed
 * water body) or an earlier label sits under them, in which case the label block moves by the
 * smallest offset, in steps, that clears them (vertical moves preferred). Pure arithmetic in
 * viewBox units; text widths are estimated (CJK ≈ 1 em, Latin ≈ 0.6 em) because nothing can be
 * measured before the browser lays the text out.
 */
import type { Point } from './types';

/** A circle to keep clear of (a marker), in viewBox units. */
export interface Obstacle {
	x: number;
	y: number;
	r: number;
}

/** A label block: centred on `at[0]`, from at[1] + top to at[1] + bottom, `width` wide. */
export interface LabelBlock {
	id: string;
	at: Point;
	width: number;
	top: number;
	bottom: number;
}

/** A box to keep clear of (e.g. a station's name), in viewBox units: [x0, y0, x1, y1]. */
export type Rect = [number, number, number, number];

const rectOf = (b: LabelBlock, dx: number, dy: number): Rect => [
	b.at[0] + dx - b.width / 2,
	b.at[1] + dy + b.top,
	b.at[0] + dx + b.width / 2,
	b.at[1] + dy + b.bottom
];

function hitsCircle([x0, y0, x1, y1]: Rect, o: Obstacle): boolean {
	const cx = Math.max(x0, Math.min(o.x, x1));
	const cy = Math.max(y0, Math.min(o.y, y1));
	return (cx - o.x) ** 2 + (cy - o.y) ** 2 < o.r * o.r;
}

const hitsRect = (a: Rect, b: Rect) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Offsets within `tries` steps, nearest first; at equal distance vertical before horizontal, down before up, right before left. */
export function candidateOffsets(step: number, tries: number): Point[] {
	const out: Point[] = [];
	for (let i = -tries; i <= tries; i++) for (let j = -tries; j <= tries; j++) out.push([i * step, j * step]);
	return out.sort(
		(a, b) =>
			Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]) || Math.abs(a[0]) - Math.abs(b[0]) || b[1] - a[1] || b[0] - a[0]
	);
}

/**
 * The offset [dx, dy] of each label block: [0, 0] when nothing is under it, else the nearest
 * candidate offset (see candidateOffsets) that clears every obstacle, every box and every label
 * placed before it; where none does, the nearest offset with the fewest collisions (so a crowded
 * label still gets out of the worst of it without wandering off its district). Blocks are placed
 * in the order given.
 */
export function nudgeLabels(
	blocks: LabelBlock[],
	obstacles: Obstacle[],
	step: number,
	tries = 3,
	boxes: Rect[] = []
): Record<string, Point> {
	const out: Record<string, Point> = {};
	const placed: Rect[] = [...boxes];
	const candidates = candidateOffsets(step, tries);
	for (const block of blocks) {
		const collisions = (o: Point) => {
			const r = rectOf(block, o[0], o[1]);
			return obstacles.filter((c) => hitsCircle(r, c)).length + placed.filter((p) => hitsRect(r, p)).length;
		};
		let best: Point = [0, 0];
		let fewest = Infinity;
		for (const candidate of candidates) {
			const n = collisions(candidate);
			if (n < fewest) {
				best = candidate;
				fewest = n;
			}
			if (n === 0) break;
		}
		out[block.id] = best;
		placed.push(rectOf(block, best[0], best[1]));
	}
	return out;
}

/**
 * A station's label in lines: a name longer than `max` characters is broken at the space nearest its
 * middle ("Tong'an No.2 Experimental Primary School" in English would otherwise run across the map,
 * and on a slide under the legend); a name without spaces (Chinese) stays one line.
 */
export function labelLines(text: string, max = 24): string[] {
	if (text.length <= max) return [text];
	const middle = text.length / 2;
	let best = -1;
	for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1))
		if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
	return best < 0 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}
