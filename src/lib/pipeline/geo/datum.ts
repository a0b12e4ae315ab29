/**
 * Datum conversion for the map pipeline: everything the map draws is WGS-84 lon/lat.
 *
 * The DataV boundary files (AutoNavi-derived) are in GCJ-02, the obfuscated datum that Chinese
 * public web maps must use; GSHHG is WGS-84. Overlaying them without converting puts the districts
 * ~0.6 km east-south-east of the shoreline around Xiamen. The conversion uses gcoord (maintained,
 * MIT): its GCJ-02 → WGS-84 inverts the public GCJ-02 forward formula by iteration until the
 * round trip is within 1e-6° (≈ 0.1 m). The formula itself is a reconstruction of an unpublished
 * algorithm; its agreement with official GCJ-02 is at the metre level, far below the ~100 m vertex
 * spacing of the DataV outlines.
 */
import gcoord from 'gcoord';
import type { Geometry, Position } from 'geojson';

/** A lon/lat pair, in that order (GeoJSON order). */
export type LonLat = [number, number];

/** Converts one GCJ-02 lon/lat to WGS-84 (gcoord's iterative inverse, ≈ 0.1 m). */
export function gcj02ToWgs84(lonLat: readonly [number, number]): LonLat {
	const [lon, lat] = lonLat;
	if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
		throw new Error(`gcj02ToWgs84: not a finite lon/lat: ${String(lon)}, ${String(lat)}`);
	}
	const out = gcoord.transform([lon, lat] as [number, number], gcoord.GCJ02, gcoord.WGS84);
	return [out[0], out[1]];
}

/** Converts one WGS-84 lon/lat to GCJ-02 (the public forward formula); used by tests and checks. */
export function wgs84ToGcj02(lonLat: readonly [number, number]): LonLat {
	const [lon, lat] = lonLat;
	const out = gcoord.transform([lon, lat] as [number, number], gcoord.WGS84, gcoord.GCJ02);
	return [out[0], out[1]];
}

/**
 * Returns a copy of a geometry with every position mapped by `fn` (the input is not touched:
 * gcoord's own GeoJSON mode mutates in place, which would make builds order-dependent).
 */
export function mapPositions<G extends Geometry>(geometry: G, fn: (p: LonLat) => LonLat): G {
	const pos = (p: Position): Position => fn([p[0] as number, p[1] as number]);
	switch (geometry.type) {
		case 'Point':
			return { ...geometry, coordinates: pos(geometry.coordinates) };
		case 'MultiPoint':
		case 'LineString':
			return { ...geometry, coordinates: geometry.coordinates.map(pos) };
		case 'MultiLineString':
		case 'Polygon':
			return { ...geometry, coordinates: geometry.coordinates.map((l) => l.map(pos)) };
		case 'MultiPolygon':
			return {
				...geometry,
				coordinates: geometry.coordinates.map((p) => p.map((r) => r.map(pos)))
			};
		case 'GeometryCollection':
			return { ...geometry, geometries: geometry.geometries.map((g) => mapPositions(g, fn)) };
	}
}

/** Great-circle distance in metres between two lon/lat points (mean Earth radius). */
export function distanceMetres(a: readonly [number, number], b: readonly [number, number]): number {
	const rad = Math.PI / 180;
	const dLat = (b[1] - a[1]) * rad;
	const dLon = (b[0] - a[0]) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Mean Earth radius (IUGG), metres: converts d3-geo steradians to m² (area × R²). */
export const EARTH_RADIUS_M = 6371008.8;
