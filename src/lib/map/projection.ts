/**
 * The map's projection: web-style Mercator fitted to the map frame, so the frame fills the
 * viewBox exactly ([0, 0] to [width, height]; height follows from the frame's shape). Used on the
 * server only: the browser receives projected path strings and points.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';

/** A lon/lat rectangle in degrees (WGS-84): [west, south, east, north], as a TopoJSON bbox. */
export type LonLatBox = [number, number, number, number];

export interface FittedProjection {
	projection: GeoProjection;
	width: number;
	height: number;
	/** map units per kilometre at the frame's centre (for drawing distances such as a stated precision) */
	unitsPerKm: number;
}

/** Mean Earth radius (km), as in the geo tests. */
const R_KM = 6371.0088;

/**
 * Fits a Mercator projection to the frame so that its west edge is x = 0, its east edge x = width,
 * its north edge y = 0 and its south edge y = height. Mercator is cylindrical, so the frame's four
 * corners decide the fit (fitting the corners, not a polygon, avoids great-circle bulges along the
 * parallels). Throws on an empty or inverted frame.
 */
export function fitFrame(frame: LonLatBox, width: number): FittedProjection {
	const [west, south, east, north] = frame;
	if (!(east > west) || !(north > south) || !(width > 0)) throw new RangeError(`Invalid map frame ${frame.join(',')}`);
	const corners = {
		type: 'MultiPoint' as const,
		coordinates: [
			[west, south],
			[west, north],
			[east, south],
			[east, north]
		]
	};
	const projection = geoMercator().fitWidth(width, corners);
	const [, y0] = projection([west, north])!;
	const [, y1] = projection([west, south])!;
	// fitWidth may leave y0 a hair off 0 (floating point): shift so the frame starts at exactly 0.
	const [tx, ty] = projection.translate();
	projection.translate([tx, ty - y0]);
	const height = y1 - y0;
	// Mercator's scale at the centre latitude: projection.scale() units per radian of longitude, stretched by sec φ.
	const lat = ((south + north) / 2) * (Math.PI / 180);
	const unitsPerKm = projection.scale() / (R_KM * Math.cos(lat));
	return { projection, width, height, unitsPerKm };
}

/** Projects a WGS-84 [lon, lat] to map units, rounded to `digits` decimals (default 1). */
export function projectPoint(fit: FittedProjection, lon: number, lat: number, digits = 1): [number, number] {
	const p = fit.projection([lon, lat]);
	if (!p) throw new RangeError(`Cannot project ${lon}, ${lat}`);
	const f = 10 ** digits;
	return [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
}
