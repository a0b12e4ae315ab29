import type { WaterStatus } from '../data/types';
import type { DataIssue } from './errors';
import type { Located, RowOf } from './table';
import { QUALITY_GRADES, TROPHIC_STATES, type waterStatusColumns } from './tables';

interface Context {
	/** Site ids declared in data/sites.csv (valid rows and rows that failed validation). */
	siteIds: Set<string>;
	/** Reports a source id that is not in the registry. */
	cite: (file: string, line: number, column: number, id: string) => void;
	display: (path: string) => string;
	issues: DataIssue[];
}

const STATUS_FILE = 'classes/water-status.csv';

/**
 * Checks and assembles data/classes/water-status.csv: trophic states and quality words of sites, a
 * different measure from GB 3838 classes. A status must belong to its scheme, a site must exist, and a
 * site has one status per year and scheme. Problems go into `context.issues`.
 */
export function assembleWaterStatuses(
	rows: Located<RowOf<typeof waterStatusColumns>>[],
	context: Context
): WaterStatus[] {
	const { siteIds, cite, display, issues } = context;
	const seen = new Map<string, number>();
	return rows.flatMap(({ line, row }) => {
		cite(STATUS_FILE, line, 5, row.source_id);
		if (!siteIds.has(row.site)) {
			issues.push({
				file: display(STATUS_FILE),
				line,
				column: 2,
				field: 'site',
				value: row.site,
				expected: 'the id of a site in data/sites.csv'
			});
			return [];
		}
		const allowed: readonly string[] = row.scheme === 'trophic_state' ? TROPHIC_STATES : QUALITY_GRADES;
		if (!allowed.includes(row.status)) {
			issues.push({
				file: display(STATUS_FILE),
				line,
				column: 4,
				field: 'status',
				value: row.status,
				expected: `one of ${allowed.join(', ')} under the ${row.scheme} scheme`
			});
			return [];
		}
		const key = `${row.year}, ${row.site}, ${row.scheme}`;
		const first = seen.get(key);
		if (first !== undefined) {
			issues.push({
				file: display(STATUS_FILE),
				line,
				column: 1,
				field: 'year, site, scheme',
				value: key,
				expected: `a unique value (also at line ${first})`
			});
			return [];
		}
		seen.set(key, line);
		return [
			{
				year: row.year,
				site: row.site,
				scheme: row.scheme,
				status: row.status,
				sourceId: row.source_id,
				note: row.note,
				quote: row.quote,
				origin: `${display(STATUS_FILE)}:${line}`
			}
		];
	});
}
