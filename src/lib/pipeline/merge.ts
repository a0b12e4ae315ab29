/**
 * Updates add, never silently remove: the rule every importer applies when it writes a derived table
 * that already holds data (the CNEMC air import, the surface-water import). Generic: records of any
 * table, identified by a key (a day, a day and a station, a station and a time …).
 *
 * - A key only in the new import is added; a key only in what is already there is kept — unless the
 *   import covers that record's unit (`covers`: for the surface-water import, the station-months its files
 *   hold, or everything with `--replace`), in which case the import is the whole truth about the unit and
 *   the record is removed, and reported.
 * - A key in both is replaced only when the new record may replace the old one (`replaces`: for the
 *   CNEMC import, the same day from a file of this import, unless the day already comes from a source
 *   that ranks higher); whether that changed anything is reported.
 * - Coverage never shrinks unnoticed: {@link coverageLoss} lists every value that was there before and
 *   is not after (a row gone, or a cell emptied), and {@link shrinking} every unit that holds fewer
 *   readings than before. The importer refuses to write a loss unless it was run with an explicit flag,
 *   and then prints what was lost.
 */
import type { CellValue } from '../data/schema/table';
import { byCodeUnit } from './order';

export interface MergeRule<R> {
	/** The identity of a record (e.g. its date); also the output order. */
	key(record: R): string;
	/** The record's cells by column, compared to tell a change from a copy and counted for coverage. */
	cells(record: R): Record<string, CellValue>;
	/** True when `incoming` may replace `existing` (same key). Default: always (the newer import wins). */
	replaces?(incoming: R, existing: R): boolean;
	/**
	 * True when the import covers the unit of a record already there (e.g. its station-month): such a
	 * record whose key the import does not have is removed, not kept. Default: never.
	 */
	covers?(existing: R): boolean;
}

/** What a merge did to one table. */
export interface MergeReport {
	/** Keys new in this import. */
	added: string[];
	/** Keys replaced by this import's record, with the columns whose cells differ. */
	changed: { key: string; columns: string[] }[];
	/** Keys present in both with identical cells (replaced by an equal copy). */
	unchanged: number;
	/** Keys present in both where the existing record was kept (it may not be replaced), and why it differs. */
	kept: { key: string; columns: string[] }[];
	/** Keys already present that this import did not touch (kept as they were). */
	untouched: number;
	/** Keys already present in a unit the import covers, and not in the import: removed. */
	removed: string[];
}

/** The columns where two records' cells differ. */
function differing(a: Record<string, CellValue>, b: Record<string, CellValue>): string[] {
	return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((c) => a[c] !== b[c]);
}

/**
 * Merges `incoming` into `existing` by key (rules in the module doc); the result is sorted by key.
 * Keys must be unique within each side (an importer's own output, a validated table). `taken` holds
 * the keys whose record in the result is the incoming one (for tables that follow another, e.g. the
 * suspect hours of the days taken).
 */
export function mergeRecords<R>(
	existing: readonly R[],
	incoming: readonly R[],
	rule: MergeRule<R>
): { records: R[]; report: MergeReport; taken: Set<string> } {
	const merged = new Map(existing.map((r) => [rule.key(r), r]));
	const report: MergeReport = { added: [], changed: [], unchanged: 0, kept: [], untouched: 0, removed: [] };
	const touched = new Set<string>();
	/** Keys whose record in the result is the incoming one. */
	const taken = new Set<string>();
	for (const record of incoming) {
		const key = rule.key(record);
		touched.add(key);
		const old = merged.get(key);
		if (old === undefined) {
			merged.set(key, record);
			taken.add(key);
			report.added.push(key);
			continue;
		}
		const columns = differing(rule.cells(old), rule.cells(record));
		if (rule.replaces && !rule.replaces(record, old)) {
			if (columns.length > 0) report.kept.push({ key, columns });
			else report.unchanged++;
			continue;
		}
		merged.set(key, record);
		taken.add(key);
		if (columns.length > 0) report.changed.push({ key, columns });
		else report.unchanged++;
	}
	for (const [key, record] of merged) {
		if (touched.has(key)) continue;
		if (rule.covers?.(record)) {
			merged.delete(key);
			report.removed.push(key);
		} else report.untouched++;
	}
	report.removed.sort(byCodeUnit);
	const records = [...merged.entries()].sort((a, b) => byCodeUnit(a[0], b[0])).map(([, r]) => r);
	return { records, report, taken };
}

/** What a merge did to one table: the report, and every value that is gone ({@link coverageLoss}). */
export interface TableMerge {
	/** The table's file name, e.g. `water-monthly.csv`. */
	file: string;
	report: MergeReport;
	lost: LostValue[];
}

/** A unit (e.g. a station-month) that holds less after a merge than before. */
export interface Shrinking {
	key: string;
	from: number;
	to: number;
}

/**
 * Every unit of `before` whose size (e.g. the readings of a station-month) is larger than the size the
 * same unit has in `after`, in key order. A unit absent from `after` is not compared (the import does not
 * cover it, so the merge keeps it).
 */
export function shrinking<R>(
	before: readonly R[],
	after: readonly R[],
	rule: { key(record: R): string; size(record: R): number }
): Shrinking[] {
	const now = new Map(after.map((r) => [rule.key(r), rule.size(r)]));
	return before
		.map((r) => ({ key: rule.key(r), from: rule.size(r), to: now.get(rule.key(r)) }))
		.filter((s): s is Shrinking => s.to !== undefined && s.to < s.from)
		.sort((a, b) => byCodeUnit(a.key, b.key));
}

/** One value that was in a table before and is not after. */
export interface LostValue {
	key: string;
	/** The column emptied, or `(row)` when the whole row is gone. */
	column: string;
	before: CellValue;
}

/**
 * Every value present before and absent after: rows whose key disappeared, and non-empty cells that
 * became empty. Changed values are not losses (the merge report lists them).
 */
export function coverageLoss<R>(
	before: readonly R[],
	after: readonly R[],
	rule: Pick<MergeRule<R>, 'key' | 'cells'>
): LostValue[] {
	const now = new Map(after.map((r) => [rule.key(r), rule.cells(r)]));
	const lost: LostValue[] = [];
	for (const record of before) {
		const key = rule.key(record);
		const cells = rule.cells(record);
		const next = now.get(key);
		if (!next) {
			lost.push({ key, column: '(row)', before: key });
			continue;
		}
		for (const [column, value] of Object.entries(cells)) {
			const empty = (v: CellValue | undefined) => v === null || v === undefined || v === '';
			if (!empty(value) && empty(next[column])) lost.push({ key, column, before: value });
		}
	}
	return lost.sort((a, b) => byCodeUnit(a.key, b.key) || byCodeUnit(a.column, b.column));
}

/**
 * A one-line summary of a merge, e.g. `air-daily-city.csv: 55 days added, 0 changed, 730 kept as they
 * were, 0 removed`. `removed` counts the values a merge took away (rows and emptied cells, {@link coverageLoss}).
 */
export function formatReport(table: string, report: MergeReport, removed: number, unit = 'rows'): string {
	const parts = [
		`${report.added.length} ${unit} added`,
		`${report.changed.length} changed`,
		...(report.unchanged > 0 ? [`${report.unchanged} re-imported unchanged`] : []),
		...(report.kept.length > 0 ? [`${report.kept.length} kept (already from a higher-ranked source)`] : []),
		`${report.untouched} kept as they were`,
		`${removed} ${removed === 1 ? 'value' : 'values'} removed`
	];
	return `${table}: ${parts.join(', ')}`;
}

/** Up to `max` lost values as text, and how many more: `2024-01-05 PM10 (was 41), … and 12 more`. */
export function formatLoss(lost: readonly LostValue[], max = 8): string {
	const shown = lost
		.slice(0, max)
		.map((l) => (l.column === '(row)' ? `${l.key} (the whole row)` : `${l.key} ${l.column} (was ${String(l.before)})`));
	return shown.join(', ') + (lost.length > max ? `, … and ${lost.length - max} more` : '');
}
