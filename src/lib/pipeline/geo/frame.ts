/**
 * The map's extent (its "frame") and the clipping of third-party layers to it.
 *
 * Clipping is plain lon/lat planar clipping against an axis-aligned rectangle, which is exact
 * enough for a ~70 km frame: the rectangle's edges are meridians and parallels, and nothing is
 * drawn across them. Polygons are clipped with Sutherland–Hodgman: a concave ring that leaves and
 * re-enters the frame comes back as one ring joined by zero-width runs along the frame edge. Those
 * runs cover no area (fills and point-in-polygon tests are unaffected) but they are edges, so a
 * clipped land or neighbour polygon must never be stroked: stroke the `coastline` lines instead.
 */
import type { Position } from 'geojson';

/** A lon/lat rectangle in degrees (WGS-84). */
export interface Frame {
	/** western edge, degrees east */
	west: number;
	/** southern edge, degrees north */
	south: number;
	/** eastern edge, degrees east */
	east: number;
	/** northern edge, degrees north */
	north: number;
}

/**
 * The Xiamen map frame: 117.78–118.51 E, 24.32–24.95 N (≈ 74 × 70 km).
 *
 * Why these numbers: the six districts, once in WGS-84, span 117.881–118.410 E and
 * 24.421–24.906 N; the frame adds at least 4.9 km on every side (north) and ≥ 10 km elsewhere, so
 * the neighbouring coasts of Zhangzhou (south and west) and Quanzhou (north-east) frame the city.
 * The edges were then moved until no GSHHG island is cut by them: Kinmen (to 118.475 E), Lieyu,
 * Dadan/Erdan (to 24.321 N) and the small islands of the Jiulong estuary (to 117.782 E) lie whole
 * inside. It also holds every sourced place point (the Jiulong River article point is at
 * 117.818 E). At 1,440 px wide one pixel is ≈ 51 m.
 */
export const MAP_FRAME: Readonly<Frame> = Object.freeze({
	west: 117.78,
	south: 24.32,
	east: 118.51,
	north: 24.95
});

/** True if the point lies inside the frame or on its edge. */
export function inFrame(p: Readonly<Position>, f: Readonly<Frame> = MAP_FRAME): boolean {
	const x = p[0] as number;
	const y = p[1] as number;
	return x >= f.west && x <= f.east && y >= f.south && y <= f.north;
}

/** [west, south, east, north] of a list of positions (throws on an empty list). */
export function bboxOf(points: readonly Position[]): [number, number, number, number] {
	if (points.length === 0) throw new Error('bboxOf: no points');
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	for (const p of points) {
		const x = p[0] as number;
		const y = p[1] as number;
		if (x < w) w = x;
		if (x > e) e = x;
		if (y < s) s = y;
		if (y > n) n = y;
	}
	return [w, s, e, n];
}

type Edge = 'west' | 'east' | 'south' | 'north';
const EDGES: readonly Edge[] = ['west', 'east', 'south', 'north'];

function inside(p: Position, edge: Edge, f: Readonly<Frame>): boolean {
	const x = p[0] as number;
	const y = p[1] as number;
	switch (edge) {
		case 'west':
			return x >= f.west;
		case 'east':
			return x <= f.east;
		case 'south':
			return y >= f.south;
		case 'north':
			return y <= f.north;
	}
}

/**
 * Where segment a–b meets the edge line. The endpoints are put in a canonical order first, so
 * the same segment gives bit-identical points whichever way it is walked; this lets a clipped
 * land ring and the same clipped shoreline line share their arcs in the TopoJSON.
 */
function cross(a: Position, b: Position, edge: Edge, f: Readonly<Frame>): Position {
	const [p, q] =
		(a[0] as number) < (b[0] as number) ||
		((a[0] as number) === (b[0] as number) && (a[1] as number) <= (b[1] as number))
			? [a, b]
			: [b, a];
	const px = p[0] as number;
	const py = p[1] as number;
	const qx = q[0] as number;
	const qy = q[1] as number;
	if (edge === 'west' || edge === 'east') {
		const x = edge === 'west' ? f.west : f.east;
		return [x, py + ((x - px) / (qx - px)) * (qy - py)];
	}
	const y = edge === 'south' ? f.south : f.north;
	return [px + ((y - py) / (qy - py)) * (qx - px), y];
}

function samePoint(a: Position, b: Position): boolean {
	return a[0] === b[0] && a[1] === b[1];
}

/**
 * Clips one closed ring (first position repeated last) to the frame with Sutherland–Hodgman.
 * Returns the clipped closed ring, or null if less than a triangle is left. The ring's
 * orientation is kept.
 */
export function clipRing(ring: readonly Position[], f: Readonly<Frame> = MAP_FRAME): Position[] | null {
	let pts: Position[] = ring.slice(0, -1).map((p) => [p[0] as number, p[1] as number]);
	if (pts.length >= 1 && ring.length > 1 && !samePoint(ring[0] as Position, ring[ring.length - 1] as Position)) {
		throw new Error('clipRing: ring is not closed (first position must equal the last)');
	}
	for (const edge of EDGES) {
		if (pts.length === 0) break;
		const out: Position[] = [];
		for (let i = 0; i < pts.length; i++) {
			const cur = pts[i] as Position;
			const prev = pts[(i + pts.length - 1) % pts.length] as Position;
			const curIn = inside(cur, edge, f);
			const prevIn = inside(prev, edge, f);
			if (curIn) {
				if (!prevIn) out.push(cross(prev, cur, edge, f));
				out.push(cur);
			} else if (prevIn) {
				out.push(cross(prev, cur, edge, f));
			}
		}
		pts = out;
	}
	const dedup: Position[] = [];
	for (const p of pts) if (dedup.length === 0 || !samePoint(dedup[dedup.length - 1] as Position, p)) dedup.push(p);
	while (dedup.length > 1 && samePoint(dedup[0] as Position, dedup[dedup.length - 1] as Position)) dedup.pop();
	if (dedup.length < 3) return null;
	return [...dedup, dedup[0] as Position];
}

/**
 * Clips the polygons of a MultiPolygon (array of polygons, each an array of closed rings) to the
 * frame. A polygon whose exterior ring is clipped away is dropped with its holes.
 */
export function clipPolygons(
	polygons: readonly (readonly (readonly Position[])[])[],
	f: Readonly<Frame> = MAP_FRAME
): Position[][][] {
	const out: Position[][][] = [];
	for (const polygon of polygons) {
		const [exterior, ...holes] = polygon;
		if (!exterior) continue;
		const ext = clipRing(exterior, f);
		if (!ext) continue;
		const kept: Position[][] = [ext];
		for (const h of holes) {
			const c = clipRing(h, f);
			if (c) kept.push(c);
		}
		out.push(kept);
	}
	return out;
}

/** Clips one segment to the frame; null if nothing of it is inside. */
function clipSegment(a: Position, b: Position, f: Readonly<Frame>): [Position, Position] | null {
	let p = a;
	let q = b;
	for (const edge of EDGES) {
		const pIn = inside(p, edge, f);
		const qIn = inside(q, edge, f);
		if (!pIn && !qIn) return null;
		if (!pIn) p = cross(p, q, edge, f);
		else if (!qIn) q = cross(p, q, edge, f);
	}
	return [p, q];
}

/**
 * Clips a polyline to the frame. A line that leaves and re-enters the frame comes back as
 * several pieces; pieces shorter than one segment are dropped.
 */
export function clipLine(line: readonly Position[], f: Readonly<Frame> = MAP_FRAME): Position[][] {
	const pieces: Position[][] = [];
	let current: Position[] | null = null;
	for (let i = 1; i < line.length; i++) {
		const seg = clipSegment(line[i - 1] as Position, line[i] as Position, f);
		if (!seg) {
			current = null;
			continue;
		}
		const [p, q] = seg;
		if (current && samePoint(current[current.length - 1] as Position, p)) {
			if (!samePoint(p, q)) current.push(q);
		} else {
			current = [p];
			if (!samePoint(p, q)) current.push(q);
			pieces.push(current);
		}
		// A segment that was cut at its far end ends this piece.
		if (!samePoint(q, line[i] as Position)) current = null;
	}
	return pieces.filter((l) => l.length >= 2);
}
