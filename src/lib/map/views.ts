/**
 * Named views and zoom arithmetic, in map units (the viewBox), so they hold at any screen size:
 * the SVG scales as a whole and d3-zoom's transform is in the same units.
 */
import type { BBox, MapDistrict, MapView, MapViewId, Point, ZoomState } from './types';

/** How far the reader can zoom in (×) and out (1 = the whole frame). */
export const SCALE_EXTENT: [number, number] = [1, 12];

export const IDENTITY: ZoomState = { k: 1, x: 0, y: 0 };

/** Xiamen Island is the districts on it: Siming (with Gulangyu) and Huli. */
export const ISLAND_DISTRICTS = ['350203', '350206'];

/** The union of boxes (null for none). */
export function unionBox(boxes: BBox[]): BBox | null {
	if (boxes.length === 0) return null;
	return boxes.reduce((a, b) => [
		Math.min(a[0], b[0]),
		Math.min(a[1], b[1]),
		Math.max(a[2], b[2]),
		Math.max(a[3], b[3])
	]);
}

/**
 * The named views: the whole city (every district), Xiamen Island (Siming + Huli, when both are
 * present) and each district, in that order.
 */
export function namedViews(districts: MapDistrict[]): MapView[] {
	const views: MapView[] = [];
	const city = unionBox(districts.map((d) => d.bbox));
	if (city) views.push({ id: 'city', kind: 'city', bbox: city });
	const island = districts.filter((d) => ISLAND_DISTRICTS.includes(d.adcode));
	if (island.length === ISLAND_DISTRICTS.length)
		views.push({ id: 'island', kind: 'island', bbox: unionBox(island.map((d) => d.bbox))! });
	for (const d of districts) views.push({ id: d.adcode as MapViewId, kind: 'district', bbox: d.bbox });
	return views;
}

/** Clamps a transform so the frame [0, width] × [0, height] always covers the viewport (d3-zoom's translateExtent). */
export function clampTransform(t: ZoomState, width: number, height: number, extent = SCALE_EXTENT): ZoomState {
	const k = Math.min(extent[1], Math.max(extent[0], t.k));
	const x = Math.min(0, Math.max(width - width * k, t.x));
	const y = Math.min(0, Math.max(height - height * k, t.y));
	return { k, x, y };
}

/**
 * The transform that centres a box in the viewport with `padding` (a share of the viewport kept
 * free on each side), as large as fits, clamped to the zoom extent and the frame.
 */
export function fitBox(box: BBox, width: number, height: number, padding = 0.08, extent = SCALE_EXTENT): ZoomState {
	const bw = Math.max(box[2] - box[0], 1e-9);
	const bh = Math.max(box[3] - box[1], 1e-9);
	const k = Math.min((width * (1 - 2 * padding)) / bw, (height * (1 - 2 * padding)) / bh);
	const kk = Math.min(extent[1], Math.max(extent[0], k));
	const cx = (box[0] + box[2]) / 2;
	const cy = (box[1] + box[3]) / 2;
	return clampTransform({ k: kk, x: width / 2 - kk * cx, y: height / 2 - kk * cy }, width, height, extent);
}

/** The transform of a named view (identity when the view is not known). */
export function viewTransform(views: MapView[], id: MapViewId, width: number, height: number): ZoomState {
	const view = views.find((v) => v.id === id);
	if (!view || view.kind === 'city') return IDENTITY;
	return fitBox(view.bbox, width, height);
}

/** Zooms by a factor about a point of the viewport (map units), clamped. */
export function zoomAbout(t: ZoomState, factor: number, about: Point, width: number, height: number): ZoomState {
	const k = Math.min(SCALE_EXTENT[1], Math.max(SCALE_EXTENT[0], t.k * factor));
	const mx = (about[0] - t.x) / t.k;
	const my = (about[1] - t.y) / t.k;
	return clampTransform({ k, x: about[0] - mx * k, y: about[1] - my * k }, width, height);
}

/** Pans by a share of the viewport (e.g. [0.1, 0] moves the view a tenth to the right), clamped. */
export function panBy(t: ZoomState, share: Point, width: number, height: number): ZoomState {
	return clampTransform({ k: t.k, x: t.x - share[0] * width, y: t.y - share[1] * height }, width, height);
}

/** A point of the map on the screen (in viewBox units) under a transform. */
export function toScreen(t: ZoomState, p: Point): Point {
	return [p[0] * t.k + t.x, p[1] * t.k + t.y];
}

/** True when two transforms are the same to a hundredth of a map unit. */
export function sameTransform(a: ZoomState, b: ZoomState): boolean {
	return Math.abs(a.k - b.k) < 1e-4 && Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01;
}

/**
 * The transform `t` of the way from `a` to `b` (0 ≤ t ≤ 1): the scale moves geometrically and the
 * view's centre linearly, so zooming looks even. Used for the short animated jumps between views.
 */
export function interpolateTransform(a: ZoomState, b: ZoomState, t: number, width: number, height: number): ZoomState {
	const k = a.k * Math.pow(b.k / a.k, t);
	const centre = (s: ZoomState): Point => [(width / 2 - s.x) / s.k, (height / 2 - s.y) / s.k];
	const [ax, ay] = centre(a);
	const [bx, by] = centre(b);
	const cx = ax + (bx - ax) * t;
	const cy = ay + (by - ay) * t;
	return { k, x: width / 2 - cx * k, y: height / 2 - cy * k };
}
