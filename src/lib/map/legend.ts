/**
 * Legend models: which legend entry each feature belongs to, and how many features each entry has.
 * A legend entry's `key` is what the reader clicks to highlight those features.
 */
import { AQI_CATEGORIES } from '../standards';
import type { WaterClass } from '../data/types';
import { WATER_CLASSES } from '../standards';
import { CHOROPLETH_RAMP, NO_DATA_COLOUR, SEA_STATUSES, SEA_STATUS_COLOURS, WATER_CLASS_COLOURS } from './palette';
import type { DistrictChoropleth, MapSeaArea, MapStation, MapWaterSite, StationDay } from './types';

export interface LegendEntry {
	/** what features of this entry carry (e.g. 'aqi-1', 'class-II', 'no-data') */
	key: string;
	colour: string;
	count: number;
}

/** Counts features per key, for the given keys in order (keys with no feature count 0). */
export function countByKey(featureKeys: string[], keys: string[]): Record<string, number> {
	const counts: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
	for (const k of featureKeys) if (k in counts) counts[k]! += 1;
	return counts;
}

// ── air stations ────────────────────────────────────────────────────────────

/** A station's legend key on a day: its AQI level, or 'no-data' (no row for the day, or no valid AQI). */
export function stationKey(day: Record<string, StationDay> | undefined, code: string): string {
	const level = day?.[code]?.level;
	return level ? `aqi-${level}` : 'no-data';
}

/** The six AQI categories (HJ 633 Table A.1 colours) and "no data", with how many stations each has that day. */
export function stationLegend(stations: MapStation[], day: Record<string, StationDay> | undefined): LegendEntry[] {
	const keys = [...AQI_CATEGORIES.map((c) => `aqi-${c.level}`), 'no-data'];
	const counts = countByKey(
		stations.map((s) => stationKey(day, s.code)),
		keys
	);
	return [
		...AQI_CATEGORIES.map((c) => ({ key: `aqi-${c.level}`, colour: c.colour, count: counts[`aqi-${c.level}`]! })),
		{ key: 'no-data', colour: NO_DATA_COLOUR, count: counts['no-data']! }
	];
}

// ── water ───────────────────────────────────────────────────────────────────

/** A water body's published class in a year, if any. */
export function classIn(site: MapWaterSite, year: number): WaterClass | null {
	return site.classes.find((c) => c.year === year)?.class ?? null;
}

/** A water body's legend key in a year: its class, or 'no-class' (none published that year). */
export function waterKey(site: MapWaterSite, year: number): string {
	const c = classIn(site, year);
	return c ? `class-${c}` : 'no-class';
}

/** GB 3838 classes I…劣V and "no class published", with how many water bodies each has in the year. */
export function waterLegend(sites: MapWaterSite[], year: number): LegendEntry[] {
	const keys = [...WATER_CLASSES.map((c) => `class-${c}`), 'no-class'];
	const counts = countByKey(
		sites.map((s) => waterKey(s, year)),
		keys
	);
	return [
		...WATER_CLASSES.map((c) => ({ key: `class-${c}`, colour: WATER_CLASS_COLOURS[c], count: counts[`class-${c}`]! })),
		{ key: 'no-class', colour: NO_DATA_COLOUR, count: counts['no-class']! }
	];
}

/** How many water bodies are at a point, an approximate point, only in a district, or unplaced. */
export function locationCounts(sites: MapWaterSite[]): Record<MapWaterSite['location'], number> {
	return countByKey(
		sites.map((s) => s.location),
		['point', 'approximate', 'district', 'none']
	) as Record<MapWaterSite['location'], number>;
}

// ── sea ─────────────────────────────────────────────────────────────────────

/** A sea area's published status in a year, or null. */
export function seaStatusIn(area: MapSeaArea, year: number): string | null {
	return area.statuses.find((s) => s.year === year)?.status ?? null;
}

export function seaKey(area: MapSeaArea, year: number): string {
	const s = seaStatusIn(area, year);
	return s ? `sea-${s}` : 'no-status';
}

/** The bulletins' five categories and "no status published", with how many sea areas each has in the year. */
export function seaLegend(areas: MapSeaArea[], year: number): LegendEntry[] {
	const keys = [...SEA_STATUSES.map((s) => `sea-${s}`), 'no-status'];
	const counts = countByKey(
		areas.map((a) => seaKey(a, year)),
		keys
	);
	return [
		...SEA_STATUSES.map((s) => ({ key: `sea-${s}`, colour: SEA_STATUS_COLOURS[s], count: counts[`sea-${s}`]! })),
		{ key: 'no-status', colour: NO_DATA_COLOUR, count: counts['no-status']! }
	];
}

// ── district values (choropleth) ────────────────────────────────────────────

export interface ChoroplethBin extends LegendEntry {
	/** inclusive lower and upper value of the bin (equal for a single-value bin) */
	from: number;
	to: number;
}

/** Rounds to `decimals` places (half away from zero, for bin edges only). */
const roundTo = (v: number, decimals: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;

/**
 * Bins for a district-level value: one bin per distinct value when there are at most `maxBins`
 * (counts such as 0, 1, 2 stations), else `maxBins` equal-width bins from the minimum to the
 * maximum, edges rounded to the value's decimals. Colours run light to dark over the ramp.
 * Districts without a value are not binned (see choroplethKey → 'no-value').
 */
export function choroplethBins(choropleth: DistrictChoropleth, maxBins = CHOROPLETH_RAMP.length): ChoroplethBin[] {
	const values = Object.values(choropleth.values).filter((v): v is number => v !== null && Number.isFinite(v));
	if (values.length === 0) return [];
	const distinct = [...new Set(values)].sort((a, b) => a - b);
	const colour = (i: number, n: number) =>
		CHOROPLETH_RAMP[n === 1 ? 0 : Math.round((i * (CHOROPLETH_RAMP.length - 1)) / (n - 1))]!;
	let bins: { from: number; to: number }[];
	if (distinct.length <= maxBins) {
		bins = distinct.map((v) => ({ from: v, to: v }));
	} else {
		const min = distinct[0]!;
		const max = distinct[distinct.length - 1]!;
		const step = (max - min) / maxBins;
		bins = Array.from({ length: maxBins }, (_, i) => ({
			from: roundTo(min + i * step, choropleth.decimals),
			to: i === maxBins - 1 ? max : roundTo(min + (i + 1) * step, choropleth.decimals)
		}));
	}
	return bins.map((b, i) => ({
		key: `bin-${i}`,
		from: b.from,
		to: b.to,
		colour: colour(i, bins.length),
		count: values.filter((v) => binIndex(bins, v) === i).length
	}));
}

/** The bin a value falls in: the last bin whose lower edge it reaches (values at an edge go up). */
function binIndex(bins: { from: number; to: number }[], v: number): number {
	let index = 0;
	for (let i = 0; i < bins.length; i++) if (v >= bins[i]!.from) index = i;
	return index;
}

/** A district's legend key: its bin, or 'no-value'. */
export function choroplethKey(bins: ChoroplethBin[], value: number | null | undefined): string {
	if (value === null || value === undefined || !Number.isFinite(value) || bins.length === 0) return 'no-value';
	return bins[binIndex(bins, value)]!.key;
}
