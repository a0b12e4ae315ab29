/** The coast: sea areas the sources name and their published status under a named scheme. */
import { identifier, oneOf, optionalText, text } from './cells';
import { year } from './registry';
import { defineTable, type RecordOf } from './table';
import { OCEAN_BUREAU_STATUSES, SEA_CLASSES } from './vocabulary';

/** data/sea-areas.csv: the sea areas named in the sources (no coordinates: bulletins define them by map). */
export const seaAreaTable = defineTable({
	columns: { id: identifier(), name_zh: text(), name_en: text(), note: optionalText() },
	toRecord: (row) => ({ id: row.id, name: { zh: row.name_zh, en: row.name_en }, note: row.note }),
	toCells: (a) => ({ id: a.id, name_zh: a.name.zh, name_en: a.name.en, note: a.note })
});
export type SeaArea = RecordOf<typeof seaAreaTable>;

/**
 * data/classes/sea-areas.csv: a sea area's published status: under `ocean_bureau` (2013–2014 bulletins)
 * one of five composite-index categories; under `gb3097` a seawater class. Two different schemes.
 */
export const seaAreaStatusTable = defineTable({
	columns: {
		year: year(),
		area: identifier(),
		status: oneOf([...OCEAN_BUREAU_STATUSES, ...SEA_CLASSES] as const),
		scheme: oneOf(['ocean_bureau', 'gb3097'] as const),
		source_id: identifier(),
		note: optionalText()
	},
	toRecord: (row, origin) => ({
		year: row.year,
		area: row.area,
		status: row.status as string,
		scheme: row.scheme,
		sourceId: row.source_id,
		note: row.note,
		origin
	}),
	toCells: (s) => ({
		year: s.year,
		area: s.area,
		status: s.status,
		scheme: s.scheme,
		source_id: s.sourceId,
		note: s.note
	})
});
export type SeaAreaStatus = RecordOf<typeof seaAreaStatusTable>;
