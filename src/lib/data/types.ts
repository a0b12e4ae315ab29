/**
 * Shapes of the JSON the pipeline writes (src/lib/generated/) and the site loads.
 * The pipeline is the only writer; pages and components only read these.
 */

/** What kind of publication a source is (the registry's `kind` column). */
export type SourceKind =
	| 'official_document'
	| 'official_bulletin'
	| 'news_report'
	| 'news_mirror'
	| 'dataset';

export type Reliability = 'high' | 'medium' | 'low';

export interface Source {
	id: string;
	title: string;
	publisher: string;
	/** YYYY, YYYY-MM, YYYY-MM-DD, a range `start/end`, or empty when the source gives no date. */
	date: string;
	/** Empty when the page address was not recorded (the note then says how to find it). */
	url: string;
	kind: SourceKind;
	reliability: Reliability;
	note: { zh: string; en: string };
}

/**
 * Units are explicit and distinct: a share in percent, a difference of two shares in percentage
 * points and a relative change in percent are three different units.
 */
export type Unit =
	| 'index'
	| 'index_points'
	| 'percent'
	| 'percentage_point'
	| 'percent_change'
	| 'rank'
	| 'places'
	| 'days'
	| 'count'
	| 'ug_m3'
	| 'mg_m3'
	| 'km2'
	| 'm2_per_km'
	| 't'
	| 't_per_year'
	| 'km'
	| 'sightings'
	| 'animals_seen';

export type Domain = 'air' | 'water' | 'coast' | 'litter' | 'noise';

export interface Metric {
	id: string;
	domain: Domain;
	unit: Unit;
	/** Which direction is an improvement; null where neither is (counts, shares of origin). */
	better: 'higher' | 'lower' | null;
	/** For a change metric: the metric it is the change of. */
	changeOf: string | null;
	label: { zh: string; en: string };
	description: { zh: string; en: string };
}

/** A published figure, exactly as the source gives it. */
export interface Figure {
	year: number;
	metric: string;
	value: number;
	/** Decimal places as published (99.18 → 2), so the site shows what the source printed. */
	decimals: number;
	unit: Unit;
	scope: string;
	sourceId: string;
	note: string;
	quote: string;
	/** `file:line` of the row in data/, for traceability. */
	origin: string;
}

/**
 * A value computed from published figures (e.g. last year's rate from this year's rate and its
 * change). Never shown without the word "derived" and the figures it came from.
 */
export interface DerivedFigure {
	year: number;
	metric: string;
	value: number;
	decimals: number;
	unit: Unit;
	scope: string;
	method: 'minus_change_pt' | 'divide_by_change_pct' | 'add_places_gained' | 'minus_change_abs';
	/** Origins (`file:line`) of the figures it was computed from. */
	from: string[];
	sourceIds: string[];
}

export type WaterClass = 'I' | 'II' | 'III' | 'IV' | 'V' | '劣V';

export interface Site {
	id: string;
	name: { zh: string; en: string };
	kind: 'reservoir' | 'drinking_source' | 'lagoon' | 'river' | 'river_section';
	/** District adcode where a source supports it, else null. */
	district: string | null;
	sourceId: string;
	note: string;
}

export interface WaterClassFigure {
	year: number;
	site: string;
	class: WaterClass;
	body: 'river' | 'lake';
	sourceId: string;
	note: string;
	quote: string;
	origin: string;
}

/** A sea area named in the sources; placed on a map only where a source positions it. */
export interface SeaArea {
	id: string;
	name: { zh: string; en: string };
	note: string;
}

/**
 * A sea area's published status: under `ocean_bureau` (2013–2014 bulletins) one of five
 * composite-index categories; under `gb3097` a seawater class. The two are different schemes.
 */
export interface SeaAreaStatus {
	year: number;
	area: string;
	status: string;
	scheme: 'ocean_bureau' | 'gb3097';
	sourceId: string;
	note: string;
	origin: string;
}

export interface Problem {
	id: string;
	domain: Domain;
	year: number;
	text: { zh: string; en: string };
	sourceId: string;
	quote: string;
}

/**
 * A site's published trophic state (营养状态) or quality word (优, 良好 …) in a year: a different measure
 * from the GB 3838 class, kept apart from it.
 */
export interface WaterStatus {
	year: number;
	site: string;
	scheme: 'trophic_state' | 'quality_grade';
	status: string;
	sourceId: string;
	note: string;
	quote: string;
	origin: string;
}

/** A term of the site's glossary (data/text/glossary.csv), explained in plain words. */
export interface GlossaryTerm {
	/** Anchor on /learn/: `#term-<id>`. */
	id: string;
	term: { zh: string; en: string };
	definition: { zh: string; en: string };
	sourceId: string;
}

/** Everything `npm run data` writes, one object per generated file. */
export interface Dataset {
	sources: Source[];
	metrics: Metric[];
	figures: Figure[];
	derived: DerivedFigure[];
	sites: Site[];
	waterClasses: WaterClassFigure[];
	problems: Problem[];
	/** Work the founding document names on those problems (data/text/priorities.csv). */
	priorities: Problem[];
	/** The glossary (data/text/glossary.csv). */
	glossary: GlossaryTerm[];
	seaAreas: SeaArea[];
	seaAreaStatuses: SeaAreaStatus[];
	monitoring: MonitoringDataset;
	waterStatuses: WaterStatus[];
}

/** Daily values keyed as in data/derived/air-daily-*.csv (µg/m³; CO mg/m³). */
export type DailyValueKey = 'SO2' | 'NO2' | 'PM10' | 'PM2_5' | 'CO' | 'O3_1h_max' | 'O3_8h_max';

/**
 * One day of national-network data for the city or a station, computed from hourly values by
 * `npm run import:cnemc` (computed, not published). Values are null where the day had too few
 * valid hours (STANDARDS.md §8); `hours` says how many it had.
 */
export interface DailyAir {
	date: string;
	values: Record<DailyValueKey, number | null>;
	hours: { SO2: number; NO2: number; PM10: number; PM2_5: number; CO: number; O3: number; O3_8h_windows: number };
	aqi: number | null;
	level: 1 | 2 | 3 | 4 | 5 | 6 | null;
	primary: string[];
	edition: '2012' | '2026';
	sourceId: string;
}

export interface DailyStationAir extends DailyAir {
	station: string;
}

/** Annual statistics computed from the daily values (HJ 663); null where the year fails validity. */
export interface AnnualComputed {
	year: number;
	SO2: number | null;
	NO2: number | null;
	PM10: number | null;
	PM2_5: number | null;
	CO_p95: number | null;
	O3_8h_p90: number | null;
	validDays: number;
	compositeIndex: number | null;
	sourceIds: string[];
}

/** A third-party platform's daily values (aqistudy.cn), never mixed with national-network data. */
export interface DailyThirdParty {
	date: string;
	aqi: number;
	levelZh: string;
	values: { PM2_5: number | null; PM10: number | null; SO2: number | null; CO: number | null; NO2: number | null; O3_unspecified: number | null };
	sourceId: string;
}

/** A national air-monitoring station, placed in WGS-84 (see data/geo/README.md for the datum decision). */
export interface Station {
	code: string;
	name: { zh: string; en: string };
	district: string;
	lat: number;
	lon: number;
	source: { lat: number; lon: number; datum: string };
	conversion: string;
	shiftM: number;
	referenceSite: boolean;
	sourceId: string;
}

/** A place with a sourced coordinate (WGS-84); `approximate` places are flagged on the map. */
export interface Place {
	name: { zh: string; en: string };
	kind: string;
	lat: number;
	lon: number;
	approximate: boolean;
	precisionNote: string;
	sourceId: string;
}

/** The map's geometry (the project's own TopoJSON) and the note every map must show. */
export interface MapData {
	topology: unknown;
	attribution: { zh: string; en: string; replace_before_official_publication: string };
}

/** The monitoring and map part of the generated data. */
export interface MonitoringDataset {
	dailyCity: DailyAir[];
	dailyStations: DailyStationAir[];
	dailyThirdParty: DailyThirdParty[];
	annualComputed: AnnualComputed[];
	stations: Station[];
	places: Place[];
	map: MapData;
}
