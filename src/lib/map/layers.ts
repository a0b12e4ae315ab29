/**
 * Layer models: the map's data (XiamenMapData) built from the dataset on the server. Every point
 * drawn comes from a sourced coordinate (stations, places); everything without one is kept with
 * the location level its sources support (its district, or none) and is listed, never placed.
 */
import type { Dataset, Place } from '../data/types';
import { decodeXiamenTopology, districtBorders, type XiamenTopology } from './geometry';
import { compactPath, labelPoint, projectedBounds } from './paths';
import { fitFrame, projectPoint, type FittedProjection, type LonLatBox } from './projection';
import type {
	CityDailySeries,
	DistrictChoropleth,
	FigureRef,
	LocationLevel,
	MapDistrict,
	MapNetworkStation,
	MapPlace,
	MapSeaArea,
	MapStation,
	MapWaterSite,
	StationDay,
	XiamenMapData
} from './types';
import { namedViews } from './views';
import { XIAMEN_NETWORK_SITE } from '../water/stations';

/** The map's width in map units (the viewBox); the height follows from the frame. */
export const MAP_WIDTH = 1000;
/** Path coordinates are written in steps of 1 / PATH_SCALE map units (≈ 7 m). */
export const PATH_SCALE = 10;
/** The frame when a topology has no bbox (data/geo's MAP_FRAME). */
const DEFAULT_FRAME: LonLatBox = [117.78, 24.32, 118.51, 24.95];

/**
 * The stated uncertainty of an approximate coordinate, read from its precision note: "±0.9 km" →
 * [0.9, 0.9]; "±7.6 km east–west and ±8.3 km north–south" → [7.6, 8.3] (east–west first). Null
 * when the note states no distance in km.
 */
export function parseUncertaintyKm(note: string): [number, number] | null {
	const found = [...note.matchAll(/±\s*(\d+(?:\.\d+)?)\s*km(?:\s+(east|north))?/g)];
	if (found.length === 0) return null;
	if (found.length === 1) {
		const v = Number(found[0]![1]);
		return [v, v];
	}
	const [a, b] = [found[0]!, found[1]!];
	const first = Number(a[1]);
	const second = Number(b[1]);
	return a[2] === 'north' ? [second, first] : [first, second];
}

/** A place as the map draws it. */
export function mapPlace(fit: FittedProjection, place: Place): MapPlace {
	const uncertaintyKm = place.approximate ? parseUncertaintyKm(place.precisionNote) : null;
	const r = (km: number) => Math.round(km * fit.unitsPerKm * 10) / 10;
	return {
		name: place.name,
		at: projectPoint(fit, place.lon, place.lat),
		approximate: place.approximate,
		uncertaintyKm,
		radius: uncertaintyKm ? [r(uncertaintyKm[0]), r(uncertaintyKm[1])] : null,
		precisionNote: place.precisionNote,
		sourceId: place.sourceId
	};
}

/** The name without a parenthetical: "九龙江口（河口区）" → "九龙江口". */
const baseName = (zh: string) => zh.replace(/[（(].*$/, '').trim();

/** The sourced place standing for a named feature: same Chinese name (ignoring a parenthetical), else none. */
export function placeFor(places: Place[], nameZh: string): Place | undefined {
	return places.find((p) => p.name.zh === nameZh) ?? places.find((p) => p.name.zh === baseName(nameZh));
}

/** Where a feature can be shown: a sourced point (exact or approximate), its district, or nowhere. */
export function locationLevel(place: Place | MapPlace | null | undefined, district: string | null): LocationLevel {
	if (place) return place.approximate ? 'approximate' : 'point';
	return district ? 'district' : 'none';
}

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
const dateOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** The city's daily AQI as one value per day from the first date (null for a day without a value or row). */
export function cityDailySeries(days: Dataset['monitoring']['dailyCity']): CityDailySeries {
	if (days.length === 0) return { start: '', aqi: [], sources: [] };
	const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
	const first = dayNumber(sorted[0]!.date);
	const last = dayNumber(sorted[sorted.length - 1]!.date);
	const aqi: (number | null)[] = Array.from({ length: last - first + 1 }, () => null);
	const sources: CityDailySeries['sources'] = [];
	for (const day of sorted) {
		aqi[dayNumber(day.date) - first] = day.aqi;
		const run = sources[sources.length - 1];
		if (run && run.sourceId === day.sourceId) run.to = day.date;
		else sources.push({ from: day.date, to: day.date, sourceId: day.sourceId });
	}
	return { start: sorted[0]!.date, aqi, sources };
}

/** The city's AQI on a date from the compact series: undefined outside it, null for a day without a value. */
export function cityAqiOn(series: CityDailySeries, date: string): { aqi: number | null; sourceId: string } | undefined {
	if (!series.start || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
	const i = dayNumber(date) - dayNumber(series.start);
	if (!(i >= 0 && i < series.aqi.length)) return undefined;
	const run = series.sources.find((r) => r.from <= date && date <= r.to);
	return { aqi: series.aqi[i] ?? null, sourceId: run?.sourceId ?? '' };
}

/** The last date of the series ('' when empty). */
export function cityLastDate(series: CityDailySeries): string {
	return series.start ? dateOf(dayNumber(series.start) + series.aqi.length - 1) : '';
}

/** Per-station days: date → station code → values. */
export function stationDays(rows: Dataset['monitoring']['dailyStations']): Record<string, Record<string, StationDay>> {
	const out: Record<string, Record<string, StationDay>> = {};
	for (const r of rows) {
		(out[r.date] ??= {})[r.station] = { aqi: r.aqi, level: r.level, primary: r.primary, sourceId: r.sourceId };
	}
	return out;
}

/** Figures of one metric (city scope), by year. */
function figureRefs(dataset: Dataset, metric: string): FigureRef[] {
	return dataset.figures
		.filter((f) => f.metric === metric && f.scope === 'city')
		.sort((a, b) => a.year - b.year)
		.map((f) => ({
			year: f.year,
			value: f.value,
			decimals: f.decimals,
			unit: f.unit,
			sourceId: f.sourceId,
			note: f.note
		}));
}

/**
 * The district-level value the map page fills the districts by: how many of the national
 * air-monitoring stations (data/stations.csv) lie in each district — a count, not a measurement.
 */
export function stationsPerDistrict(dataset: Dataset, districts: { adcode: string }[]): DistrictChoropleth {
	const values: Record<string, number> = {};
	for (const d of districts)
		values[d.adcode] = dataset.monitoring.stations.filter((s) => s.district === d.adcode).length;
	return {
		id: 'air-stations-per-district',
		label: 'map_choropleth_stations_label',
		note: 'map_choropleth_stations_note',
		unit: 'count',
		decimals: 0,
		values,
		sourceIds: [...new Set(dataset.monitoring.stations.map((s) => s.sourceId))]
	};
}

const OBJECTS = ['districts', 'land', 'coastline', 'neighbours'] as const;

/** The topology with an empty collection for any of the four objects it lacks (a partial test fixture). */
function withAllObjects(topology: XiamenTopology): XiamenTopology {
	const objects = { ...topology.objects };
	for (const name of OBJECTS) objects[name] ??= { type: 'GeometryCollection', geometries: [] };
	return { ...topology, objects };
}

/** Builds everything the map draws from the dataset. */
export function buildMapData(dataset: Dataset, width = MAP_WIDTH): XiamenMapData {
	const topology = withAllObjects(dataset.monitoring.map.topology as XiamenTopology);
	const frame = (topology.bbox?.length === 4 ? topology.bbox : DEFAULT_FRAME) as LonLatBox;
	const fit = fitFrame(frame, width);
	const { projection } = fit;
	const height = Math.round(fit.height * 10) / 10;
	const features = decodeXiamenTopology(topology);
	const path = (o: GeoJSON.GeoJsonObject | GeoJSON.Feature) => compactPath(projection, o as never, PATH_SCALE);

	const districts: MapDistrict[] = features.districts.features.map((f) => {
		const bbox = projectedBounds(projection, f as never).map((v) => Math.round(v * 10) / 10);
		return {
			adcode: String(f.properties.adcode),
			name: { zh: f.properties.name_zh, en: f.properties.name_en },
			d: path(f),
			label: labelPoint(projection, f.geometry),
			bbox: bbox as MapDistrict['bbox']
		};
	});
	const hasDistricts = features.districts.features.length > 0;

	const places = dataset.monitoring.places;
	const stations: MapStation[] = dataset.monitoring.stations.map((s) => ({
		code: s.code,
		name: s.name,
		district: s.district,
		at: projectPoint(fit, s.lon, s.lat),
		referenceSite: s.referenceSite,
		sourceId: s.sourceId,
		source: s.source,
		wgs84: { lat: s.lat, lon: s.lon },
		shiftM: s.shiftM
	}));

	const water: MapWaterSite[] = dataset.sites.map((site) => {
		const place = placeFor(places, site.name.zh);
		return {
			id: site.id,
			name: site.name,
			kind: site.kind,
			district: site.district,
			location: locationLevel(place, site.district),
			place: place ? mapPlace(fit, place) : null,
			classes: dataset.waterClasses
				.filter((c) => c.site === site.id)
				.sort((a, b) => a.year - b.year)
				.map((c) => ({ year: c.year, class: c.class, sourceId: c.sourceId })),
			sourceId: site.sourceId
		};
	});

	const network: MapNetworkStation[] = dataset.waterNetwork.stations.flatMap((s) => {
		if (s.group === 'fujian') return [];
		const site = s.group === 'xiamen' ? dataset.sites.find((x) => x.id === XIAMEN_NETWORK_SITE) : undefined;
		return [
			{
				station: s.station,
				group: s.group,
				site: site?.id ?? null,
				district: site?.district ?? null,
				readings: s.readings,
				firstMonth: s.firstMonth,
				lastMonth: s.lastMonth,
				sourceIds: [...dataset.waterNetwork.sourceIds, ...(site ? [site.sourceId] : [])]
			}
		];
	});
	network.sort((a, b) => (a.group === b.group ? 0 : a.group === 'xiamen' ? -1 : 1));

	const sea: MapSeaArea[] = dataset.seaAreas.map((area) => {
		const place = placeFor(places, area.name.zh);
		return {
			id: area.id,
			name: area.name,
			statuses: dataset.seaAreaStatuses
				.filter((s) => s.area === area.id)
				.sort((a, b) => a.year - b.year)
				.map((s) => ({ year: s.year, status: s.status, scheme: s.scheme, sourceId: s.sourceId })),
			place: place ? mapPlace(fit, place) : null
		};
	});

	const attribution = dataset.monitoring.map.attribution as XiamenMapData['note']['attribution'] & {
		replace_before_official_publication: string;
		sources?: { id: string; licence: string }[];
	};
	const licences = attribution.sources ?? [];

	return {
		base: {
			width,
			height,
			pathScale: PATH_SCALE,
			land: path(features.land),
			coast: path(features.coastline),
			borders: hasDistricts ? path(districtBorders(topology)) : '',
			neighbours: features.neighbours.features.map((f) => ({
				adcode: String(f.properties.adcode),
				name: { zh: f.properties.name_zh, en: f.properties.name_en },
				label: labelPoint(projection, f.geometry)
			}))
		},
		districts,
		views: namedViews(districts),
		stations,
		stationDays: stationDays(dataset.monitoring.dailyStations),
		city: cityDailySeries(dataset.monitoring.dailyCity),
		water,
		network,
		waterYears: [...new Set(dataset.waterClasses.map((c) => c.year))].sort((a, b) => a - b),
		sea,
		seaYears: [...new Set(dataset.seaAreaStatuses.map((s) => s.year))].sort((a, b) => a - b),
		litter: {
			cleaning: figureRefs(dataset, 'sea_cleaning_area_km2'),
			density: figureRefs(dataset, 'floating_litter_density')
		},
		note: {
			attribution: { zh: attribution.zh, en: attribution.en },
			replaceFile: attribution.replace_before_official_publication,
			sourceIds: licences.map((l) => l.id),
			licences
		}
	};
}
