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
	'mg_l',
	'km2',
	'm2_per_km',
	't',
	't_per_year',
	'km',
	'sightings',
	'animals_seen',
	'years',
	'working_days',
	'kwh_10k',
	'cny_10k',
	'm3_10k'
] as const;
export type Unit = (typeof UNITS)[number];

/** Units of a change: the only ones that may be negative in a work figure, shown with their sign ("+62%"). */
export const CHANGE_UNITS: readonly Unit[] = ['percent_change', 'percentage_point', 'places', 'index_points'];

/**
 * Units counted in 万 (ten thousand) of a base unit, as the founding document gives energy, money and
 * volume (1000万度, 16053万元, 1871万立方米): the value is stored as written, in 万, and converted only for
 * display (src/lib/text/format.ts). data/work-units.csv declares the same base and factor (checked).
 */
export const UNIT_BASES = {
	kwh_10k: { base: 'kwh', factor: 10_000 },
	cny_10k: { base: 'cny', factor: 10_000 },
	m3_10k: { base: 'm3', factor: 10_000 }
} as const satisfies Partial<Record<Unit, { base: string; factor: number }>>;
export type ScaledUnit = keyof typeof UNIT_BASES;
export type BaseUnit = (typeof UNIT_BASES)[ScaledUnit]['base'];
export const BASE_UNITS = ['kwh', 'cny', 'm3'] as const satisfies readonly BaseUnit[];

/**
 * How exact a work figure is, as the document writes it (data/work.csv `qualifier`): `min` for 逾, 超过,
 * 以上, 余, 多, 突破, 上百 (a lower bound), `approx` for 约, 左右, 近 (data/work-README.md).
 */
export const WRITTEN_QUALIFIERS = ['exact', 'min', 'approx'] as const;
export type WrittenQualifier = (typeof WRITTEN_QUALIFIERS)[number];

/**
 * The founding document's own qualifiers of a figure (data/text/qualifiers.csv `qualifier`): 历史最佳 and
 * 历史最好水平, 并列全省第一, 全省第一, 全省最好水平, 首次, 全国前列, 全省前列.
 */
export const DISTINCTIONS = [
	'best_on_record',
	'tied_first_province',
	'first_province',
	'best_in_province',
	'first_time',
	'among_best_national',
	'among_best_province'
] as const;
export type Distinction = (typeof DISTINCTIONS)[number];

/** What a qualifier qualifies: a metric's city figure, a work figure, a site, or a topic without a figure. */
export const QUALIFIER_SUBJECT_KINDS = ['metric', 'work', 'site', 'topic'] as const;
export type QualifierSubjectKind = (typeof QUALIFIER_SUBJECT_KINDS)[number];

/** Subjects the document qualifies that have no figure of their own (`subject_kind` topic). */
export const QUALIFIER_TOPICS = [
	'environmental_quality',
	'air_quality',
	'water_quality',
	'coastal_water_quality',
	'public_satisfaction',
	'target_responsibility_assessment'
] as const;
export type QualifierTopic = (typeof QUALIFIER_TOPICS)[number];

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
