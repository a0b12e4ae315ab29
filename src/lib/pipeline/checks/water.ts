/** Checks of the water tables: sites, published GB 3838 classes, trophic states and quality words. */
import type { ColumnsOf } from '../../data/schema/table';
import { QUALITY_GRADES, TROPHIC_STATES } from '../../data/schema/vocabulary';
import {
	siteTable,
	waterClassTable,
	waterStatusTable,
	type Site,
	type WaterClassFigure,
	type WaterStatus
} from '../../data/schema/water';
import type { LoadedTable } from '../load';
import { checkYear, citeAll, uniqueRows, type CheckContext } from './context';

/** data/sites.csv: every site cites a known source. */
export function checkSites(table: LoadedTable<ColumnsOf<typeof siteTable>>, context: CheckContext): Site[] {
	citeAll(table, context);
	return table.rows.map(({ line, row }) => siteTable.toRecord(row, `${table.file}:${line}`));
}

/** data/classes/water.csv: a known site, a year in range, one class per site and year. */
export function checkWaterClasses(
	table: LoadedTable<ColumnsOf<typeof waterClassTable>>,
	siteIds: ReadonlySet<string>,
	context: CheckContext
): WaterClassFigure[] {
	citeAll(table, context);
	const known = table.rows.filter(({ line, row }) => {
		const year = checkYear(table, line, row.year, context);
		if (siteIds.has(row.site)) return year;
		context.issues.push({
			file: table.file,
			line,
			column: table.column('site'),
			field: 'site',
			value: row.site,
			expected: 'the id of a site in data/sites.csv'
		});
		return false;
	});
	return uniqueRows(table.file, known, (r) => `${r.year}, ${r.site}`, 'year, site', context.issues).map(
		({ line, row }) => waterClassTable.toRecord(row, `${table.file}:${line}`)
	);
}

/**
 * data/classes/water-status.csv: trophic states and quality words of sites, a different measure from
 * GB 3838 classes. A status must belong to its scheme, a site must exist, and a site has one status per
 * year and scheme.
 */
export function checkWaterStatuses(
	table: LoadedTable<ColumnsOf<typeof waterStatusTable>>,
	siteIds: ReadonlySet<string>,
	context: CheckContext
): WaterStatus[] {
	citeAll(table, context);
	const { issues } = context;
	const valid = table.rows.filter(({ line, row }) => {
		const at = (field: 'site' | 'status', value: string, expected: string) =>
			issues.push({ file: table.file, line, column: table.column(field), field, value, expected });
		if (!checkYear(table, line, row.year, context)) return false;
		if (!siteIds.has(row.site)) {
			at('site', row.site, 'the id of a site in data/sites.csv');
			return false;
		}
		const allowed: readonly string[] = row.scheme === 'trophic_state' ? TROPHIC_STATES : QUALITY_GRADES;
		if (!allowed.includes(row.status)) {
			at('status', row.status, `one of ${allowed.join(', ')} under the ${row.scheme} scheme`);
			return false;
		}
		return true;
	});
	return uniqueRows(table.file, valid, (r) => `${r.year}, ${r.site}, ${r.scheme}`, 'year, site, scheme', issues).map(
		({ line, row }) => waterStatusTable.toRecord(row, `${table.file}:${line}`)
	);
}
