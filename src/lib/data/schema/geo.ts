/**
 * data/geo/*.csv, written by `npm run geo`: the stations and places in WGS-84, each with the
 * coordinates the source gave, the datum assumed and what was done to them (data/geo/README.md).
 */
import { boolean, decimal, identifier, integer, optionalText, text } from './cells';
import { defineTable, fixed, type RecordOf } from './table';

/** Decimals of a WGS-84 coordinate the geo build writes (1e-5° ≈ 1 m). */
export const WGS84_DECIMALS = 5;

type Decimal = { value: number; decimals: number };

/** The coordinates as the source gave them, with their decimals (their precision is part of what the source said). */
const sourcePoint = (row: { source_lat: Decimal; source_lon: Decimal; source_datum: string }) => ({
	lat: row.source_lat.value,
	lon: row.source_lon.value,
	datum: row.source_datum,
	decimals: { lat: row.source_lat.decimals, lon: row.source_lon.decimals }
});

/** The cells of a placed point: WGS-84 at 5 decimals, the source's coordinates with their own. */
const pointCells = (p: { lat: number; lon: number; source: ReturnType<typeof sourcePoint>; conversion: string }) => ({
	lat: fixed(p.lat, WGS84_DECIMALS),
	lon: fixed(p.lon, WGS84_DECIMALS),
	source_lat: p.source.lat.toFixed(p.source.decimals.lat),
	source_lon: p.source.lon.toFixed(p.source.decimals.lon),
	source_datum: p.source.datum,
	conversion: p.conversion
});

/** data/geo/stations-wgs84.csv */
export const stationWgs84Table = defineTable({
	columns: {
		code: text(),
		name_zh: text(),
		district_adcode: text(),
		lat: decimal(),
		lon: decimal(),
		source_lat: decimal(),
		source_lon: decimal(),
		source_datum: text(),
		conversion: text(),
		shift_m: integer(0, 100000),
		note: optionalText()
	},
	toRecord: (row) => ({
		code: row.code,
		nameZh: row.name_zh,
		district: row.district_adcode,
		lat: row.lat.value,
		lon: row.lon.value,
		source: sourcePoint(row),
		conversion: row.conversion,
		shiftM: row.shift_m,
		note: row.note
	}),
	toCells: (p) => ({
		code: p.code,
		name_zh: p.nameZh,
		district_adcode: p.district,
		...pointCells(p),
		shift_m: p.shiftM,
		note: p.note
	})
});
export type StationPoint = RecordOf<typeof stationWgs84Table>;

/** data/geo/places-wgs84.csv: places with a sourced coordinate; `approximate` places are flagged on the map. */
export const placeWgs84Table = defineTable({
	columns: {
		name_zh: text(),
		name_en: text(),
		kind: text(),
		lat: decimal(),
		lon: decimal(),
		source_lat: decimal(),
		source_lon: decimal(),
		source_datum: text(),
		conversion: text(),
		approximate: boolean(),
		precision_note: text(),
		in_frame: boolean(),
		source_id: identifier(),
		source_url: text()
	},
	toRecord: (row) => ({
		name: { zh: row.name_zh, en: row.name_en },
		kind: row.kind,
		lat: row.lat.value,
		lon: row.lon.value,
		source: sourcePoint(row),
		conversion: row.conversion,
		approximate: row.approximate,
		precisionNote: row.precision_note,
		inFrame: row.in_frame,
		sourceId: row.source_id,
		sourceUrl: row.source_url
	}),
	toCells: (p) => ({
		name_zh: p.name.zh,
		name_en: p.name.en,
		kind: p.kind,
		...pointCells(p),
		approximate: p.approximate,
		precision_note: p.precisionNote,
		in_frame: p.inFrame,
		source_id: p.sourceId,
		source_url: p.sourceUrl
	})
});
export type Place = RecordOf<typeof placeWgs84Table>;
