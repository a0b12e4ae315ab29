/**
 * Builds the map's TopoJSON from prepared (WGS-84, clipped, d3-wound) layers: shared arcs
 * (topojson-server), Visvalingam simplification by effective area in m² (topojson-simplify),
 * then quantization (topojson-client). Every step is deterministic, so the same inputs give a
 * byte-identical file.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';
import type { Triangle } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import { EARTH_RADIUS_M } from './datum';
import { MAP_FRAME, type Frame } from './frame';

/** Simplification and quantization settings (see data/geo/README.md for the reasoning). */
export interface SimplifyOptions {
	/**
	 * Visvalingam threshold: a vertex is dropped when the triangle it forms with its neighbours
	 * has less than this area, in m². GSHHG full resolution has a vertex every ~150–200 m, so
	 * 4,000 m² drops a vertex lying less than ≈ 20–40 m off the line between its neighbours:
	 * under one pixel (≈ 51 m) at 1,440 px for the whole city.
	 */
	minTriangleM2: number;
	/** GSHHG islands smaller than this (m²) are dropped from land and coastline. */
	minIslandM2: number;
	/** Quantization: grid cells per bbox side (1e5 ≈ 0.8 m here). */
	quantization: number;
}

/** The settings the committed file was built with. */
export const DEFAULT_SIMPLIFY: Readonly<SimplifyOptions> = Object.freeze({
	minTriangleM2: 4000,
	minIslandM2: 5000,
	quantization: 1e5
});

/** The prepared layers, in the order they are written to the file. */
export interface PreparedLayers {
	districts: FeatureCollection;
	land: FeatureCollection;
	coastline: FeatureCollection;
	neighbours: FeatureCollection;
}

/**
 * m² per square degree at the frame's middle latitude: converts planar lon/lat triangle areas to
 * ground areas (a degree of longitude is cos φ shorter than a degree of latitude).
 */
export function squareMetresPerSquareDegree(frame: Readonly<Frame> = MAP_FRAME): number {
	const mPerDeg = (Math.PI / 180) * EARTH_RADIUS_M;
	const midLat = ((frame.south + frame.north) / 2) * (Math.PI / 180);
	return mPerDeg * mPerDeg * Math.cos(midLat);
}

type WeightedPoint = [number, number, number];

function ringsOf(geometry: { type: string | null; arcs?: unknown; geometries?: unknown[] }): number[][] {
	switch (geometry.type) {
		case 'Polygon':
			return geometry.arcs as number[][];
		case 'MultiPolygon':
			return (geometry.arcs as number[][][]).flat();
		case 'GeometryCollection':
			return (geometry.geometries as (typeof geometry)[]).flatMap(ringsOf);
		default:
			return [];
	}
}

/**
 * Keeps at least three interior vertices of every polygon ring (its three weightiest), so no
 * small island or islet collapses to a line however coarse the threshold.
 */
function protectRings(topo: Topology): void {
	const arcs = topo.arcs as unknown as WeightedPoint[][];
	for (const object of Object.values(topo.objects)) {
		for (const ring of ringsOf(object as never)) {
			const candidates: { arc: number; index: number; weight: number }[] = [];
			for (const ref of ring) {
				const arc = ref < 0 ? ~ref : ref;
				const points = arcs[arc] as WeightedPoint[];
				for (let i = 1; i < points.length - 1; i++) {
					candidates.push({ arc, index: i, weight: (points[i] as WeightedPoint)[2] });
				}
			}
			candidates.sort((a, b) => b.weight - a.weight || a.arc - b.arc || a.index - b.index);
			for (const c of candidates.slice(0, 3))
				((arcs[c.arc] as WeightedPoint[])[c.index] as WeightedPoint)[2] = Infinity;
		}
	}
}

/** Builds the quantized, simplified topology of the four layers. */
export function buildTopology(
	layers: PreparedLayers,
	options: Readonly<SimplifyOptions> = DEFAULT_SIMPLIFY,
	frame: Readonly<Frame> = MAP_FRAME
): Topology {
	const objects: Record<string, FeatureCollection<Geometry>> = {
		districts: layers.districts,
		land: layers.land,
		coastline: layers.coastline,
		neighbours: layers.neighbours
	};
	const k = squareMetresPerSquareDegree(frame);
	const weight = (t: Triangle): number => planarTriangleArea(t) * k;
	// topojson-server types its objects with GeoJSON properties, topojson-client with {}: same data.
	const raw = topology(objects) as unknown as Topology<Objects>;
	const pre = presimplify(raw, weight);
	protectRings(pre);
	const simplified = simplify(pre, options.minTriangleM2);
	return quantize(simplified, options.quantization);
}

/** Serializes a topology the one way the project commits it: compact JSON plus a newline. */
export function serializeTopology(topo: Topology): string {
	return `${JSON.stringify(topo)}\n`;
}
