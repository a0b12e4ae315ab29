/** Checks of the registries: sources, metrics (with their valid ranges) and scopes. */
import { CONCENTRATION_UNITS, UNIT_RANGES } from '../../data/schema/ranges';
import { metricTable, scopeTable, sourceTable, type Metric, type Scope, type Source } from '../../data/schema/registry';
import type { ColumnsOf } from '../../data/schema/table';
import type { DataIssue } from '../errors';
import type { LoadedTable } from '../load';
import { uniqueRows } from './context';

/** data/sources.csv: one row per id. */
export function checkSources(table: LoadedTable<ColumnsOf<typeof sourceTable>>, issues: DataIssue[]): Source[] {
	return uniqueRows(table.file, table.rows, (r) => r.id, 'id', issues).map(({ line, row }) =>
		sourceTable.toRecord(row, `${table.file}:${line}`)
	);
}

/**
 * data/metrics.csv: one row per id; `change_of` names another metric; the metric's own range (`min`,
 * `max`) lies inside its unit's range (ranges.ts), and a concentration declares its ceiling (`max`).
 */
export function checkMetrics(
	table: LoadedTable<ColumnsOf<typeof metricTable>>,
	issues: DataIssue[]
): Map<string, Metric> {
	const metrics = new Map<string, Metric>(
		uniqueRows(table.file, table.rows, (r) => r.id, 'id', issues).map(({ line, row }) => [
			row.id,
			metricTable.toRecord(row, `${table.file}:${line}`)
		])
	);
	for (const { line, row } of table.rows) {
		const at = (field: 'change_of' | 'min' | 'max', value: string, expected: string) =>
			issues.push({ file: table.file, line, column: table.column(field), field, value, expected });
		if (row.change_of && !metrics.has(row.change_of))
			at('change_of', row.change_of, 'the id of another metric in data/metrics.csv');
		const unit = UNIT_RANGES[row.unit];
		const min = row.min?.value ?? null;
		const max = row.max?.value ?? null;
		for (const [field, bound] of [
			['min', min],
			['max', max]
		] as const) {
			if (bound !== null && (bound < unit.min || bound > unit.max || (unit.integer && !Number.isInteger(bound))))
				at(field, String(bound), `a bound inside the range of unit ${row.unit}: ${unit.what}`);
		}
		if (min !== null && max !== null && min > max) at('max', String(max), `a maximum of at least the minimum ${min}`);
		if (CONCENTRATION_UNITS.includes(row.unit) && max === null)
			at(
				'max',
				'',
				`the plausibility ceiling of this concentration (every ${row.unit} metric declares one; docs/data-checks.md)`
			);
	}
	return metrics;
}

/** data/scopes.csv: one row per id. */
export function checkScopes(table: LoadedTable<ColumnsOf<typeof scopeTable>>, issues: DataIssue[]): Scope[] {
	return uniqueRows(table.file, table.rows, (r) => r.id, 'id', issues).map(({ line, row }) =>
		scopeTable.toRecord(row, `${table.file}:${line}`)
	);
}
