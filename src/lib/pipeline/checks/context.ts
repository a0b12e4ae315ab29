/**
 * What every table check shares: the list of problems, the source ids the registry declares, and the
 * years a figure may be for. A check appends problems and returns what it built; it never throws for
 * bad data, so one run reports every problem in every file.
 */
import type { Columns } from '../../data/schema/table';
import type { DataIssue } from '../errors';
import type { LoadedTable } from '../load';

export interface CheckContext {
	issues: DataIssue[];
	/** Source ids data/sources.csv declares (rows that failed validation included: their problem is reported there). */
	sourceIds: ReadonlySet<string>;
	/** The years a row may be for: from the first year of any source to next year. */
	years: { first: number; last: number };
	/** Today's date (YYYY-MM-DD): nothing is measured after it. */
	today: string;
}

/** The years from the earliest dated source to the year after `today`. */
export function yearRange(sourceDates: Iterable<string>, today: string): { first: number; last: number } {
	const years = [...sourceDates].filter((d) => /^\d{4}/.test(d)).map((d) => Number(d.slice(0, 4)));
	const last = Number(today.slice(0, 4)) + 1;
	return { first: years.length > 0 ? Math.min(...years) : last, last };
}

/** Reports a source id that is not in the registry, at the row's `source_id` column. */
export function cite<C extends Columns>(table: LoadedTable<C>, line: number, id: string, context: CheckContext): void {
	if (context.sourceIds.has(id)) return;
	context.issues.push({
		file: table.file,
		line,
		column: table.column('source_id' as keyof C & string),
		field: 'source_id',
		value: id,
		expected: 'the id of a source in data/sources.csv'
	});
}

/**
 * Checks the source id of every row of a table, valid or not. `once`: each unknown id is reported at its
 * first row only (the long derived tables, where one id repeats on every row).
 */
export function citeAll<C extends Columns>(table: LoadedTable<C>, context: CheckContext, once = false): void {
	const seen = new Set<string>();
	for (const { line, row } of table.partial) {
		const id = (row as Record<string, unknown>).source_id;
		if (typeof id !== 'string' || (once && seen.has(id))) continue;
		seen.add(id);
		cite(table, line, id, context);
	}
}

/** Reports a year outside the first source year … next year, at the row's `year` column; true when in range. */
export function checkYear<C extends Columns>(
	table: LoadedTable<C>,
	line: number,
	year: number,
	context: CheckContext
): boolean {
	const { first, last } = context.years;
	if (year >= first && year <= last) return true;
	context.issues.push({
		file: table.file,
		line,
		column: table.column('year' as keyof C & string),
		field: 'year',
		value: String(year),
		expected: `a year from ${first} (the earliest source in data/sources.csv) to ${last} (next year)`
	});
	return false;
}

/** A duplicate-key problem: `expected a unique value (also at line N)`. */
export function duplicate(
	file: string,
	line: number,
	column: number,
	field: string,
	value: string,
	firstLine?: number | string
): DataIssue {
	return {
		file,
		line,
		column,
		field,
		value,
		expected: firstLine ? `a unique value (also at line ${firstLine})` : 'a unique value'
	};
}

/**
 * Keeps the first row of each key and reports every later one as a duplicate (at `column`, 1 by
 * default: the first key column); returns the rows kept.
 */
export function uniqueRows<T>(
	file: string,
	rows: readonly { line: number; row: T }[],
	key: (row: T) => string,
	field: string,
	issues: DataIssue[],
	column = 1
): { line: number; row: T }[] {
	const seen = new Map<string, number>();
	const kept: { line: number; row: T }[] = [];
	for (const r of rows) {
		const k = key(r.row);
		const first = seen.get(k);
		if (first !== undefined) {
			issues.push(duplicate(file, r.line, column, field, k, first));
			continue;
		}
		seen.set(k, r.line);
		kept.push(r);
	}
	return kept;
}

/** Every value of `key` a table declares, including rows that failed validation (already reported). */
export function declared(table: { partial: readonly { row: object }[] }, key = 'id'): Set<string> {
	return new Set(
		table.partial.map((r) => (r.row as Record<string, unknown>)[key]).filter((v): v is string => typeof v === 'string')
	);
}
