/**
 * Reading, checking and preparing the third-party layers: each comes out in WGS-84, clipped to
 * the map frame, wound for d3-geo (clockwise exterior rings) and with the project's own
 * properties. Pure: inputs are parsed JSON values, outputs are new GeoJSON objects.
 */
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { rewindForD3, type DistrictProperties } from '../../map/geometry';
import { EARTH_RADIUS_M, gcj02ToWgs84, mapPositions } from './datum';
import { bboxOf, clipLine, clipPolygons, inFrame, MAP_FRAME, type Frame } from './frame';

/** A parsed input file together with the name used in error messages. */
export interface NamedInput {
	/** file name (for messages), e.g. xiamen_districts_datav_v3.geojson */
	file: string;
	/** the parsed JSON */
	json: unknown;
}

/** The six districts of Xiamen with their English names (the source has Chinese names only). */
export const XIAMEN_DISTRICTS: Readonly<Record<number, { name_zh: string; name_en: string }>> = {
	350203: { name_zh: '思明区', name_en: 'Siming' },
	350205: { name_zh: '海沧区', name_en: 'Haicang' },
	350206: { name_zh: '湖里区', name_en: 'Huli' },
	350211: { name_zh: '集美区', name_en: 'Jimei' },
	350212: { name_zh: '同安区', name_en: "Tong'an" },
	350213: { name_zh: '翔安区', name_en: "Xiang'an" }
};

/** English names of Fujian's prefecture-level cities, for the neighbours layer. */
export const FUJIAN_PREFECTURES_EN: Readonly<Record<number, string>> = {
	350100: 'Fuzhou',
	350200: 'Xiamen',
	350300: 'Putian',
	350400: 'Sanming',
	350500: 'Quanzhou',
	350600: 'Zhangzhou',
	350700: 'Nanping',
	350800: 'Longyan',
	350900: 'Ningde'
};

/** Xiamen's own prefecture code: it is drawn by its districts, not as a neighbour. */
export const XIAMEN_ADCODE = 350200;

type Polygonal = Polygon | MultiPolygon;

function fail(file: string, what: string): never {
	throw new Error(`${file}: ${what}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks that the input is a GeoJSON FeatureCollection and returns its features. */
export function featuresOf(input: NamedInput): Feature[] {
	const { file, json } = input;
	if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
		fail(file, 'not a GeoJSON FeatureCollection');
	}
	const features = json.features as unknown[];
	features.forEach((f, i) => {
		if (!isRecord(f) || f.type !== 'Feature' || !isRecord(f.geometry)) {
			fail(file, `feature ${i} is not a GeoJSON Feature with a geometry`);
		}
	});
	return features as Feature[];
}

function assertLonLat(file: string, where: string, p: Position): void {
	const [x, y] = p;
	if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
		fail(file, `${where}: position is not a pair of finite numbers`);
	}
	if (x < 73 || x > 136 || y < 3 || y > 54) {
		fail(file, `${where}: position ${x}, ${y} is not a lon/lat in China (wrong axis order or projection?)`);
	}
}

/** Returns the polygons of a Polygon or MultiPolygon feature, checking every position. */
function polygonsOf(file: string, where: string, f: Feature): Position[][][] {
	const g = f.geometry;
	let polygons: Position[][][];
	if (g.type === 'Polygon') polygons = [g.coordinates];
	else if (g.type === 'MultiPolygon') polygons = g.coordinates;
	else return fail(file, `${where}: expected a Polygon or MultiPolygon, found ${g.type}`);
	for (const polygon of polygons) {
		for (const ring of polygon) {
			if (ring.length < 4) fail(file, `${where}: a ring has fewer than 4 positions`);
			for (const p of ring) assertLonLat(file, where, p);
			const a = ring[0] as Position;
			const b = ring[ring.length - 1] as Position;
			if (a[0] !== b[0] || a[1] !== b[1]) fail(file, `${where}: a ring is not closed`);
		}
	}
	return polygons;
}

function toPolygonal(polygons: Position[][][]): Polygonal {
	return polygons.length === 1
		? { type: 'Polygon', coordinates: polygons[0] as Position[][] }
		: { type: 'MultiPolygon', coordinates: polygons };
}

/** Spherical area of one polygon (exterior minus holes) in m², whatever its winding. */
export function polygonAreaM2(rings: Position[][]): number {
	const a = geoArea(rewindForD3({ type: 'Polygon', coordinates: rings }));
	return a * EARTH_RADIUS_M * EARTH_RADIUS_M;
}

function gcjPolygonsToWgs(polygons: Position[][][]): Position[][][] {
	return mapPositions({ type: 'MultiPolygon', coordinates: polygons }, gcj02ToWgs84).coordinates;
}

function adcodeOf(file: string, f: Feature, i: number): number {
	const code = isRecord(f.properties) ? f.properties.adcode : undefined;
	if (typeof code !== 'number' || !Number.isInteger(code)) fail(file, `feature ${i} has no numeric "adcode" property`);
	return code;
}

/**
 * The six districts: GCJ-02 → WGS-84, wound for d3, sorted by adcode, with properties
 * { adcode, name_zh, name_en }. Throws if a district is missing, repeated or unexpected, or if
 * it does not lie inside the frame (districts are never clipped).
 */
export function prepareDistricts(
	input: NamedInput,
	frame: Readonly<Frame> = MAP_FRAME
): FeatureCollection<Polygonal, DistrictProperties> {
	const { file } = input;
	const seen = new Map<number, Feature<Polygonal, DistrictProperties>>();
	featuresOf(input).forEach((f, i) => {
		const adcode = adcodeOf(file, f, i);
		const known = XIAMEN_DISTRICTS[adcode];
		if (!known) fail(file, `feature ${i}: adcode ${adcode} is not one of Xiamen's six districts`);
		if (seen.has(adcode)) fail(file, `adcode ${adcode} appears more than once`);
		const name = isRecord(f.properties) ? f.properties.name : undefined;
		if (name !== known.name_zh) {
			fail(file, `adcode ${adcode}: name is ${JSON.stringify(name)}, expected ${known.name_zh}`);
		}
		const wgs = gcjPolygonsToWgs(polygonsOf(file, `adcode ${adcode}`, f));
		for (const polygon of wgs) {
			for (const ring of polygon) {
				if (!ring.every((p) => inFrame(p, frame))) {
					fail(file, `adcode ${adcode} reaches outside the map frame ${JSON.stringify(frame)}; widen the frame`);
				}
			}
		}
		seen.set(adcode, {
			type: 'Feature',
			properties: { adcode, name_zh: known.name_zh, name_en: known.name_en },
			geometry: rewindForD3(toPolygonal(wgs))
		});
	});
	const codes = Object.keys(XIAMEN_DISTRICTS).map(Number);
	for (const c of codes) if (!seen.has(c)) fail(file, `district ${c} is missing`);
	return {
		type: 'FeatureCollection',
		features: codes.sort((a, b) => a - b).map((c) => seen.get(c) as Feature<Polygonal, DistrictProperties>)
	};
}

/**
 * Neighbouring prefectures: every prefecture of the province file except Xiamen whose outline
 * (converted to WGS-84) reaches into the frame, clipped to it and wound for d3. The outline is
 * kept as the source draws it.
 */
export function prepareNeighbours(
	input: NamedInput,
	frame: Readonly<Frame> = MAP_FRAME
): FeatureCollection<Polygonal, DistrictProperties> {
	const { file } = input;
	const out: Feature<Polygonal, DistrictProperties>[] = [];
	featuresOf(input).forEach((f, i) => {
		const adcode = adcodeOf(file, f, i);
		if (adcode === XIAMEN_ADCODE) return;
		const name = isRecord(f.properties) ? f.properties.name : undefined;
		if (typeof name !== 'string') fail(file, `adcode ${adcode} has no "name"`);
		const clipped = clipPolygons(gcjPolygonsToWgs(polygonsOf(file, `adcode ${adcode}`, f)), frame);
		if (clipped.length === 0) return;
		const nameEn = FUJIAN_PREFECTURES_EN[adcode];
		if (!nameEn) fail(file, `adcode ${adcode} (${name}) reaches the frame but has no English name in layers.ts`);
		out.push({
			type: 'Feature',
			properties: { adcode, name_zh: name, name_en: nameEn },
			geometry: rewindForD3(toPolygonal(clipped))
		});
	});
	out.sort((a, b) => a.properties.adcode - b.properties.adcode);
	if (out.length === 0) fail(file, 'no neighbouring prefecture reaches the map frame');
	return { type: 'FeatureCollection', features: out };
}

/**
 * GSHHG land (already WGS-84): clipped to the frame, islands smaller than `minIslandM2` dropped,
 * wound for d3; one MultiPolygon feature.
 */
export function prepareLand(
	input: NamedInput,
	minIslandM2: number,
	frame: Readonly<Frame> = MAP_FRAME
): FeatureCollection<MultiPolygon> {
	const { file } = input;
	const features = featuresOf(input);
	if (features.length === 0) fail(file, 'no land feature');
	const polygons: Position[][][] = [];
	features.forEach((f, i) => {
		for (const polygon of clipPolygons(polygonsOf(file, `feature ${i}`, f), frame)) {
			if (polygonAreaM2(polygon) >= minIslandM2) polygons.push(polygon);
		}
	});
	if (polygons.length === 0) fail(file, 'no land inside the map frame');
	const geometry = rewindForD3<MultiPolygon>({ type: 'MultiPolygon', coordinates: polygons });
	return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] };
}

/**
 * GSHHG shoreline lines (already WGS-84): clipped to the frame; a closed island ring is dropped
 * when its island is smaller than `minIslandM2`, so strokes and land fill stay consistent. One
 * MultiLineString feature.
 */
export function prepareCoastline(
	input: NamedInput,
	minIslandM2: number,
	frame: Readonly<Frame> = MAP_FRAME
): FeatureCollection<MultiLineString> {
	const { file } = input;
	const lines: Position[][] = [];
	featuresOf(input).forEach((f, i) => {
		const g = f.geometry;
		let parts: Position[][];
		if (g.type === 'LineString') parts = [(g as LineString).coordinates];
		else if (g.type === 'MultiLineString') parts = (g as MultiLineString).coordinates;
		else return fail(file, `feature ${i}: expected a LineString, found ${g.type}`);
		for (const line of parts) {
			for (const p of line) assertLonLat(file, `feature ${i}`, p);
			const first = line[0] as Position;
			const last = line[line.length - 1] as Position;
			const closed = line.length >= 4 && first[0] === last[0] && first[1] === last[1];
			if (closed && line.every((p) => inFrame(p, frame)) && polygonAreaM2([line]) < minIslandM2) continue;
			lines.push(...clipLine(line, frame));
		}
	});
	if (lines.length === 0) fail(file, 'no shoreline inside the map frame');
	return {
		type: 'FeatureCollection',
		features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } }]
	};
}

/** The WGS-84 bbox [w, s, e, n] of a polygonal feature collection (for checks and reports). */
export function collectionBbox(fc: FeatureCollection<Polygonal>): [number, number, number, number] {
	const pts: Position[] = [];
	for (const f of fc.features) {
		const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		for (const p of polys) for (const r of p) pts.push(...r);
	}
	return bboxOf(pts);
}
