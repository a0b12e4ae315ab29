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

/** A label block's box moved by [dx, dy]. */
export const blockRect = (b: LabelBlock, dx = 0, dy = 0): Rect => [
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

/** Whether `box` keeps clear of every box and every marker. */
export const isClear = (box: Rect, boxes: readonly Rect[], obstacles: readonly Obstacle[] = []): boolean =>
	!boxes.some((b) => hitsRect(box, b)) && !obstacles.some((o) => hitsCircle(box, o));

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
 * in the order given. `penalty` (0 best): among the offsets as clear, the one with the lowest penalty
 * wins, the nearest among equals (e.g. a district's name inside its district before one in the sea,
 * and one in the sea before one inside another district).
 */
export function nudgeLabels(
	blocks: LabelBlock[],
	obstacles: Obstacle[],
	step: number,
	tries = 3,
	boxes: Rect[] = [],
	penalty: (block: LabelBlock, offset: Point) => number = () => 0
): Record<string, Point> {
	const out: Record<string, Point> = {};
	const placed: Rect[] = [...boxes];
	const candidates = candidateOffsets(step, tries);
	for (const block of blocks) {
		const collisions = (o: Point) => {
			const r = blockRect(block, o[0], o[1]);
			return obstacles.filter((c) => hitsCircle(r, c)).length + placed.filter((p) => hitsRect(r, p)).length;
		};
		let best: Point = [0, 0];
		let fewest = Infinity;
		let lowest = Infinity;
		for (const candidate of candidates) {
			const n = collisions(candidate);
			if (n > fewest) continue;
			const cost = penalty(block, candidate);
			if (n < fewest || cost < lowest) {
				best = candidate;
				fewest = n;
				lowest = cost;
			}
			if (n === 0 && cost === 0) break;
		}
		out[block.id] = best;
		placed.push(blockRect(block, best[0], best[1]));
	}
	return out;
}

/** Whether `p` is inside `rings` (even-odd: a polygon's holes are outside, several polygons count as one). */
export function insideRings([x, y]: Point, rings: readonly (readonly Point[])[]): boolean {
	let inside = false;
	for (const ring of rings)
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i]!;
			const [xj, yj] = ring[j]!;
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	return inside;
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

/** Where a marker's name goes: beside it (right, then left), or under or over it. */
export type Side = 'right' | 'left' | 'below' | 'above';
export const SIDES: readonly Side[] = ['right', 'left', 'below', 'above'];

/** A marker's name: the marker at (x, y), `r` its radius; the name `width` wide in `lines` lines. */
export interface SideLabel {
	id: string;
	x: number;
	y: number;
	r: number;
	width: number;
	lines: number;
}

/** The name on one side of its marker: its box, where its text starts, its first baseline and its anchor. */
export interface SidePlacement {
	side: Side;
	box: Rect;
	textX: number;
	baseline: number;
	anchor: 'start' | 'end' | 'middle';
}

/**
 * A name on `side` of its marker, in the units of `unit` (map units per CSS pixel): 12 px text in lines
 * 14 px apart, 4 px from the marker; beside it, its first line centred on the marker as before.
 */
export function sidePlacement(label: SideLabel, side: Side, unit: number): SidePlacement {
	const { x, y, r, width, lines } = label;
	const pad = 4 * unit;
	const height = 14 * lines * unit;
	const ascent = 12 * unit;
	if (side === 'right' || side === 'left') {
		const top = y - 8 * unit;
		const x0 = side === 'right' ? x + r + pad : x - r - pad - width;
		return {
			side,
			box: [x0, top, x0 + width, top + height],
			textX: side === 'right' ? x0 : x0 + width,
			baseline: top + ascent,
			anchor: side === 'right' ? 'start' : 'end'
		};
	}
	const top = side === 'below' ? y + r + pad / 2 : y - r - pad / 2 - height;
	return {
		side,
		box: [x - width / 2, top, x + width / 2, top + height],
		textX: x,
		baseline: top + ascent,
		anchor: 'middle'
	};
}

const grow = ([x0, y0, x1, y1]: Rect, by: number): Rect => [x0 - by, y0 - by, x1 + by, y1 + by];

/**
 * The side of each marker's name (labels placed in the order given): the first of SIDES whose box,
 * `gap` larger all round, clears every other marker (`obstacles`, the label's own excepted by its
 * position), every box in `boxes` and the names placed before it; where none does, the side with the
 * fewest of those. Among sides as clear, one that also keeps off `prefer` (e.g. the places the
 * districts' names would take) wins.
 */
export function placeSideLabels(
	labels: readonly SideLabel[],
	obstacles: readonly Obstacle[],
	unit: number,
	boxes: readonly Rect[] = [],
	prefer: readonly Rect[] = [],
	gap = 0
): Record<string, SidePlacement> {
	const out: Record<string, SidePlacement> = {};
	const placed: Rect[] = [];
	for (const label of labels) {
		let best: SidePlacement | null = null;
		let bestCost = Infinity;
		for (const side of SIDES) {
			const p = sidePlacement(label, side, unit);
			const box = grow(p.box, gap);
			const hard =
				obstacles.filter((o) => !(o.x === label.x && o.y === label.y) && hitsCircle(box, o)).length +
				boxes.filter((b) => hitsRect(box, b)).length +
				placed.filter((b) => hitsRect(box, b)).length;
			const cost = hard * 100 + prefer.filter((b) => hitsRect(box, b)).length;
			if (cost < bestCost) {
				best = p;
				bestCost = cost;
			}
			if (cost === 0) break;
		}
		out[label.id] = best!;
		placed.push(best!.box);
	}
	return out;
}
