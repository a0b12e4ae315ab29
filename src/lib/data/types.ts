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
	| 't_per_year';

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

export interface Problem {
	id: string;
	domain: Domain;
	year: number;
	text: { zh: string; en: string };
	sourceId: string;
	quote: string;
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
}
