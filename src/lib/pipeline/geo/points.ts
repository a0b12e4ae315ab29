/**
 * Station and place points in WGS-84, with the datum each was assumed to be in and what was done
 * to it. The evidence for each decision is in data/geo/README.md; the decisions live here as
 * data, so a change of mind is one edit and a rebuild.
 */
import { csvFormat, csvParse } from 'd3-dsv';
import { distanceMetres, gcj02ToWgs84, type LonLat } from './datum';
import { inFrame, MAP_FRAME, type Frame } from './frame';
import { placeWgs84Table, stationWgs84Table } from '../../data/schema/geo';
import type { ColumnsOf } from '../../data/schema/table';

/** How a source's coordinates are taken into WGS-84. */
export interface DatumDecision {
	/** the datum assumed for the source's coordinates (stated, or assumed and said so) */
	sourceDatum: string;
	/** what was applied: 'gcoord GCJ02→WGS84' or 'none' */
	conversion: 'gcoord GCJ02→WGS84' | 'none';
}

/**
 * The CNEMC station coordinates (data/stations.csv, from the zkzkok/mydata mirror of the CNEMC
 * station list) state no datum. Assumed GCJ-02 and converted; see README "Station datum".
 */
export const STATION_DATUM: Readonly<DatumDecision> = Object.freeze({
	sourceDatum: 'GCJ-02 (assumed; not stated by the source)',
	conversion: 'gcoord GCJ02→WGS84'
});

/** Note written beside every station: the size of the datum question. */
export const STATION_NOTE =
	'datum not stated by the source; GCJ-02 assumed (evidence in data/geo/README.md); if the source was WGS-84 after all, the true point is the source lat/lon, about 0.58 km away';

/** One row of data/geo/stations-wgs84.csv, as text (its columns: the table's schema). */
export type StationWgs84Row = Record<keyof ColumnsOf<typeof stationWgs84Table> & string, string>;

/** Column order of data/geo/stations-wgs84.csv (the schema's). */
export const STATION_COLUMNS = stationWgs84Table.columnNames;

function fail(file: string, what: string): never {
	throw new Error(`${file}: ${what}`);
}

function requireColumns(file: string, columns: readonly string[], needed: readonly string[]): void {
	for (const c of needed) if (!columns.includes(c)) fail(file, `missing column "${c}"`);
}

function parseCoordinate(file: string, row: string, name: 'lat' | 'lon', text: string): number {
	const v = Number(text);
	if (text.trim() === '' || !Number.isFinite(v)) fail(file, `${row}: ${name} "${text}" is not a number`);
	if (name === 'lat' ? v < 3 || v > 54 : v < 73 || v > 136) fail(file, `${row}: ${name} ${v} is outside China`);
	return v;
}

/** Formats degrees with 5 decimals (≈ 1 m), enough for inputs given to 4 (≈ 10 m). */
export function formatDegrees(v: number): string {
	return v.toFixed(5);
}

/** Converts data/stations.csv (text) to the rows of data/geo/stations-wgs84.csv. */
export function stationsToWgs84(csvText: string, file = 'data/stations.csv'): StationWgs84Row[] {
	const rows = csvParse(csvText);
	requireColumns(file, rows.columns, ['code', 'name_zh', 'district_adcode', 'lat', 'lon']);
	if (rows.length === 0) fail(file, 'no stations');
	const seen = new Set<string>();
	return rows.map((r, i) => {
		const code = r.code ?? '';
		const where = `row ${i + 2} (${code || 'no code'})`;
		if (!/^\d{4}A$/.test(code)) fail(file, `${where}: code is not a CNEMC station code like 1288A`);
		if (seen.has(code)) fail(file, `${where}: code appears twice`);
		seen.add(code);
		const lat = parseCoordinate(file, where, 'lat', r.lat ?? '');
		const lon = parseCoordinate(file, where, 'lon', r.lon ?? '');
		const wgs: LonLat = STATION_DATUM.conversion === 'none' ? [lon, lat] : gcj02ToWgs84([lon, lat]);
		return {
			code,
			name_zh: r.name_zh ?? '',
			district_adcode: r.district_adcode ?? '',
			lat: formatDegrees(wgs[1]),
			lon: formatDegrees(wgs[0]),
			source_lat: r.lat ?? '',
			source_lon: r.lon ?? '',
			source_datum: STATION_DATUM.sourceDatum,
			conversion: STATION_DATUM.conversion,
			shift_m: String(Math.round(distanceMetres([lon, lat], wgs))),
			note: STATION_NOTE
		};
	});
}

/** How one sourced place point is treated. */
export interface PlaceRule extends DatumDecision {
	/** id of the row in data/sources.csv that cites the coordinate's page */
	sourceId: string;
	/** true where the point is derived or coarse (worse than ~100 m) */
	approximate: boolean;
	/** what the coordinate's precision is and what the point stands for */
	precision: string;
}

const WIKI_CONVENTION = 'WGS-84 (Wikipedia {{coord}} convention; not stated on the page)';
const NOT_STATED_NO_SHIFT = 'not stated; not converted: a GCJ-02 shift (≈ 0.6 km) is smaller than the stated precision';

/**
 * The decision for every row of places.csv that has coordinates, keyed by name_zh. A row with
 * coordinates and no rule stops the build: its datum and precision must be decided first.
 */
export const PLACE_RULES: Readonly<Record<string, PlaceRule>> = {
	杏林湾水库: {
		sourceId: 'place-xinglin-fx361',
		sourceDatum: NOT_STATED_NO_SHIFT,
		conversion: 'none',
		approximate: true,
		precision:
			"minute precision (24°35'N 118°04'E): 1′ ≈ 1.8 km, so the point is good to about ±0.9 km; stands for the dammed inner bay"
	},
	杏林湾: {
		sourceId: 'place-xinglin-fx361',
		sourceDatum: NOT_STATED_NO_SHIFT,
		conversion: 'none',
		approximate: true,
		precision:
			"minute precision (24°35'N 118°04'E): 1′ ≈ 1.8 km, so the point is good to about ±0.9 km; same point as 杏林湾水库"
	},
	九龙江: {
		sourceId: 'place-jiulong-river-wikipedia',
		sourceDatum: WIKI_CONVENTION,
		conversion: 'none',
		approximate: false,
		precision:
			'arc-second precision (≈ 30 m); the article point on the lower river about 30 km west of Xiamen Island, NOT the estuary: a river label only'
	},
	九龙江口: {
		sourceId: 'place-jiulong-estuary-phbabc',
		sourceDatum: NOT_STATED_NO_SHIFT,
		conversion: 'none',
		approximate: true,
		precision:
			'derived midpoint of a stated range (E117°51′–118°00′, N24°20′–24°29′): the area spans about ±7.6 km east–west and ±8.3 km north–south of it; lies on water'
	},
	鼓浪屿: {
		sourceId: 'place-gulangyu-wikipedia',
		sourceDatum: WIKI_CONVENTION,
		conversion: 'none',
		approximate: false,
		precision: 'arc-second precision (≈ 30 m); the World Heritage site point, inside the island'
	},
	厦门岛: {
		sourceId: 'place-xiamen-island-wikipedia',
		sourceDatum: WIKI_CONVENTION,
		conversion: 'none',
		approximate: false,
		precision: 'arc-second precision (≈ 30 m); the article point for the whole island'
	}
};

/** One row of data/geo/places-wgs84.csv, as text (its columns: the table's schema). */
export type PlaceWgs84Row = Record<keyof ColumnsOf<typeof placeWgs84Table> & string, string>;

/** Column order of data/geo/places-wgs84.csv (the schema's). */
export const PLACE_COLUMNS = placeWgs84Table.columnNames;

/**
 * Converts places.csv (text) to the rows of data/geo/places-wgs84.csv: only rows that have
 * coordinates, in file order; nothing is placed without a sourced coordinate.
 */
export function placesToWgs84(
	csvText: string,
	file = 'places.csv',
	frame: Readonly<Frame> = MAP_FRAME
): PlaceWgs84Row[] {
	const rows = csvParse(csvText);
	requireColumns(file, rows.columns, ['name_zh', 'name_en', 'kind', 'lat', 'lon', 'source_url']);
	const out: PlaceWgs84Row[] = [];
	rows.forEach((r, i) => {
		const name = r.name_zh ?? '';
		const where = `row ${i + 2} (${name})`;
		const latText = (r.lat ?? '').trim();
		const lonText = (r.lon ?? '').trim();
		if (latText === '' && lonText === '') return;
		if (latText === '' || lonText === '') fail(file, `${where}: has only one of lat/lon`);
		const rule = PLACE_RULES[name];
		if (!rule)
			fail(
				file,
				`${where}: has coordinates but no rule in points.ts PLACE_RULES; decide its datum and precision first`
			);
		const url = (r.source_url ?? '').trim();
		if (url === '') fail(file, `${where}: has coordinates but no source_url`);
		const lat = parseCoordinate(file, where, 'lat', latText);
		const lon = parseCoordinate(file, where, 'lon', lonText);
		const wgs: LonLat = rule.conversion === 'none' ? [lon, lat] : gcj02ToWgs84([lon, lat]);
		out.push({
			name_zh: name,
			name_en: r.name_en ?? '',
			kind: r.kind ?? '',
			lat: formatDegrees(wgs[1]),
			lon: formatDegrees(wgs[0]),
			source_lat: latText,
			source_lon: lonText,
			source_datum: rule.sourceDatum,
			conversion: rule.conversion,
			approximate: String(rule.approximate),
			precision_note: rule.precision,
			in_frame: String(inFrame(wgs, frame)),
			source_id: rule.sourceId,
			source_url: url
		});
	});
	return out;
}

/** Formats rows as CSV (RFC 4180 quoting by d3-dsv) with a trailing newline. */
export function formatCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T)[]): string {
	return `${csvFormat(rows, columns)}\n`;
}
