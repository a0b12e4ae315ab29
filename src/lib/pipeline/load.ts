/**
 * The loader: reads one table under data/, decodes it (UTF-8 only), parses it and validates every
 * cell against the table's schema. Problems go into the caller's list; nothing is thrown for bad data.
 * A table that is missing, or has a header and no rows, is an error unless it is declared optional.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DataTable } from '../data/schema/files';
import type { Columns, RowOf, TableSchema } from '../data/schema/table';
import { decodeUtf8, parseCsv } from './csv';
import { DataError, type DataIssue } from './errors';
import { validateTable, type Located } from './table';

/** Reads a file under the data directory as bytes; `list` names the CSV files in a sub-folder. */
export interface DataReader {
	read(path: string): Uint8Array;
	list(folder: string): string[];
	/** How to name a file in messages, e.g. `data/figures/air.csv`. */
	display(path: string): string;
}

/** A table as loaded: its valid rows, every row's cells that parsed, and where each column is. */
export interface LoadedTable<C extends Columns> {
	/** Path under data/, e.g. `figures/air.csv`. */
	path: string;
	/** The file as messages name it, e.g. `data/figures/air.csv`. */
	file: string;
	/** Rows whose every cell is valid, with their lines. */
	rows: Located<RowOf<C>>[];
	/** Every row's cells that did parse, valid or not (cross-table checks on rows with another bad cell). */
	partial: Located<Partial<RowOf<C>>>[];
	/** The 1-based column of a field in this file (its header's order), for messages. */
	column(name: keyof C & string): number;
}

/** A table built from rows already in memory (tests of one check; `column` follows the schema's order). */
export function loadedTable<C extends Columns>(
	path: string,
	columns: C,
	rows: Located<RowOf<C>>[],
	file = `data/${path}`
): LoadedTable<C> {
	const names = Object.keys(columns);
	return { path, file, rows, partial: rows, column: (name) => names.indexOf(name) + 1 };
}

/** Loads and validates one table; its problems are appended to `issues`. */
export function loadTable<C extends Columns, R>(
	reader: DataReader,
	table: DataTable<C, R>,
	issues: DataIssue[]
): LoadedTable<C> {
	const file = reader.display(table.path);
	const names = table.schema.columnNames as string[];
	let header: string[] = names;
	const result: LoadedTable<C> = {
		path: table.path,
		file,
		rows: [],
		partial: [],
		column: (name) => (header.includes(name) ? header.indexOf(name) : names.indexOf(name)) + 1
	};
	let bytes: Uint8Array;
	try {
		bytes = reader.read(table.path);
	} catch {
		if (!table.optional)
			issues.push({
				file,
				line: 1,
				field: '(file)',
				value: '(missing or unreadable)',
				expected: `a readable CSV file: ${table.path} is not an optional table (restore it, e.g. git checkout -- data/${table.path})`
			});
		return result;
	}
	try {
		const parsed = parseCsv(file, decodeUtf8(file, bytes));
		header = parsed.header;
		const validated = validateTable(parsed, table.schema.columns);
		issues.push(...validated.issues);
		result.rows = validated.rows;
		result.partial = validated.partial;
		if (parsed.records.length === 0 && validated.issues.length === 0 && !table.optional)
			issues.push({
				file,
				line: 1,
				field: '(rows)',
				value: 'a header and no rows',
				expected: `at least one row: ${table.path} is not an optional table (was it emptied by mistake?)`
			});
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
		// A header-less (empty) file is "no rows" too: say so in the same words when the table is required.
		if (error.issues.every((i) => i.field === '(header)' && i.value === '') && table.optional) return result;
		issues.push(...error.issues);
	}
	return result;
}

/**
 * The records of a derived table an importer is about to merge into, read through the table's schema
 * from `outDir` ([] when the file is not there yet). A table that does not satisfy its schema (edited by
 * hand, truncated) stops the import with a DataError listing every problem (file, line, column, value,
 * what was expected); the importer then writes nothing. `display` names the file in messages.
 */
export function readCommitted<C extends Columns, R>(
	outDir: string,
	file: string,
	schema: TableSchema<C, R>,
	display: (file: string) => string
): R[] {
	const issues: DataIssue[] = [];
	const reader: DataReader = {
		read: (p) => readFileSync(join(outDir, basename(p))),
		list: () => [],
		display: (p) => display(basename(p))
	};
	const loaded = loadTable(reader, { path: file, schema, optional: true }, issues);
	if (issues.length > 0) throw new DataError(issues);
	return loaded.rows.map(({ line, row }) => schema.toRecord(row, `${loaded.file}:${line}`));
}
