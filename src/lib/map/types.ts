/**
 * The map's serialisable model: everything the Xiamen map draws, in the map's own coordinates (the
 * SVG viewBox, "map units"), built on the server from the dataset (see layers.ts) so the browser
 * gets finished path strings and points and never needs a projection. Numbers, ids and names only:
 * no functions, no locale (names carry both languages).
 */
import type { SeaAreaStatus, Site, Unit, WaterClass } from '../data/types';

/** A name in both site languages. */
export interface Bilingual {
	zh: string;
	en: string;
}

/** A point in map units ([x, y], origin top left). */
export type Point = [number, number];

/** A box in map units: [x0, y0, x1, y1]. */
export type BBox = [number, number, number, number];

/** The map's layers, in legend and keyboard order. */
export type MapLayerId = 'districts' | 'stations' | 'water' | 'sea' | 'litter';
export const MAP_LAYERS: readonly MapLayerId[] = ['districts', 'stations', 'water', 'sea', 'litter'];

/** A named view: the whole city, Xiamen Island, or one district (by adcode). */
export type MapViewId = 'city' | 'island' | `${number}`;

/** A d3-zoom transform in map units: screen = map × k + (x, y). */
export interface ZoomState {
	k: number;
	x: number;
	y: number;
}

/** The base geometry: sea frame, neighbouring prefectures, GSHHG land and coast, district borders. */
export interface MapBase {
	/** viewBox width and height in map units */
	width: number;
	height: number;
	/** Path strings are relative and in integer steps of 1 / pathScale map units (draw them scaled by 1 / pathScale). */
	pathScale: number;
	/** GSHHG land: fill only (closed along the frame edges) */
	land: string;
	/** GSHHG shoreline: the coast stroke */
	coast: string;
	/** borders between districts, each shared edge once */
	borders: string;
	/** neighbouring prefectures: labels only (their DataV outlines are too coarse to draw) */
	neighbours: { adcode: string; name: Bilingual; label: Point }[];
}

export interface MapDistrict {
	adcode: string;
	name: Bilingual;
	d: string;
	/** where the label goes: the centroid of the district's largest part */
	label: Point;
	bbox: BBox;
}

export interface MapView {
	id: MapViewId;
	kind: 'city' | 'island' | 'district';
	bbox: BBox;
}

/** A district-level value to fill the districts by (a choropleth); message keys, not text. */
export interface DistrictChoropleth {
	id: string;
	/** message key of the value's name ("national air-monitoring stations") */
	label: string;
	/** message key of a note under its legend (how it was counted), optional */
	note?: string;
	unit: Unit;
	decimals: number;
	/** adcode → value; null where there is no value (drawn unfilled, said in words) */
	values: Record<string, number | null>;
	sourceIds: string[];
}

/** A sourced coordinate, projected; approximate ones carry their uncertainty. */
export interface MapPlace {
	name: Bilingual;
	at: Point;
	approximate: boolean;
	/** the stated uncertainty as half-extents in km [east–west, north–south], if the source gives one */
	uncertaintyKm: [number, number] | null;
	/** the same in map units [rx, ry] */
	radius: [number, number] | null;
	/** the precision note as recorded by the geo pipeline (English) */
	precisionNote: string;
	sourceId: string;
}

export interface MapStation {
	code: string;
	name: Bilingual;
	district: string;
	at: Point;
	referenceSite: boolean;
	sourceId: string;
	/** the coordinate as the source gives it and the datum assumed (see data/geo/README.md) */
	source: { lat: number; lon: number; datum: string };
	wgs84: { lat: number; lon: number };
	shiftM: number;
}

/** One station's computed daily AQI (null when the day had too few valid hours). */
export interface StationDay {
	aqi: number | null;
	level: 1 | 2 | 3 | 4 | 5 | 6 | null;
	primary: string[];
	sourceId: string;
}

/** The city's computed daily AQI as a compact series: one value per day from `start`, null for no value. */
export interface CityDailySeries {
	start: string;
	aqi: (number | null)[];
	/** which source each run of days comes from */
	sources: { from: string; to: string; sourceId: string }[];
}

export interface WaterClassRef {
	year: number;
	class: WaterClass;
	sourceId: string;
}

/** Where a water body can be shown: at a point, at an approximate point, only in its district, or nowhere. */
export type LocationLevel = 'point' | 'approximate' | 'district' | 'none';

export interface MapWaterSite {
	id: string;
	name: Bilingual;
	kind: Site['kind'];
	district: string | null;
	location: LocationLevel;
	place: MapPlace | null;
	classes: WaterClassRef[];
	sourceId: string;
}

/**
 * A station of the national surface-water automatic network that the Xiamen story names (隘头潭, group
 * `xiamen`; the Jiulong River stations upstream of the drinking-water intake, group `jiulong`). No source gives
 * their positions, so the map never draws them: they are listed beside it as not placed.
 */
export interface MapNetworkStation {
	/** The station name as the network publishes it (Chinese only: no source gives an English name). */
	station: string;
	group: 'xiamen' | 'jiulong';
	/** The site of data/sites.csv it is (隘头潭: the Aitoutan section), with its district, or null. */
	site: string | null;
	district: string | null;
	/** Readings kept (normal operation), and the months they span. */
	readings: number;
	firstMonth: string;
	lastMonth: string;
	/** The network data's source, and the site's where there is one. */
	sourceIds: string[];
}

export interface SeaStatusRef {
	year: number;
	status: string;
	scheme: SeaAreaStatus['scheme'];
	sourceId: string;
}

export interface MapSeaArea {
	id: string;
	name: Bilingual;
	statuses: SeaStatusRef[];
	/** a sourced (approximate) point, where one exists */
	place: MapPlace | null;
}

/** A published figure as the map needs it. */
export interface FigureRef {
	year: number;
	value: number;
	decimals: number;
	unit: Unit;
	sourceId: string;
	note: string;
}

/** Everything the map draws. */
export interface XiamenMapData {
	base: MapBase;
	districts: MapDistrict[];
	views: MapView[];
	stations: MapStation[];
	/** date → station code → that day's values (the only per-station data: a sample day) */
	stationDays: Record<string, Record<string, StationDay>>;
	city: CityDailySeries;
	water: MapWaterSite[];
	/** the network stations of the water story, all unplaced (see {@link MapNetworkStation}) */
	network: MapNetworkStation[];
	/** years with a published water class, ascending */
	waterYears: number[];
	sea: MapSeaArea[];
	/** years with a published sea-area status, ascending */
	seaYears: number[];
	litter: { cleaning: FigureRef[]; density: FigureRef[] };
	note: {
		attribution: Bilingual;
		/** the file to replace with an approved standard map (审图号) before official publication */
		replaceFile: string;
		/** source ids of the boundaries and shoreline */
		sourceIds: string[];
		/** the licence of each of them, as recorded by the geo pipeline */
		licences: { id: string; licence: string }[];
	};
}

/** What the map shows first; every field can be changed by the reader. */
export interface MapOptions {
	layers: MapLayerId[];
	view: MapViewId;
	/** the day to colour the stations by (YYYY-MM-DD) */
	date: string;
	waterYear: number;
	seaYear: number;
	/** fill the districts by this value (null: outlines only) */
	choropleth: DistrictChoropleth | null;
}
