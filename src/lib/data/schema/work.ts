/**
 * The work of the year and the founding document's own qualifiers (data/work-README.md): the work
 * figures (data/work.csv), their declared categories and units (data/work-categories.csv,
 * data/work-units.csv) and the qualifiers (data/text/qualifiers.csv).
 */
import * as v from 'valibot';
import { decimal, identifier, kebab, oneOf, optionalText, orEmpty, text, type Cell } from './cells';
import { year } from './registry';
import { defineTable, type RecordOf } from './table';
import {
	BASE_UNITS,
	DISTINCTIONS,
	DOMAINS,
	QUALIFIER_SUBJECT_KINDS,
	UNITS,
	WRITTEN_QUALIFIERS,
	type Unit
} from './vocabulary';

/** What a work figure is given with: `metric:<id>` (the year's city figure of a metric) or `problem:<id>`. */
export interface WorkPairRef {
	kind: 'metric' | 'problem';
	id: string;
}

const PAIR = /^(metric|problem):[a-z0-9][a-z0-9_.-]*$/;

/** `pairs_with`: empty, or `|`-separated `metric:<id>` / `problem:<id>`. */
const pairList = (): Cell<WorkPairRef[]> =>
	v.pipe(
		v.string(),
		v.check(
			(s) => s === '' || s.split('|').every((p) => PAIR.test(p)),
			'empty, or metric:<id> / problem:<id> separated by |'
		),
		v.transform((s) =>
			s === ''
				? []
				: s.split('|').map((p) => {
						const [kind, id] = p.split(':') as ['metric' | 'problem', string];
						return { kind, id };
					})
		)
	);

/**
 * data/work.csv: one work figure of a year per row, or (with `figure_metric`) a reference to a
 * figure already in data/figures/*.csv, whose value, unit, qualifier, written value, labels and quote
 * are then empty. `category` and `unit` are checked against their tables (checks/work.ts); the record's
 * `unit` is typed as a unit of vocabulary.ts because data/work-units.csv may declare only those.
 */
export const workTable = defineTable({
	columns: {
		year: year(),
		id: kebab(),
		category: identifier(),
		group: kebab(),
		value: orEmpty(decimal()),
		unit: orEmpty(identifier()),
		qualifier: orEmpty(oneOf(WRITTEN_QUALIFIERS)),
		value_zh: optionalText(),
		label_zh: optionalText(),
		label_en: optionalText(),
		quote: optionalText(),
		source_id: identifier(),
		figure_metric: orEmpty(identifier()),
		pairs_with: pairList(),
		note_zh: optionalText(),
		note_en: optionalText()
	},
	toRecord: (row, origin) => ({
		year: row.year,
		id: row.id,
		category: row.category,
		/** Figures shown together (one card or slide); a group has one category. */
		group: row.group,
		/** The number as the document gives it, in `unit` (a fall is negative); null on a reference row. */
		value: row.value?.value ?? null,
		/** Decimal places as written (77.31 → 2). */
		decimals: row.value?.decimals ?? 0,
		unit: row.unit as Unit | null,
		qualifier: row.qualifier,
		/** The figure exactly as the document writes it (`突破1000万度`), a substring of `quote`. */
		valueZh: row.value_zh,
		label: { zh: row.label_zh, en: row.label_en },
		quote: row.quote,
		sourceId: row.source_id,
		/** Set on a row that references the year's city figure of this metric in data/figures. */
		figureMetric: row.figure_metric,
		pairsWith: row.pairs_with,
		note: { zh: row.note_zh, en: row.note_en },
		/** `file:line` of the row in data/, for traceability. */
		origin
	}),
	toCells: (w) => ({
		year: w.year,
		id: w.id,
		category: w.category,
		group: w.group,
		value: w.value === null ? null : w.value.toFixed(w.decimals),
		unit: w.unit,
		qualifier: w.qualifier,
		value_zh: w.valueZh,
		label_zh: w.label.zh,
		label_en: w.label.en,
		quote: w.quote,
		source_id: w.sourceId,
		figure_metric: w.figureMetric,
		pairs_with: w.pairsWith.map((p) => `${p.kind}:${p.id}`).join('|'),
		note_zh: w.note.zh,
		note_en: w.note.en
	})
});
/** One row of data/work.csv. */
export type WorkFigure = RecordOf<typeof workTable>;

/** data/work-categories.csv: the categories of work, in display order, each with the domain page it links to. */
export const workCategoryTable = defineTable({
	columns: {
		id: identifier(),
		label_zh: text(),
		label_en: text(),
		domain: orEmpty(oneOf(DOMAINS))
	},
	toRecord: (row) => ({ id: row.id, label: { zh: row.label_zh, en: row.label_en }, domain: row.domain }),
	toCells: (c) => ({ id: c.id, label_zh: c.label.zh, label_en: c.label.en, domain: c.domain })
});
export type WorkCategory = RecordOf<typeof workCategoryTable>;

/**
 * data/work-units.csv: the units work figures may use (each a unit of vocabulary.ts), with the unit as
 * the document writes it after the number and, for a 万 unit, its base unit and factor.
 */
export const workUnitTable = defineTable({
	columns: {
		id: oneOf(UNITS),
		written_zh: optionalText(),
		label_zh: text(),
		label_en: text(),
		base_unit: orEmpty(oneOf(BASE_UNITS)),
		factor: orEmpty(decimal())
	},
	toRecord: (row) => ({
		id: row.id,
		/** What follows the number in the document (`万度`, `%`); empty for counts (the measure word varies). */
		writtenZh: row.written_zh,
		label: { zh: row.label_zh, en: row.label_en },
		base: row.base_unit,
		factor: row.factor?.value ?? null
	}),
	toCells: (u) => ({
		id: u.id,
		written_zh: u.writtenZh,
		label_zh: u.label.zh,
		label_en: u.label.en,
		base_unit: u.base,
		factor: u.factor === null ? null : String(u.factor)
	})
});
export type WorkUnit = RecordOf<typeof workUnitTable>;

/**
 * data/text/qualifiers.csv: the founding document's own qualifiers of its figures ("best on record",
 * "first in the province"), one row per qualified subject, each with its quote.
 */
export const qualifierTable = defineTable({
	columns: {
		id: kebab(),
		year: year(),
		subject_kind: oneOf(QUALIFIER_SUBJECT_KINDS),
		subject: identifier(),
		qualifier: oneOf(DISTINCTIONS),
		label_zh: text(),
		label_en: text(),
		source_id: identifier(),
		quote: text()
	},
	toRecord: (row, origin) => ({
		id: row.id,
		year: row.year,
		subjectKind: row.subject_kind,
		/** A metric id, a work figure id, a site id or a topic (vocabulary.ts), by `subjectKind`. */
		subject: row.subject,
		qualifier: row.qualifier,
		label: { zh: row.label_zh, en: row.label_en },
		sourceId: row.source_id,
		quote: row.quote,
		origin
	}),
	toCells: (q) => ({
		id: q.id,
		year: q.year,
		subject_kind: q.subjectKind,
		subject: q.subject,
		qualifier: q.qualifier,
		label_zh: q.label.zh,
		label_en: q.label.en,
		source_id: q.sourceId,
		quote: q.quote
	})
});
/** One qualifier the document gives a figure or topic (not to be confused with how exact a value is). */
export type DocumentQualifier = RecordOf<typeof qualifierTable>;
