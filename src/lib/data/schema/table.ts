import type * as v from 'valibot';
import type { Cell } from './cells';

/** A table's columns, in CSV order, each with the schema its cells must satisfy. */
export type Columns = Record<string, Cell<unknown>>;

/** The typed row a set of columns produces. */
export type RowOf<C extends Columns> = { [K in keyof C]: v.InferOutput<C[K]> };

/** One cell written back: text exactly as in data/, a number, a boolean, or null for an empty cell. */
export type CellValue = string | number | boolean | null;

/** A record's cells, by column. */
export type CellsOf<C extends Columns> = { [K in keyof C]: CellValue };

/**
 * One table's schema: its columns (the CSV order), the record the site reads (the type is inferred
 * from `toRecord`) and the way back from a record to its cells (`toCells`), so that the importers'
 * writers and the catalogue's downloads write exactly the columns the pipeline reads. The two
 * functions are inverses on every committed row (tested).
 */
export interface TableSchema<C extends Columns, R> {
	readonly columns: C;
	/** The column names in CSV order. */
	readonly columnNames: readonly (keyof C & string)[];
	/** A validated row as the site's record; `origin` says where it came from (`data/…csv:line`). */
	toRecord(row: RowOf<C>, origin: string): R;
	/** The record's cells (numbers with the decimals the table is written with). */
	toCells(record: R): CellsOf<C>;
}

/** Defines a table; the column order is the order of `columns`. */
export function defineTable<C extends Columns, R>(spec: {
	columns: C;
	toRecord: (row: RowOf<C>, origin: string) => R;
	toCells: (record: R) => CellsOf<C>;
}): TableSchema<C, R> {
	return { ...spec, columnNames: Object.keys(spec.columns) as (keyof C & string)[] };
}

/** The record type of a table schema. */
export type RecordOf<T> = T extends { toRecord(row: never, origin: string): infer R } ? R : never;

/** The columns of a table schema. */
export type ColumnsOf<T> = T extends { columns: infer C extends Columns } ? C : never;

/** A record's cells in column order, ready to be written as one CSV line. */
export function cellsInOrder<C extends Columns, R>(schema: TableSchema<C, R>, record: R): CellValue[] {
	const cells = schema.toCells(record);
	return schema.columnNames.map((name) => cells[name]);
}

/** `value` written with exactly `decimals` places, or null (an empty cell). The value is already rounded. */
export const fixed = (value: number | null, decimals: number): string | null =>
	value === null ? null : value.toFixed(decimals);
