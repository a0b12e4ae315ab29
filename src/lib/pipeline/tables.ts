import {
	boolean,
	decimal,
	identifier,
	integer,
	oneOf,
	optionalText,
	optionalUrl,
	orEmpty,
	partialDate,
	text
} from './cells';

/** The units the data may use (see `Unit` in $lib/data/types). */
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

export const DOMAINS = ['air', 'water', 'coast', 'litter', 'noise'] as const;
export const SOURCE_KINDS = [
	'official_document',
	'official_bulletin',
	'news_report',
	'news_mirror',
	'dataset'
] as const;
export const WATER_CLASSES = ['I', 'II', 'III', 'IV', 'V', '劣V'] as const;
const YEAR = integer(1980, 2100);

/** data/sources.csv: the source registry every figure cites. */
export const sourceColumns = {
	id: identifier(),
	title: text(),
	publisher: text(),
	date: orEmpty(partialDate()),
	url: optionalUrl(),
	kind: oneOf(SOURCE_KINDS),
	reliability: oneOf(['high', 'medium', 'low'] as const),
	reliability_note_zh: text(),
	reliability_note_en: text()
};

/** data/metrics.csv: what each metric means, its unit, and which direction is better. */
export const metricColumns = {
	id: identifier(),
	domain: oneOf(DOMAINS),
	unit: oneOf(UNITS),
	better: orEmpty(oneOf(['higher', 'lower'] as const)),
	change_of: orEmpty(identifier()),
	label_zh: text(),
	label_en: text(),
	description_zh: text(),
	description_en: text()
};

/** data/figures/*.csv: published numeric figures, one per (year, metric, scope). */
export const figureColumns = {
	year: YEAR,
	metric: identifier(),
	value: decimal(),
	unit: oneOf(UNITS),
	scope: identifier(),
	source_id: identifier(),
	note: optionalText(),
	quote: optionalText()
};

/** data/sites.csv: water bodies and monitoring sections named in the sources. */
export const siteColumns = {
	id: identifier(),
	name_zh: text(),
	name_en: text(),
	kind: oneOf(['reservoir', 'drinking_source', 'lagoon', 'river', 'river_section'] as const),
	district_adcode: orEmpty(oneOf(['350203', '350205', '350206', '350211', '350212', '350213'] as const)),
	source_id: identifier(),
	note: optionalText()
};

/** data/classes/water.csv: published GB 3838 classes of sites by year. */
export const waterClassColumns = {
	year: YEAR,
	site: identifier(),
	class: oneOf(WATER_CLASSES),
	body: oneOf(['river', 'lake'] as const),
	source_id: identifier(),
	note: optionalText(),
	quote: optionalText()
};

/** data/text/problems.csv: problems the founding document names, in its words and ours. */
export const problemColumns = {
	id: identifier(),
	domain: oneOf(DOMAINS),
	year: YEAR,
	text_zh: text(),
	text_en: text(),
	source_id: identifier(),
	quote: text()
};

/**
 * data/text/priorities.csv: the work the founding document names on the problems in problems.csv
 * (same columns: the document's words as a quote, our wording in zh and en).
 */
export const priorityColumns = problemColumns;

/**
 * data/text/glossary.csv: the terms the site uses, explained in plain words in zh and en, each
 * definition citing the document it rests on (a standard's registry row, or the source the
 * site's own convention is applied to). `id` is the anchor on /learn/ (`#term-<id>`).
 */
export const glossaryColumns = {
	id: identifier(),
	term_zh: text(),
	term_en: text(),
	definition_zh: text(),
	definition_en: text(),
	source_id: identifier()
};

/** data/stations.csv: the national air-monitoring stations. */
export const stationColumns = {
	code: text(),
	name_zh: text(),
	name_en: text(),
	district_adcode: oneOf(['350203', '350205', '350206', '350211', '350212', '350213'] as const),
	lat: decimal(),
	lon: decimal(),
	reference_site: boolean(),
	source_id: identifier(),
	note: optionalText()
};

/** data/sea-areas.csv: the sea areas named in the sources (no coordinates: bulletins define them by map). */
export const seaAreaColumns = {
	id: identifier(),
	name_zh: text(),
	name_en: text(),
	note: optionalText()
};

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

/** data/classes/sea-areas.csv: a sea area's published status in a year, under a named scheme. */
export const seaAreaStatusColumns = {
	year: YEAR,
	area: identifier(),
	status: oneOf([...OCEAN_BUREAU_STATUSES, '1', '2', '3', '4', '劣四类'] as const),
	scheme: oneOf(['ocean_bureau', 'gb3097'] as const),
	source_id: identifier(),
	note: optionalText()
};

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

/** data/classes/water-status.csv: a site's published trophic state or quality word in a year, under a named scheme. */
export const waterStatusColumns = {
	year: YEAR,
	site: identifier(),
	scheme: oneOf(['trophic_state', 'quality_grade'] as const),
	status: oneOf([...TROPHIC_STATES, ...QUALITY_GRADES] as const),
	source_id: identifier(),
	note: optionalText(),
	quote: optionalText()
};
