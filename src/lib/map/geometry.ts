/**
 * Pure helpers that turn the project's map geometry (`data/geo/xiamen.topo.json`, written by
 * `npm run geo`) into d3-ready GeoJSON.
 *
 * Ring winding: d3-geo works on the sphere and reads a ring's orientation to know which side is
 * inside: exterior rings must be clockwise (in lon/lat seen with north up), the opposite of
 * RFC 7946. A counter-clockwise exterior ring means "the whole globe except this polygon", which
 * fills the whole map. The pipeline writes every polygon already wound for d3, and TopoJSON keeps
 * ring order (topojson-server and topojson-client never rewind), so the decoded features can be
 * handed to `geoPath` as they are. `rewindForD3` is still applied by the decoders below: it is
 * idempotent and protects drawing code if the file is ever replaced by one in RFC 7946 winding
 * (for example the approved standard map that must replace it before official publication).
 */
import { geoArea } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/** Properties of a district in the `districts` object. */
export interface DistrictProperties {
	/** six-digit administrative code, e.g. 350203 */
	adcode: number;
	/** Chinese name, as in the source (e.g. 思明区) */
	name_zh: string;
	/** English name (e.g. Siming) */
	name_en: string;
}

/** Properties of a neighbouring prefecture in the `neighbours` object (same shape). */
export type NeighbourProperties = DistrictProperties;

/** The objects of `xiamen.topo.json`. */
export interface XiamenTopologyObjects {
	[key: string]: GeometryObject;
	districts: GeometryCollection<DistrictProperties>;
	land: GeometryCollection;
	coastline: GeometryCollection;
	neighbours: GeometryCollection<NeighbourProperties>;
}

/** The map geometry as written by the pipeline. */
export type XiamenTopology = Topology<XiamenTopologyObjects>;

/** The map geometry decoded into d3-ready GeoJSON (all polygons clockwise, WGS-84 lon/lat). */
export interface XiamenMapFeatures {
	/** the six districts (DataV outlines converted from GCJ-02) */
	districts: FeatureCollection<Polygon | MultiPolygon, DistrictProperties>;
	/** GSHHG land: context fill only (closed along the frame edges: never stroke it) */
	land: FeatureCollection<Polygon | MultiPolygon>;
	/** GSHHG shoreline as lines: the stroke to use for coasts */
	coastline: FeatureCollection<MultiLineString>;
	/** neighbouring prefectures (DataV, coarse): faint fill or labels only */
	neighbours: FeatureCollection<Polygon | MultiPolygon, NeighbourProperties>;
}

function reversedRings(rings: Position[][]): Position[][] {
	return rings.map((r) => r.slice().reverse());
}

/**
 * Returns the geometry with every polygon wound the way d3-geo expects (clockwise exterior).
 *
 * A polygon whose spherical area is more than a hemisphere is taken to be wound the RFC 7946 way
 * and all its rings are reversed. That rule is safe for anything smaller than half the globe,
 * which every polygon of a city map is. Other geometry types are returned unchanged; the input
 * is never mutated.
 */
export function rewindForD3<G extends Geometry>(geometry: G): G {
	const fix = (rings: Position[][]): Position[][] =>
		geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? reversedRings(rings) : rings;
	switch (geometry.type) {
		case 'Polygon':
			return { ...geometry, coordinates: fix(geometry.coordinates) };
		case 'MultiPolygon':
			return { ...geometry, coordinates: geometry.coordinates.map(fix) };
		case 'GeometryCollection':
			return { ...geometry, geometries: geometry.geometries.map((g) => rewindForD3(g)) };
		default:
			return geometry;
	}
}

function rewindCollection<G extends Geometry, P>(fc: FeatureCollection<G, P>): FeatureCollection<G, P> {
	return {
		...fc,
		features: fc.features.map((f): Feature<G, P> => ({ ...f, geometry: rewindForD3(f.geometry) }))
	};
}

function objectOf(topology: XiamenTopology, name: keyof XiamenTopologyObjects): GeometryCollection {
	const object = topology.objects[name];
	if (!object || object.type !== 'GeometryCollection') {
		throw new Error(`xiamen.topo.json: object "${String(name)}" is missing or not a GeometryCollection`);
	}
	return object;
}

/** Decodes all four objects of the map topology into d3-ready feature collections. */
export function decodeXiamenTopology(topology: XiamenTopology): XiamenMapFeatures {
	return {
		districts: rewindCollection(
			feature(topology, objectOf(topology, 'districts')) as FeatureCollection<
				Polygon | MultiPolygon,
				DistrictProperties
			>
		),
		land: rewindCollection(feature(topology, objectOf(topology, 'land')) as FeatureCollection<Polygon | MultiPolygon>),
		coastline: feature(topology, objectOf(topology, 'coastline')) as FeatureCollection<MultiLineString>,
		neighbours: rewindCollection(
			feature(topology, objectOf(topology, 'neighbours')) as FeatureCollection<
				Polygon | MultiPolygon,
				NeighbourProperties
			>
		)
	};
}

/**
 * The borders between districts only (each shared edge once), as a MultiLineString: stroke this
 * rather than each district's outline, so coasts are not drawn twice and borders not doubled.
 */
export function districtBorders(topology: XiamenTopology): MultiLineString {
	return mesh(topology, objectOf(topology, 'districts'), (a, b) => a !== b);
}
