/** Checks of the coastal tables: sea areas and their published statuses under a named scheme. */
import { seaAreaStatusTable, seaAreaTable, type SeaArea, type SeaAreaStatus } from '../../data/schema/coast';
import type { ColumnsOf } from '../../data/schema/table';
import { OCEAN_BUREAU_STATUSES } from '../../data/schema/vocabulary';
import type { LoadedTable } from '../load';
import { checkYear, citeAll, uniqueRows, type CheckContext } from './context';

/** data/sea-areas.csv: one row per id. */
export function checkSeaAreas(table: LoadedTable<ColumnsOf<typeof seaAreaTable>>, context: CheckContext): SeaArea[] {
	return uniqueRows(table.file, table.rows, (r) => r.id, 'id', context.issues).map(({ line, row }) =>
		seaAreaTable.toRecord(row, `${table.file}:${line}`)
	);
}

/**
 * data/classes/sea-areas.csv: a known sea area; an ocean-bureau category only under the ocean_bureau
 * scheme and a GB 3097 class only under gb3097 (the schemes never mix); one status per year, area and scheme.
 */
export function checkSeaAreaStatuses(
	table: LoadedTable<ColumnsOf<typeof seaAreaStatusTable>>,
	areaIds: ReadonlySet<string>,
	context: CheckContext
): SeaAreaStatus[] {
	citeAll(table, context);
	const { issues } = context;
	const valid = table.rows.filter(({ line, row }) => {
		const at = (field: 'area' | 'status', value: string, expected: string) =>
			issues.push({ file: table.file, line, column: table.column(field), field, value, expected });
		if (!checkYear(table, line, row.year, context)) return false;
		if (!areaIds.has(row.area)) {
			at('area', row.area, 'the id of a sea area in data/sea-areas.csv');
			return false;
		}
		const oceanBureau = (OCEAN_BUREAU_STATUSES as readonly string[]).includes(row.status);
		if (oceanBureau !== (row.scheme === 'ocean_bureau')) {
			at(
				'status',
				row.status,
				row.scheme === 'ocean_bureau'
					? `one of ${OCEAN_BUREAU_STATUSES.join(', ')} under the ocean_bureau scheme`
					: 'a GB 3097 class (1, 2, 3, 4, 劣四类) under the gb3097 scheme'
			);
			return false;
		}
		return true;
	});
	return uniqueRows(table.file, valid, (r) => `${r.year}, ${r.area}, ${r.scheme}`, 'year, area, scheme', issues).map(
		({ line, row }) => seaAreaStatusTable.toRecord(row, `${table.file}:${line}`)
	);
}
