/**
 * The registries every other table refers to: sources, metrics, scopes; and the texts the founding
 * document gives (problems, the work on them) and the glossary.
 */
import { decimal, identifier, integer, oneOf, optionalText, optionalUrl, orEmpty, partialDate, text } from './cells';
import { defineTable, type RecordOf } from './table';
import { DOMAINS, RELIABILITIES, SOURCE_KINDS, UNITS } from './vocabulary';

/** A year as typed in a table; the pipeline narrows it to the first source year … next year. */
export const year = () => integer(1900, 2999);

/** data/sources.csv: the source registry every figure cites. */
export const sourceTable = defineTable({
	columns: {
		id: identifier(),
		title: text(),
		/** A short name for the one-line citation ("2024年工作总结" / "2024 work summary"); every row has one. */
		short_zh: text(),
		short_en: text(),
		publisher: text(),
		/** YYYY, YYYY-MM, YYYY-MM-DD, a range `start/end`, or empty when the source gives no date. */
		date: orEmpty(partialDate()),
		/** Empty when the page address was not recorded (the note then says how to find it). */
		url: optionalUrl(),
		kind: oneOf(SOURCE_KINDS),
		reliability: oneOf(RELIABILITIES),
		reliability_note_zh: text(),
		reliability_note_en: text()
	},
	toRecord: (row) => ({
		id: row.id,
		title: row.title,
		short: { zh: row.short_zh, en: row.short_en },
		publisher: row.publisher,
		date: row.date ?? '',
		url: row.url,
		kind: row.kind,
		reliability: row.reliability,
		note: { zh: row.reliability_note_zh, en: row.reliability_note_en }
	}),
	toCells: (s) => ({
		id: s.id,
		title: s.title,
		short_zh: s.short.zh,
		short_en: s.short.en,
		publisher: s.publisher,
		date: s.date,
		url: s.url,
		kind: s.kind,
		reliability: s.reliability,
		reliability_note_zh: s.note.zh,
		reliability_note_en: s.note.en
	})
});
export type Source = RecordOf<typeof sourceTable>;

/**
 * data/metrics.csv: what each metric means, its unit, which direction is better, and its valid range
 * where the unit's own range (ranges.ts) is not narrow enough: a rank's `max` is the number of places
 * ranked, a concentration's `max` its ceiling (required for concentrations).
 */
export const metricTable = defineTable({
	columns: {
		id: identifier(),
		domain: oneOf(DOMAINS),
		unit: oneOf(UNITS),
		better: orEmpty(oneOf(['higher', 'lower'] as const)),
		change_of: orEmpty(identifier()),
		min: orEmpty(decimal()),
		max: orEmpty(decimal()),
		label_zh: text(),
		label_en: text(),
		description_zh: text(),
		description_en: text()
	},
	toRecord: (row) => ({
		id: row.id,
		domain: row.domain,
		unit: row.unit,
		/** Which direction is an improvement; null where neither is (counts, shares of origin). */
		better: row.better,
		/** For a change metric: the metric it is the change of. */
		changeOf: row.change_of,
		/** The metric's own bounds (null: the unit's range applies). */
		min: row.min?.value ?? null,
		max: row.max?.value ?? null,
		label: { zh: row.label_zh, en: row.label_en },
		description: { zh: row.description_zh, en: row.description_en }
	}),
	toCells: (m) => ({
		id: m.id,
		domain: m.domain,
		unit: m.unit,
		better: m.better,
		change_of: m.changeOf,
		min: m.min,
		max: m.max,
		label_zh: m.label.zh,
		label_en: m.label.en,
		description_zh: m.description.zh,
		description_en: m.description.en
	})
});
export type Metric = RecordOf<typeof metricTable>;

/**
 * data/scopes.csv: what a figure's `scope` may be (the city, the province, a river basin). A scope
 * not listed here is an error in the figure, never a new series.
 */
export const scopeTable = defineTable({
	columns: { id: identifier(), name_zh: text(), name_en: text(), note: optionalText() },
	toRecord: (row) => ({ id: row.id, name: { zh: row.name_zh, en: row.name_en }, note: row.note }),
	toCells: (s) => ({ id: s.id, name_zh: s.name.zh, name_en: s.name.en, note: s.note })
});
export type Scope = RecordOf<typeof scopeTable>;

/**
 * data/text/problems.csv: problems the founding document names, in its words and ours; also
 * data/text/priorities.csv, the work it names on them (same columns).
 */
export const problemTable = defineTable({
	columns: {
		id: identifier(),
		domain: oneOf(DOMAINS),
		year: year(),
		text_zh: text(),
		text_en: text(),
		source_id: identifier(),
		quote: text()
	},
	toRecord: (row) => ({
		id: row.id,
		domain: row.domain,
		year: row.year,
		text: { zh: row.text_zh, en: row.text_en },
		sourceId: row.source_id,
		quote: row.quote
	}),
	toCells: (p) => ({
		id: p.id,
		domain: p.domain,
		year: p.year,
		text_zh: p.text.zh,
		text_en: p.text.en,
		source_id: p.sourceId,
		quote: p.quote
	})
});
export type Problem = RecordOf<typeof problemTable>;

/**
 * data/text/glossary.csv: the terms the site uses, explained in plain words in zh and en, each
 * definition citing the document it rests on. `id` is the anchor on /learn/ (`#term-<id>`).
 */
export const glossaryTable = defineTable({
	columns: {
		id: identifier(),
		term_zh: text(),
		term_en: text(),
		definition_zh: text(),
		definition_en: text(),
		source_id: identifier()
	},
	toRecord: (row) => ({
		id: row.id,
		term: { zh: row.term_zh, en: row.term_en },
		definition: { zh: row.definition_zh, en: row.definition_en },
		sourceId: row.source_id
	}),
	toCells: (g) => ({
		id: g.id,
		term_zh: g.term.zh,
		term_en: g.term.en,
		definition_zh: g.definition.zh,
		definition_en: g.definition.en,
		source_id: g.sourceId
	})
});
export type GlossaryTerm = RecordOf<typeof glossaryTable>;
