/**
 * The map on a slide, cropped to what it shows: the zoom (in map units, as the map's named views use) that
 * fits the districts and every placed feature of the layers shown (stations, water bodies, sea areas' marks)
 * into the map's frame, so the city fills the slide's panel instead of sitting small among its neighbours'
 * land and sea. A sea area's ellipse of stated uncertainty may run off the panel's edge, as it does when the
 * reader zooms in on /map/. Labels and markers keep their size when zoomed (XiamenMap).
 */
import type { BBox, MapLayerId, XiamenMapData, ZoomState } from '../map/types';
import { fitBox, unionBox } from '../map/views';

/** The share of the frame kept free around the features on each side (a name beside a marker needs room). */
export const MAP_SLIDE_PADDING = 0.05;

/** The box around the districts and the placed features of `layers` (null when nothing is placed). */
export function shownBox(map: XiamenMapData, layers: readonly MapLayerId[]): BBox | null {
	const boxes: BBox[] = map.districts.map((d) => d.bbox);
	const point = ([x, y]: [number, number], [rx, ry]: [number, number] = [0, 0]): BBox => [
		x - rx,
		y - ry,
		x + rx,
		y + ry
	];
	if (layers.includes('stations')) for (const s of map.stations) boxes.push(point(s.at));
	if (layers.includes('water')) for (const w of map.water) if (w.place) boxes.push(point(w.place.at));
	if (layers.includes('sea')) for (const a of map.sea) if (a.place) boxes.push(point(a.place.at));
	return unionBox(boxes);
}

/** The zoom that fits what the slide's map shows into its frame (identity when nothing is placed). */
export function mapSlideZoom(map: XiamenMapData, layers: readonly MapLayerId[]): ZoomState {
	const box = shownBox(map, layers);
	const { width, height } = map.base;
	return box ? fitBox(box, width, height, MAP_SLIDE_PADDING) : { k: 1, x: 0, y: 0 };
}
