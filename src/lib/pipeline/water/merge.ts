/**
 * Updates add, never silently remove (issue 14 item 1, for the surface-water tables). Pure module.
 *
 * The unit of coverage is a station-month. An import covers the station-months in which its files hold at least
 * one reading (of any status). Merging it into the tables already in data/derived/:
 * - rows of a covered station-month come from the import (a reading or month already present is replaced by the
 *   import's, and counted as changed when it differs);
 * - rows of station-months the import does not cover are kept as they are;
 * - a covered month for which the import has fewer readings (kept + dropped for status) than the table holds would
 *   shrink the table: the import refuses, naming the months, unless run with `--replace`;
 * - `--replace` writes exactly the import's rows and reports every row it removes.
 * The input-file table merges the same way with the file name as its unit.
 */
import { ImportError } from '../cnemc/errors';
import { byCodeUnit } from '../cnemc/store';
import type { Cells } from './tables';

/** What a merge did to one table. */
export interface MergeSummary {
	table: string;
	/** Rows whose key was not in the table. */
	added: number;
	/** Rows whose key was there with other cells. */
	changed: number;
	unchanged: number;
	/** Rows of units the import does not cover, kept from the table. */
	kept: number;
	/** Rows of the table that are gone (covered units whose row the import no longer has; or `--replace`). */
	removed: number;
}

/** One table to merge. */
export interface MergeTable {
	table: string;
	/** Rows already committed (null: no such file yet). */
	existing: readonly Cells[] | null;
	fresh: readonly Cells[];
	/** A row's key, unique in the table; the merged rows are sorted by it. */
	key: (row: Cells) => string;
	/** A row's unit of coverage (station-month, or file). */
	unit: (row: Cells) => string;
}

/** Merges one table (see the module rules); `covered` = units the import covers. */
export function mergeTable(
	t: MergeTable,
	covered: ReadonlySet<string>,
	replace: boolean
): { rows: Cells[]; summary: MergeSummary } {
	const summary: MergeSummary = { table: t.table, added: 0, changed: 0, unchanged: 0, kept: 0, removed: 0 };
	const old = new Map((t.existing ?? []).map((r) => [t.key(r), r]));
	const rows = new Map<string, Cells>();
	for (const r of t.fresh) {
		const k = t.key(r);
		const before = old.get(k);
		if (!before) summary.added++;
		else if (same(before, r)) summary.unchanged++;
		else summary.changed++;
		rows.set(k, r);
	}
	for (const [k, r] of old) {
		if (rows.has(k)) continue;
		if (!replace && !covered.has(t.unit(r))) {
			rows.set(k, r);
			summary.kept++;
		} else summary.removed++;
	}
	return { rows: [...rows.keys()].sort(byCodeUnit).map((k) => rows.get(k)!), summary };
}

function same(a: Cells, b: Cells): boolean {
	const ka = Object.keys(a);
	return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** Readings a monthly row accounts for: kept plus dropped for status. */
export const monthTotal = (m: Cells) => Number(m.readings) + Number(m.maintenance) + Number(m.not_operating);

/**
 * Refuses (ImportError) a merge in which a station-month the import covers would hold fewer readings than the
 * committed monthly table has for it — unless `replace`. Returns the months that shrink (for the CLI to print).
 */
export function checkNoShrink(
	file: string,
	existing: readonly Cells[] | null,
	fresh: readonly Cells[],
	replace: boolean
): { station: string; month: string; from: number; to: number }[] {
	const now = new Map(fresh.map((m) => [`${m.station}\u0000${m.month}`, monthTotal(m)]));
	const shrinking: { station: string; month: string; from: number; to: number }[] = [];
	for (const m of existing ?? []) {
		const to = now.get(`${m.station}\u0000${m.month}`);
		if (to !== undefined && to < monthTotal(m))
			shrinking.push({ station: m.station!, month: m.month!, from: monthTotal(m), to });
	}
	if (shrinking.length && !replace) {
		const list = shrinking
			.slice(0, 5)
			.map((s) => `${s.station} ${s.month} from ${s.from} to ${s.to} readings`)
			.join('; ');
		throw new ImportError(
			{ file },
			`the import would shrink ${shrinking.length} station-month(s): ${list}${shrinking.length > 5 ? ` and ${shrinking.length - 5} more` : ''}. ` +
				'These files hold fewer readings of those months than the committed tables: import all the files together, ' +
				'or rerun with --replace to write exactly this import'
		);
	}
	return shrinking;
}
