/**
 * data/figures/<domain>.csv: every published figure names a known metric in that metric's unit, a
 * declared scope and a year from the first source year to next year; its value lies in the metric's
 * valid range (the unit's range, narrowed by the metric's `min`/`max`); one row per year, metric and scope.
 */
import { figureTable, type Figure } from '../../data/schema/figures';
import { outside, UNIT_RANGES } from '../../data/schema/ranges';
import type { Metric } from '../../data/schema/registry';
import type { ColumnsOf } from '../../data/schema/table';
import type { LoadedTable } from '../load';
import { checkYear, citeAll, type CheckContext } from './context';

type FigureTable = LoadedTable<ColumnsOf<typeof figureTable>>;

/** What a metric's figures may be: the unit's range narrowed by the metric's own bounds, as a message. */
export function validRange(metric: Metric): { min: number; max: number; integer: boolean; expected: string } {
	const unit = UNIT_RANGES[metric.unit];
	const min = Math.max(unit.min, metric.min ?? -Infinity);
	const max = Math.min(unit.max, metric.max ?? Infinity);
	const kind = unit.integer ? 'a whole number' : 'a number';
	const span =
		min === -Infinity && max === Infinity
			? kind
			: max === Infinity
				? `${kind} of ${min} or more`
				: min === -Infinity
					? `${kind} of ${max} or less`
					: `${kind} from ${min} to ${max}`;
	const why =
		metric.min !== null || metric.max !== null
			? `metric ${metric.id} in data/metrics.csv (min ${metric.min ?? '—'}, max ${metric.max ?? '—'}); unit ${metric.unit}: ${unit.what}`
			: `unit ${metric.unit} of metric ${metric.id}: ${unit.what}`;
	return { min, max, integer: unit.integer, expected: `${span} (${why})` };
}

/** Checks every figure file; returns the valid figures in file order. */
export function checkFigures(
	tables: readonly FigureTable[],
	metrics: ReadonlyMap<string, Metric>,
	scopes: ReadonlySet<string>,
	context: CheckContext
): Figure[] {
	const { issues } = context;
	const figures: Figure[] = [];
	const keys = new Map<string, string>();
	for (const table of tables) citeAll(table, context);
	for (const table of tables) {
		for (const { line, row } of table.rows) {
			const at = (field: keyof ColumnsOf<typeof figureTable> & string, value: string, expected: string) =>
				issues.push({ file: table.file, line, column: table.column(field), field, value, expected });
			const metric = metrics.get(row.metric);
			if (!metric) {
				at('metric', row.metric, 'the id of a metric in data/metrics.csv');
				continue;
			}
			if (metric.unit !== row.unit) {
				at('unit', row.unit, `${metric.unit}, the unit of metric ${metric.id} in data/metrics.csv`);
				continue;
			}
			let ok = checkYear(table, line, row.year, context);
			if (!scopes.has(row.scope)) {
				at('scope', row.scope, `one of the scopes in data/scopes.csv: ${[...scopes].join(', ')}`);
				ok = false;
			}
			const range = validRange(metric);
			const { value, decimals } = row.value;
			if (outside(range, value, decimals)) {
				at('value', value.toFixed(decimals), range.expected);
				ok = false;
			}
			if (!ok) continue;
			const key = `${row.year}|${row.metric}|${row.scope}`;
			const first = keys.get(key);
			if (first !== undefined) {
				issues.push({
					file: table.file,
					line,
					column: table.column('year'),
					field: 'year, metric, scope',
					value: `${row.year}, ${row.metric}, ${row.scope}`,
					expected: `one row per year, metric and scope (also at line ${first})`
				});
				continue;
			}
			keys.set(key, `${line} of ${table.file}`);
			figures.push(figureTable.toRecord(row, `${table.file}:${line}`));
		}
	}
	return figures;
}
