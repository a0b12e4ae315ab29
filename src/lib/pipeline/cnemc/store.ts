/**
 * Merges the hourly values of all national files, entity by entity and date by date. Pure module.
 *
 * Decision (rules silent): when two files hold the same entity-date (here: 2023-01-20 in both the 2023 city
 * extract and the full sample city file), the file with the better source priority (sources.ts order; then
 * the earlier path) supplies the day, and the other is a cross-check: every hourly cell present in both must be
 * equal, else an {@link ImportError} names both files, lines and values. Cells only the cross-check file has
 * are not used (counted in PROVENANCE), so a day always comes from one file and one source id.
 */
import { ImportError } from '../importError';
import { byCodeUnit } from '../order';
import type { NationalFileResult } from './national';
import { HOURLY_POLLUTANTS, HOURS, type DayBlock } from './types';

/** One entity-day as kept. */
export interface StoredDay {
	block: DayBlock;
	lines: Uint32Array;
	file: string;
	/** 1-based column of the entity in `file`. */
	column: number;
	sourceId: string;
	priority: number;
	order: number;
}

/** Summary of one kept-file / other-file comparison. */
export interface CrossCheck {
	keptFile: string;
	otherFile: string;
	entityDays: number;
	/** Hourly cells present in both, all equal. */
	cellsCompared: number;
	/** Cells only in the other (not used). */
	cellsOnlyInOther: number;
	/** Cells only in the kept file. */
	cellsOnlyInKept: number;
}

/** Hourly values of every entity, keyed entity → ISO date. */
export class HourlyStore {
	private readonly data = new Map<string, Map<string, StoredDay>>();
	private readonly checks = new Map<string, CrossCheck>();
	private order = 0;

	/** Adds one parsed file of source `sourceId` with merge `priority` (lower wins). */
	add(result: NationalFileResult, sourceId: string, priority: number): void {
		const order = this.order++;
		const columns = new Map(result.summary.selected.map((c) => [c.entity, c.position]));
		for (const [date, entities] of result.days) {
			const lines = result.lines.get(date) as Uint32Array;
			for (const [entity, block] of entities) {
				const incoming: StoredDay = {
					block,
					lines,
					file: result.summary.file,
					column: columns.get(entity) as number,
					sourceId,
					priority,
					order
				};
				let byDate = this.data.get(entity);
				if (!byDate) {
					byDate = new Map();
					this.data.set(entity, byDate);
				}
				const existing = byDate.get(date);
				if (!existing) {
					byDate.set(date, incoming);
					continue;
				}
				const [kept, other] = incoming.priority < existing.priority ? [incoming, existing] : [existing, incoming];
				this.compare(entity, date, kept, other);
				byDate.set(date, kept);
			}
		}
	}

	private compare(entity: string, date: string, kept: StoredDay, other: StoredDay): void {
		const key = `${kept.file}\u0000${other.file}`;
		let c = this.checks.get(key);
		if (!c) {
			c = {
				keptFile: kept.file,
				otherFile: other.file,
				entityDays: 0,
				cellsCompared: 0,
				cellsOnlyInOther: 0,
				cellsOnlyInKept: 0
			};
			this.checks.set(key, c);
		}
		c.entityDays++;
		for (let i = 0; i < kept.block.length; i++) {
			const a = kept.block[i] as number;
			const b = other.block[i] as number;
			const aOk = !Number.isNaN(a);
			const bOk = !Number.isNaN(b);
			if (aOk && bOk) {
				if (a !== b) {
					const pollutant = HOURLY_POLLUTANTS[Math.floor(i / HOURS)];
					throw new ImportError(
						{ file: other.file, line: other.lines[i], column: other.column, columnName: entity, value: String(b) },
						`${date} hour ${i % HOURS} ${pollutant} conflicts with ${kept.file} line ${kept.lines[i]} ` +
							`column ${kept.column} (${a}); two copies of the same CNEMC publication must agree`
					);
				}
				c.cellsCompared++;
			} else if (bOk) c.cellsOnlyInOther++;
			else if (aOk) c.cellsOnlyInKept++;
		}
	}

	/** Entities present, sorted. */
	entities(): string[] {
		return [...this.data.keys()].sort(byCodeUnit);
	}

	/** The days of `entity`, sorted by date. */
	days(entity: string): [string, StoredDay][] {
		return [...(this.data.get(entity) ?? new Map<string, StoredDay>()).entries()].sort((a, b) =>
			byCodeUnit(a[0], b[0])
		);
	}

	/** The cross-checks made, sorted by file names. */
	crossChecks(): CrossCheck[] {
		return [...this.checks.values()].sort(
			(a, b) => byCodeUnit(a.keptFile, b.keptFile) || byCodeUnit(a.otherFile, b.otherFile)
		);
	}
}
