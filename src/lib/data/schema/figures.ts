/** data/figures/<domain>.csv: published numeric figures, one per (year, metric, scope). */
import { decimal, identifier, oneOf, optionalText } from './cells';
import { year } from './registry';
import { defineTable, type RecordOf } from './table';
import { UNITS } from './vocabulary';

export const figureTable = defineTable({
	columns: {
		year: year(),
		metric: identifier(),
		value: decimal(),
		unit: oneOf(UNITS),
		scope: identifier(),
		source_id: identifier(),
		note: optionalText(),
		quote: optionalText()
	},
	toRecord: (row, origin) => ({
		year: row.year,
		metric: row.metric,
		value: row.value.value,
		/** Decimal places as published (99.18 → 2), so the site shows what the source printed. */
		decimals: row.value.decimals,
		unit: row.unit,
		scope: row.scope,
		sourceId: row.source_id,
		note: row.note,
		quote: row.quote,
		/** `file:line` of the row in data/, for traceability. */
		origin
	}),
	toCells: (f) => ({
		year: f.year,
		metric: f.metric,
		value: f.value.toFixed(f.decimals),
		unit: f.unit,
		scope: f.scope,
		source_id: f.sourceId,
		note: f.note,
		quote: f.quote
	})
});
/** A published figure, exactly as the source gives it. */
export type Figure = RecordOf<typeof figureTable>;
