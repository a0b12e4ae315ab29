import * as v from 'valibot';
import type { Columns, RowOf } from '../data/schema/table';
import type { CsvTable } from './csv';
import type { DataIssue } from './errors';

export type { Columns, RowOf };

/** A validated row, with the line it came from (for cross-table errors and traceability). */
export interface Located<R> {
	line: number;
	row: R;
}

/**
 * Checks a parsed CSV against its columns and collects every problem rather than stopping at the
 * first: missing, unexpected and duplicated header names, ragged rows, and each cell that fails its
 * schema (with file, line, 1-based column, field, value and what was expected).
 * Rows with any problem are left out of `rows`; `partial` holds every row's cells that did parse,
 * so that cross-table checks (e.g. source ids) still run on a row with a bad number elsewhere.
 * The caller fails the run if issues is not empty.
 */
export function validateTable<C extends Columns>(
	table: CsvTable,
	columns: C
): { rows: Located<RowOf<C>>[]; partial: Located<Partial<RowOf<C>>>[]; issues: DataIssue[] } {
	const issues: DataIssue[] = [];
	const file = table.file;
	const expectedNames = Object.keys(columns);

	const seen = new Map<string, number>();
	table.header.forEach((name, i) => {
		if (seen.has(name)) {
			issues.push({
				file,
				line: 1,
				column: i + 1,
				field: '(header)',
				value: name,
				expected: `each column once (also column ${seen.get(name)! + 1})`
			});
		} else seen.set(name, i);
		if (!(name in columns)) {
			issues.push({
				file,
				line: 1,
				column: i + 1,
				field: '(header)',
				value: name,
				expected: `one of the columns ${expectedNames.join(', ')}`
			});
		}
	});
	for (const name of expectedNames) {
		if (!seen.has(name)) {
			issues.push({
				file,
				line: 1,
				field: '(header)',
				value: table.header.join(','),
				expected: `a column named "${name}"`
			});
		}
	}
	if (issues.length > 0) return { rows: [], partial: [], issues };

	const rows: Located<RowOf<C>>[] = [];
	const partial: Located<Partial<RowOf<C>>>[] = [];
	for (const record of table.records) {
		if (record.cells.length !== table.header.length) {
			issues.push({
				file,
				line: record.line,
				field: '(row)',
				value: `${record.cells.length} cells`,
				expected: `${table.header.length} cells, one per column (is a comma unquoted?)`
			});
			continue;
		}
		const row: Record<string, unknown> = {};
		let ok = true;
		for (const name of expectedNames) {
			const index = seen.get(name)!;
			const raw = record.cells[index]!.trim();
			const result = v.safeParse(columns[name]!, raw);
			if (result.success) row[name] = result.output;
			else {
				ok = false;
				issues.push({
					file,
					line: record.line,
					column: index + 1,
					field: name,
					value: raw,
					expected: result.issues[0]?.message ?? 'a valid value'
				});
			}
		}
		partial.push({ line: record.line, row: row as Partial<RowOf<C>> });
		if (ok) rows.push({ line: record.line, row: row as RowOf<C> });
	}
	return { rows, partial, issues };
}
