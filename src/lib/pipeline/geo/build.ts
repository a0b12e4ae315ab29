/**
 * The whole geo build as one pure function: parsed third-party inputs in, the text of every
 * output file out. The CLI only reads files and writes the result; tests call this directly.
 */
import type { Topology } from 'topojson-specification';
import { serializeAttribution } from './attribution';
import { MAP_FRAME, type Frame } from './frame';
import { prepareCoastline, prepareDistricts, prepareLand, prepareNeighbours, type NamedInput } from './layers';
import { formatCsv, PLACE_COLUMNS, placesToWgs84, STATION_COLUMNS, stationsToWgs84 } from './points';
import { buildTopology, DEFAULT_SIMPLIFY, serializeTopology, type SimplifyOptions } from './topology';

/** The input file names inside the geo source directory. */
export const GEO_INPUT_FILES = Object.freeze({
	districts: 'xiamen_districts_datav_v3.geojson',
	fujian: 'fujian_cities_datav_v3.geojson',
	land: 'xiamen_land_gshhg_full.geojson',
	coastline: 'xiamen_coastline_gshhg_full.geojson'
});

/** Everything the build reads. */
export interface GeoBuildInputs {
	/** DataV districts of Xiamen (GCJ-02) */
	districts: NamedInput;
	/** DataV prefectures of Fujian (GCJ-02) */
	fujian: NamedInput;
	/** GSHHG land polygons (WGS-84) */
	land: NamedInput;
	/** GSHHG shoreline lines (WGS-84) */
	coastline: NamedInput;
	/** text of data/stations.csv */
	stationsCsv: { file: string; text: string };
	/** text of places.csv */
	placesCsv: { file: string; text: string };
}

/** Output paths relative to the repository root, and their contents. */
export interface GeoBuildOutputs {
	'data/geo/xiamen.topo.json': string;
	'data/geo/stations-wgs84.csv': string;
	'data/geo/places-wgs84.csv': string;
	'data/geo/attribution.json': string;
}

/** The result of a build: the files, and the topology for reporting. */
export interface GeoBuildResult {
	files: GeoBuildOutputs;
	topology: Topology;
}

/** Runs the whole build in memory. Deterministic: the same inputs give the same bytes. */
export function buildGeo(
	inputs: GeoBuildInputs,
	options: Readonly<SimplifyOptions> = DEFAULT_SIMPLIFY,
	frame: Readonly<Frame> = MAP_FRAME
): GeoBuildResult {
	const layers = {
		districts: prepareDistricts(inputs.districts, frame),
		land: prepareLand(inputs.land, options.minIslandM2, frame),
		coastline: prepareCoastline(inputs.coastline, options.minIslandM2, frame),
		neighbours: prepareNeighbours(inputs.fujian, frame)
	};
	const topology = buildTopology(layers, options, frame);
	const stations = stationsToWgs84(inputs.stationsCsv.text, inputs.stationsCsv.file);
	const places = placesToWgs84(inputs.placesCsv.text, inputs.placesCsv.file, frame);
	return {
		topology,
		files: {
			'data/geo/xiamen.topo.json': serializeTopology(topology),
			'data/geo/stations-wgs84.csv': formatCsv(stations, STATION_COLUMNS),
			'data/geo/places-wgs84.csv': formatCsv(places, PLACE_COLUMNS),
			'data/geo/attribution.json': serializeAttribution()
		}
	};
}
