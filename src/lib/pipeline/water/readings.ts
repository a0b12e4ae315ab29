/**
 * One reading per station and time, from every row of every file. Pure module.
 *
 * Rules (SOURCES.md leaves them to the reader):
 * - A row without a time is not a reading: counted (by status) and dropped.
 * - The key of a reading is (station name as published, time with its year resolved). The same key can come more
 *   than once: from the snapshots' year-boundary (a 12-31 reading shown again by a 01-01 snapshot, which the
 *   extraction keyed under the new year), from the first snapshot's `YYYY/M/D` times shown again as `MM-DD`, from
 *   a stale reading republished months later, and from the overlap of the two files around 2023-09-19/20.
 *   **The copy from the earliest snapshot is kept** (then the earlier file in path order, then the earlier line):
 *   what the network published first for that time. Later copies are dropped; an identical copy is counted, a copy
 *   that differs in any cell is listed in the provenance with both locations and the cells that differ.
 * - A station's basin must be the same on every row.
 */
import { WATER_PARAMETERS } from '../../data/schema/waterNetwork';
import { ImportError } from '../importError';
import { byCodeUnit } from '../order';
import type { RawReading } from './parse';

/** A later copy of a reading, dropped. */
export interface DroppedCopy {
	station: string;
	time: string;
	kept: { file: string; line: number; snapshot: string };
	dropped: { file: string; line: number; snapshot: string };
	/** Names of the cells that differ (empty: identical copy). */
	differs: string[];
}

/** A distinct reading (it has a time). */
export type Reading = RawReading & { time: string };

const earlier = (a: RawReading, b: RawReading) =>
	a.snapshot !== b.snapshot ? a.snapshot < b.snapshot : a.file !== b.file ? a.file < b.file : a.line < b.line;

/** Collects rows and keeps one reading per station and time. */
export class ReadingStore {
	private readonly byKey = new Map<string, Reading>();
	private readonly basins = new Map<string, { basin: string; file: string; line: number }>();
	/** Rows per station (with or without a time). */
	readonly rowsByStation = new Map<string, number>();
	/** Rows without a time, per station. */
	readonly noTimeByStation = new Map<string, number>();
	/** Every later copy dropped, in the order met. */
	readonly dropped: DroppedCopy[] = [];

	/** Adds one row (see the module rules). */
	add(r: RawReading): void {
		this.rowsByStation.set(r.station, (this.rowsByStation.get(r.station) ?? 0) + 1);
		const b = this.basins.get(r.station);
		if (!b) this.basins.set(r.station, { basin: r.basin, file: r.file, line: r.line });
		else if (b.basin !== r.basin)
			throw new ImportError(
				{ file: r.file, line: r.line, value: r.basin },
				`basin of ${r.station} differs from ${JSON.stringify(b.basin)} at ${b.file}:${b.line}; expected one basin per station`
			);
		if (r.time === null) {
			this.noTimeByStation.set(r.station, (this.noTimeByStation.get(r.station) ?? 0) + 1);
			return;
		}
		const reading = r as Reading;
		const key = `${r.station}\u0000${r.time}`;
		const existing = this.byKey.get(key);
		if (!existing) {
			this.byKey.set(key, reading);
			return;
		}
		const [kept, other] = earlier(reading, existing) ? [reading, existing] : [existing, reading];
		this.byKey.set(key, kept);
		this.dropped.push({
			station: r.station,
			time: r.time,
			kept: { file: kept.file, line: kept.line, snapshot: kept.snapshot },
			dropped: { file: other.file, line: other.line, snapshot: other.snapshot },
			differs: differences(kept, other)
		});
	}

	/** The basin of each station. */
	basin(station: string): string | undefined {
		return this.basins.get(station)?.basin;
	}

	/** Every distinct reading, sorted by station, then time. */
	readings(): Reading[] {
		return [...this.byKey.values()].sort((a, b) => byCodeUnit(a.station, b.station) || byCodeUnit(a.time, b.time));
	}
}

/** Names of the cells in which two copies of a reading differ. */
export function differences(a: RawReading, b: RawReading): string[] {
	const out: string[] = [];
	if (a.networkClass !== b.networkClass) out.push('class');
	if (a.status !== b.status) out.push('status');
	const ta = a.texts.split(',');
	const tb = b.texts.split(',');
	WATER_PARAMETERS.forEach((p, i) => {
		if (ta[i] !== tb[i] || Number.isNaN(a.values[i]!) !== Number.isNaN(b.values[i]!)) out.push(p);
	});
	return out;
}
