/**
 * The closed lists the tables draw their words from. A word outside its list is an error in the
 * table, never a new category: a typo cannot start a new series.
 */

/**
 * The units the data may use. A share is in percent, a difference of two shares in percentage points
 * and a relative change in percent_change: three different units (README, "Adding a year of data").
 */
export const UNITS = [
	'index',
	'index_points',
	'percent',
	'percentage_point',
	'percent_change',
	'rank',
	'places',
	'days',
	'count',
	'ug_m3',
	'mg_m3',
	'km2',
	'm2_per_km',
	't',
	't_per_year',
	'km',
	'sightings',
	'animals_seen'
] as const;
export type Unit = (typeof UNITS)[number];

/** The site's domains; each has a table of published figures, `data/figures/<domain>.csv`. */
export const DOMAINS = ['air', 'water', 'coast', 'litter', 'noise'] as const;
export type Domain = (typeof DOMAINS)[number];

/** What kind of publication a source is (the registry's `kind` column). */
export const SOURCE_KINDS = [
	'official_document',
	'official_bulletin',
	'news_report',
	'news_mirror',
	'dataset'
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const RELIABILITIES = ['high', 'medium', 'low'] as const;
export type Reliability = (typeof RELIABILITIES)[number];

/** GB 3838-2002 classes as the sources print them. */
export const WATER_CLASSES = ['I', 'II', 'III', 'IV', 'V', '劣V'] as const;
export type WaterClass = (typeof WATER_CLASSES)[number];

/** Xiamen's six districts (adcodes). */
export const DISTRICT_ADCODES = ['350203', '350205', '350206', '350211', '350212', '350213'] as const;

export const SITE_KINDS = ['reservoir', 'drinking_source', 'lagoon', 'river', 'river_section'] as const;

/**
 * Categories of the former ocean and fisheries bureau's composite-index assessment (2013–2014
 * bulletins). They are not GB 3097 classes and are never shown as such.
 */
export const OCEAN_BUREAU_STATUSES = [
	'clean',
	'relatively_clean',
	'slightly_polluted',
	'moderately_polluted',
	'severely_polluted'
] as const;

/** GB 3097-1997 seawater classes as the sources print them. */
export const SEA_CLASSES = ['1', '2', '3', '4', '劣四类'] as const;

/**
 * Trophic states (营养状态) a bulletin gives for a lake or reservoir: 贫营养, 中营养, 轻度/中度/重度富营养.
 * A measure of nutrient enrichment, not a GB 3838 class; never shown as one.
 */
export const TROPHIC_STATES = [
	'oligotrophic',
	'mesotrophic',
	'slightly_eutrophic',
	'moderately_eutrophic',
	'severely_eutrophic'
] as const;

/** The bulletins' words for water quality (优, 良好, 轻度/中度/重度污染), where no class is given. */
export const QUALITY_GRADES = [
	'excellent',
	'good',
	'slightly_polluted',
	'moderately_polluted',
	'severely_polluted'
] as const;

/** HJ 633-2012 Table 2 category names, the only values of a third party's daily level column. */
export const AQI_LEVELS_ZH = ['优', '良', '轻度污染', '中度污染', '重度污染', '严重污染'] as const;

/** The monitoring pollutants as the derived tables name them (PM2.5 is written PM2_5 in column names). */
export const MONITORED_POLLUTANTS = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3'] as const;
export type MonitoredPollutant = (typeof MONITORED_POLLUTANTS)[number];
