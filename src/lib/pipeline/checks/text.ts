/** Checks of the text tables: problems and the work on them (same columns), and the glossary. */
import { glossaryTable, problemTable, type GlossaryTerm, type Problem } from '../../data/schema/registry';
import type { ColumnsOf } from '../../data/schema/table';
import type { LoadedTable } from '../load';
import { checkYear, citeAll, uniqueRows, type CheckContext } from './context';

/** data/text/problems.csv or data/text/priorities.csv: a known source, a year in range. */
export function checkProblems(table: LoadedTable<ColumnsOf<typeof problemTable>>, context: CheckContext): Problem[] {
	citeAll(table, context);
	return table.rows
		.filter(({ line, row }) => checkYear(table, line, row.year, context))
		.map(({ line, row }) => problemTable.toRecord(row, `${table.file}:${line}`));
}

/** data/text/glossary.csv: a known source, one row per id. */
export function checkGlossary(
	table: LoadedTable<ColumnsOf<typeof glossaryTable>>,
	context: CheckContext
): GlossaryTerm[] {
	citeAll(table, context);
	return uniqueRows(table.file, table.rows, (r) => r.id, 'id', context.issues).map(({ line, row }) =>
		glossaryTable.toRecord(row, `${table.file}:${line}`)
	);
}
