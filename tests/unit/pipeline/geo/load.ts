/** Shared loaders for the geo tests: the committed outputs and, where present, the inputs. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { geoArea, geoContains } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { GEO_INPUT_FILES, type GeoBuildInputs } from '../../../../src/lib/pipeline/geo/build';
import type { XiamenTopology } from '../../../../src/lib/map/geometry';

/** Repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Where the third-party inputs live (beside the repository, as for `npm run geo`). */
export const GEO_DIR = resolve(ROOT, '../shared/sources/geo');

/** True where the third-party inputs are present (they are on developer machines and in CI). */
export const HAVE_INPUTS = Object.values(GEO_INPUT_FILES).every((f) => existsSync(join(GEO_DIR, f)));

/** Reads a repository file as text. */
export function readRepo(path: string): string {
	return readFileSync(join(ROOT, path), 'utf8');
}

/** The committed topology. */
export function loadTopology(): XiamenTopology {
	return JSON.parse(readRepo('data/geo/xiamen.topo.json')) as XiamenTopology;
}

/** The committed WGS-84 station rows. */
export function loadStationsWgs84(): {
	code: string;
	lat: number;
	lon: number;
	district: number;
}[] {
	return csvParse(readRepo('data/geo/stations-wgs84.csv')).map((r) => ({
		code: r.code ?? '',
		lat: Number(r.lat),
		lon: Number(r.lon),
		district: Number(r.district_adcode)
	}));
}

/** The build inputs, read the way the CLI reads them. */
export function loadInputs(): GeoBuildInputs {
	const j = (file: string) => ({
		file,
		json: JSON.parse(readFileSync(join(GEO_DIR, file), 'utf8')) as unknown
	});
	return {
		districts: j(GEO_INPUT_FILES.districts),
		fujian: j(GEO_INPUT_FILES.fujian),
		land: j(GEO_INPUT_FILES.land),
		coastline: j(GEO_INPUT_FILES.coastline),
		stationsCsv: { file: 'data/stations.csv', text: readRepo('data/stations.csv') },
		placesCsv: { file: 'places.csv', text: readFileSync(join(GEO_DIR, '../places.csv'), 'utf8') }
	};
}

/** Mean Earth radius in km, to turn steradians into km². */
export const R_KM = 6371.0088;

/** The polygons of a Polygon or MultiPolygon. */
export function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
	return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** The polygon (of a Polygon/MultiPolygon) that contains a point, or undefined. */
export function polygonContaining(g: Polygon | MultiPolygon, p: [number, number]): Position[][] | undefined {
	return polygonsOf(g).find((rings) => geoContains({ type: 'Polygon', coordinates: rings }, p));
}

/** Area of a d3-wound polygon in km². */
export function areaKm2(rings: Position[][]): number {
	return geoArea({ type: 'Polygon', coordinates: rings }) * R_KM * R_KM;
}

/** Gulangyu's World Heritage point (WGS-84), from places.csv. */
export const GULANGYU_WHS: [number, number] = [118.06194, 24.4475];
