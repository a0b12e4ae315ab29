import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	DATA_TABLES,
	FIGURE_FILES,
	IMPORT_ONLY_TABLES,
	cellsInOrder,
	type CellValue,
	type Columns,
	type TableSchema
} from '../../../src/lib/data/schema';
import { renderTable } from '../../../src/lib/pipeline/csv';
import { parseCsv } from '../../../src/lib/pipeline/csv';
import { validateTable } from '../../../src/lib/pipeline/table';

/** Text of a cell as a table holds it. */
const text = (v: CellValue) => (v === null ? '' : String(v));

/** Every table with its schema, seen through the common interface. */
const tables = [...Object.values(DATA_TABLES), ...Object.values(IMPORT_ONLY_TABLES), ...FIGURE_FILES].map((t) => ({
	path: t.path,
	schema: t.schema as unknown as TableSchema<Columns, unknown>
}));

describe('one schema per table: every committed table reads into records and back into the same cells', () => {
	test.each(tables)('$path', ({ path, schema }) => {
		const raw = readFileSync(resolve('data', path), 'utf8');
		const parsed = parseCsv(path, raw);
		expect(parsed.header).toEqual(schema.columnNames);
		const { rows, issues } = validateTable(parsed, schema.columns);
		expect(issues).toEqual([]);
		rows.forEach(({ line, row }, i) => {
			const cells = cellsInOrder(schema, schema.toRecord(row, `data/${path}:${line}`));
			expect(cells.map(text), `line ${line}`).toEqual(parsed.records[i]!.cells.map((c) => c.trim()));
		});
	});

	test.each(tables.filter((t) => t.path.startsWith('derived/')))(
		'$path, written by the importer from its records, is byte for byte the committed file',
		({ path, schema }) => {
			const raw = readFileSync(resolve('data', path), 'utf8');
			const { rows } = validateTable(parseCsv(path, raw), schema.columns);
			const records = rows.map(({ line, row }) => schema.toRecord(row, `data/${path}:${line}`));
			expect(renderTable(schema, records)).toBe(raw);
		}
	);
});
