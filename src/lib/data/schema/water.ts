/** Water: the sites the sources name, their published GB 3838 classes, trophic states and quality words. */
import { identifier, oneOf, optionalText, orEmpty, text } from './cells';
import { year } from './registry';
import { defineTable, type RecordOf } from './table';
import { DISTRICT_ADCODES, QUALITY_GRADES, SITE_KINDS, TROPHIC_STATES, WATER_CLASSES } from './vocabulary';

/** data/sites.csv: water bodies and monitoring sections named in the sources. */
export const siteTable = defineTable({
	columns: {
		id: identifier(),
		name_zh: text(),
		name_en: text(),
		kind: oneOf(SITE_KINDS),
		district_adcode: orEmpty(oneOf(DISTRICT_ADCODES)),
		source_id: identifier(),
		note: optionalText()
	},
	toRecord: (row) => ({
		id: row.id,
		name: { zh: row.name_zh, en: row.name_en },
		kind: row.kind,
		/** District adcode where a source supports it, else null. */
		district: row.district_adcode as string | null,
		sourceId: row.source_id,
		note: row.note
	}),
	toCells: (s) => ({
		id: s.id,
		name_zh: s.name.zh,
		name_en: s.name.en,
		kind: s.kind,
		district_adcode: s.district,
		source_id: s.sourceId,
		note: s.note
	})
});
export type Site = RecordOf<typeof siteTable>;

/** data/classes/water.csv: published GB 3838 classes of sites by year. */
export const waterClassTable = defineTable({
	columns: {
		year: year(),
		site: identifier(),
		class: oneOf(WATER_CLASSES),
		body: oneOf(['river', 'lake'] as const),
		source_id: identifier(),
		note: optionalText(),
		quote: optionalText()
	},
	toRecord: (row, origin) => ({
		year: row.year,
		site: row.site,
		class: row.class,
		body: row.body,
		sourceId: row.source_id,
		note: row.note,
		quote: row.quote,
		origin
	}),
	toCells: (w) => ({
		year: w.year,
		site: w.site,
		class: w.class,
		body: w.body,
		source_id: w.sourceId,
		note: w.note,
		quote: w.quote
	})
});
export type WaterClassFigure = RecordOf<typeof waterClassTable>;

/**
 * data/classes/water-status.csv: a site's published trophic state (营养状态) or quality word (优, 良好 …) in
 * a year, under a named scheme: a different measure from the GB 3838 class, kept apart from it.
 */
export const waterStatusTable = defineTable({
	columns: {
		year: year(),
		site: identifier(),
		scheme: oneOf(['trophic_state', 'quality_grade'] as const),
		status: oneOf([...TROPHIC_STATES, ...QUALITY_GRADES] as const),
		source_id: identifier(),
		note: optionalText(),
		quote: optionalText()
	},
	toRecord: (row, origin) => ({
		year: row.year,
		site: row.site,
		scheme: row.scheme,
		status: row.status as string,
		sourceId: row.source_id,
		note: row.note,
		quote: row.quote,
		origin
	}),
	toCells: (w) => ({
		year: w.year,
		site: w.site,
		scheme: w.scheme,
		status: w.status,
		source_id: w.sourceId,
		note: w.note,
		quote: w.quote
	})
});
export type WaterStatus = RecordOf<typeof waterStatusTable>;
