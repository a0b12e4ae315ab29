/**
 * Line-by-line parser of one surface-water file (either format, see vocabulary.ts). Pure module: it receives
 * {@link Line}s from the CNEMC line splitter and hands every row to a callback, so memory does not grow with
 * the file (only the per-column value samples for the signature check do, 8 bytes a value).
 *
 * Never trusting the header:
 * - the header must name every field once, in one format's vocabulary (any order);
 * - on every row, the time and the station name are told apart by their values, not by the header: the spreadsheet
 *   header says `时间,断面名称` where the values stand as name, time (SOURCES.md). Rows whose values stand opposite
 *   to the header are counted;
 * - every cell is checked against what its field can hold (time, class symbol, status, number within
 *   {@link WATER_PLAUSIBLE}), and at the end of the file each parameter's values must look like that parameter
 *   ({@link SIGNATURE}: decimals and median).
 * Anything else is an {@link ImportError} naming file, line, column, header name, value and what was expected.
 */
import { WATER_PARAMETERS, WATER_PLAUSIBLE, type WaterParameter } from '../../data/schema/waterNetwork';
import type { WaterClass } from '../../standards/index';
import { ImportError } from '../importError';
import type { Line } from '../lines';
import { looksLikeTime, parseSnapshot, resolveTime, type LocalTime, type TimeForm } from './time';
import {
	CLASS_SYMBOLS,
	FIELDS,
	HEADER_NAMES,
	PROVINCE,
	SIGNATURE,
	SIGNATURE_MIN_VALUES,
	STATUSES,
	type Field,
	type InputFormat,
	type NotAValue,
	type Status
} from './vocabulary';

/** One row as published, before duplicates and statuses are dealt with (a reading when it has a time). */
export interface RawReading {
	station: string;
	basin: string;
	/** Reading time, year resolved; null when the row has no time (not a reading: counted, then dropped). */
	time: LocalTime | null;
	snapshot: LocalTime;
	file: string;
	line: number;
	/** The network's class, or null when the cell is empty or `-`. */
	networkClass: WaterClass | null;
	status: Status;
	/** The 11 parameters in {@link WATER_PARAMETERS} order; NaN where the cell is not a number. */
	values: readonly number[];
	/** The 11 parameter cells as published, joined with `,` (`*`, `--` and empty cells become empty). */
	texts: string;
}

/** Per-file facts for the provenance. */
export interface FileSummary {
	file: string;
	format: InputFormat;
	/** The header as it stands. */
	header: string[];
	/** Data rows (lines after the header). */
	rows: number;
	/** Rows whose time and station values stood opposite to the header's names. */
	swappedRows: number;
	/** Rows without a time, by status: not readings (no time to place them at). */
	noTime: Partial<Record<Status, number>>;
	/** Readings by how the time was written. */
	timeForms: Record<TimeForm, number>;
	/** `MM-DD HH:MM` readings placed in the year before their snapshot's (year boundary). */
	previousYear: number;
	/** Readings whose minute is not :00 or whose hour is not a multiple of 4 (kept as published). */
	offGrid: { line: number; station: string; time: string }[];
	/** Non-number parameter cells, per parameter and kind. */
	notAValue: Record<WaterParameter, Record<NotAValue, number>>;
	/** Network class cells that give no class: empty and `-`. */
	noNetworkClass: { empty: number; dash: number };
	/** Snapshots seen: count, first, last. */
	snapshots: { count: number; first: string | null; last: string | null };
	/** Per parameter: values checked, dominant decimals, median (null when too few values to judge). */
	signatures: Record<WaterParameter, { values: number; decimals: number | null; median: number | null }>;
}

const NUMBER = /^\d+(\.\d+)?$/;
const CJK = /[\u3400-\u9fff]/;
const isTimeOrEmpty = (c: string) => c === '' || looksLikeTime(c);
const isName = (c: string) => c !== '' && !looksLikeTime(c) && CJK.test(c) && c.trim() === c;

/** Format whose vocabulary names exactly the fields of `header`, or null. */
export function detectFormat(header: readonly string[]): InputFormat | null {
	for (const format of Object.keys(HEADER_NAMES) as InputFormat[]) {
		const names = HEADER_NAMES[format];
		if (header.length === FIELDS.length && new Set(header).size === header.length && header.every((h) => h in names))
			return format;
	}
	return null;
}

/** Parses one file; feed {@link line} every line (header first), then call {@link finish}. */
export class WaterFileParser {
	private format: InputFormat | null = null;
	private header: string[] = [];
	private pos = {} as Record<Field, number>;
	/** Snapshot → first line that carries it. */
	private readonly snapshotLines = new Map<string, number>();
	private firstSnapshot: string | null = null;
	private lastSnapshot: string | null = null;
	private readonly samples: Record<WaterParameter, number[]> = Object.fromEntries(
		WATER_PARAMETERS.map((p) => [p, []])
	) as never;
	/** Per parameter: how many values had 0, 1, 2, … decimals. */
	private readonly decimals: Record<WaterParameter, number[]> = Object.fromEntries(
		WATER_PARAMETERS.map((p) => [p, [] as number[]])
	) as never;
	private readonly strings = new Map<string, string>();
	private lastSnapshotCell: string | null = null;
	private lastSnapshotTime: string | null = null;
	private readonly s: Omit<FileSummary, 'format' | 'header' | 'snapshots' | 'signatures'> = {
		file: '',
		rows: 0,
		swappedRows: 0,
		noTime: {},
		timeForms: { 'with-year': 0, 'without-year': 0 },
		previousYear: 0,
		offGrid: [],
		notAValue: Object.fromEntries(WATER_PARAMETERS.map((p) => [p, { '*': 0, '--': 0, '': 0 }])) as never,
		noNetworkClass: { empty: 0, dash: 0 }
	};

	constructor(
		private readonly file: string,
		private readonly onReading: (r: RawReading) => void
	) {
		this.s.file = file;
	}

	private fail(line: number, column: number | undefined, value: string | undefined, reason: string): never {
		throw new ImportError(
			{
				file: this.file,
				line,
				column,
				columnName: column === undefined ? undefined : this.header[column - 1],
				value
			},
			reason
		);
	}

	/** Feeds one line (the first one is the header). */
	line(l: Line): void {
		if (l.text.includes('"'))
			this.fail(l.no, undefined, l.text.slice(0, 60), 'a quote character; expected unquoted cells');
		if (this.format === null) return this.readHeader(l);
		this.s.rows++;
		const cells = l.text.split(',');
		if (cells.length !== this.header.length)
			this.fail(
				l.no,
				undefined,
				`${cells.length} cells`,
				`expected ${this.header.length} cells, one per header column`
			);
		this.readRow(l.no, cells);
	}

	private readHeader(l: Line): void {
		const header = l.text.split(',');
		this.header = header;
		const format = detectFormat(header);
		if (!format) {
			const known = new Set(Object.values(HEADER_NAMES).flatMap((n) => Object.keys(n)));
			const unknown = header.findIndex((h) => !known.has(h));
			if (unknown !== -1)
				this.fail(
					1,
					unknown + 1,
					header[unknown],
					'not a column name of either format (see SOURCES.md "Original columns")'
				);
			this.fail(
				1,
				undefined,
				l.text.slice(0, 80),
				`expected each of the ${FIELDS.length} columns once, all named in one format: ` +
					Object.values(HEADER_NAMES)
						.map((n) => Object.keys(n).join(','))
						.join(' or ')
			);
		}
		this.format = format;
		const names = HEADER_NAMES[format];
		header.forEach((h, i) => (this.pos[names[h]!] = i));
	}

	/** One copy of each repeated string (station, basin, snapshot): 130 000 rows hold about 3 000 distinct ones. */
	private intern(text: string): string {
		const known = this.strings.get(text);
		if (known !== undefined) return known;
		this.strings.set(text, text);
		return text;
	}

	private readRow(no: number, cells: string[]): void {
		const p = this.pos;

		const snapshotCell = cells[p.snapshot]!;
		let snapshot = this.lastSnapshotCell === snapshotCell ? this.lastSnapshotTime : null;
		if (snapshot === null) {
			snapshot = parseSnapshot(snapshotCell);
			if (!snapshot) this.fail(no, p.snapshot + 1, snapshotCell, 'expected a snapshot time YYYY-MM-DDTHH:MM');
			snapshot = this.intern(snapshot);
			this.lastSnapshotCell = snapshotCell;
			this.lastSnapshotTime = snapshot;
			this.noteSnapshot(snapshot, no);
		}
		const province = cells[p.province]!;
		if (province !== PROVINCE) this.fail(no, p.province + 1, province, `expected ${PROVINCE}`);
		const basin = this.intern(cells[p.basin]!);
		if (basin === '') this.fail(no, p.basin + 1, basin, 'expected a basin name');

		// Station and time: by their values, whatever the header says.
		let stationCol = p.station;
		let timeCol = p.time;
		if (!(isName(cells[stationCol]!) && isTimeOrEmpty(cells[timeCol]!))) {
			if (isName(cells[timeCol]!) && isTimeOrEmpty(cells[stationCol]!)) {
				[stationCol, timeCol] = [timeCol, stationCol];
				this.s.swappedRows++;
			} else
				this.fail(
					no,
					stationCol + 1,
					cells[stationCol],
					`expected a station name (Chinese characters) in one of columns ${p.station + 1} and ${p.time + 1} and a time (YYYY/M/D H:MM or MM-DD HH:MM) or nothing in the other; found ${JSON.stringify(cells[timeCol])} in column ${p.time + 1}`
				);
		}
		const station = this.intern(cells[stationCol]!);
		const timeText = cells[timeCol]!;

		const classCell = cells[p.networkClass]!;
		let networkClass: WaterClass | null = null;
		if (classCell === '') this.s.noNetworkClass.empty++;
		else if (classCell === '-') this.s.noNetworkClass.dash++;
		else {
			networkClass = CLASS_SYMBOLS[classCell] ?? null;
			if (!networkClass)
				this.fail(no, p.networkClass + 1, classCell, 'expected a class Ⅰ, Ⅱ, Ⅲ, Ⅳ, Ⅴ or 劣Ⅴ, `-` or an empty cell');
		}
		const statusCell = cells[p.status]!;
		if (!(STATUSES as readonly string[]).includes(statusCell))
			this.fail(no, p.status + 1, statusCell, `expected one of ${STATUSES.join(', ')}`);
		const status = statusCell as Status;

		const values: number[] = [];
		const texts: string[] = [];
		for (let i = 0; i < WATER_PARAMETERS.length; i++) {
			const param = WATER_PARAMETERS[i]!;
			const column = p[param];
			const cell = cells[column]!;
			if (NUMBER.test(cell)) {
				const x = Number(cell);
				const [lo, hi] = WATER_PLAUSIBLE[param];
				if (x < lo || x > hi)
					this.fail(no, column + 1, cell, `expected a ${param} value between ${lo} and ${hi} (plausibility limit)`);
				values.push(x);
				texts.push(cell);
				this.samples[param].push(x);
				const dot = cell.indexOf('.');
				const counts = this.decimals[param];
				const d = dot === -1 ? 0 : cell.length - dot - 1;
				counts[d] = (counts[d] ?? 0) + 1;
			} else if (cell === '*' || cell === '--' || cell === '') {
				values.push(NaN);
				texts.push('');
				this.s.notAValue[param][cell]++;
			} else
				this.fail(no, column + 1, cell, 'expected a number, * (not measured), -- (not published) or an empty cell');
		}

		let time: LocalTime | null = null;
		if (timeText === '') this.s.noTime[status] = (this.s.noTime[status] ?? 0) + 1;
		else {
			const resolved = resolveTime(timeText, snapshot);
			if (!resolved.ok) this.fail(no, timeCol + 1, timeText, `expected ${resolved.expected}`);
			time = this.intern(resolved.time);
			this.s.timeForms[resolved.form]++;
			if (resolved.previousYear) this.s.previousYear++;
			if (time.charCodeAt(15) !== 48 || time.charCodeAt(14) !== 48 || Number(time.slice(11, 13)) % 4 !== 0)
				this.s.offGrid.push({ line: no, station, time });
		}
		// join() gives a flat string; `+=` would keep a tree of 21 pieces per row alive.
		this.onReading({
			station,
			basin,
			time,
			snapshot,
			file: this.file,
			line: no,
			networkClass,
			status,
			values,
			texts: texts.join(',')
		});
	}

	private noteSnapshot(s: string, line: number): void {
		if (this.snapshotLines.has(s)) return;
		this.snapshotLines.set(s, line);
		if (this.firstSnapshot === null || s < this.firstSnapshot) this.firstSnapshot = s;
		if (this.lastSnapshot === null || s > this.lastSnapshot) this.lastSnapshot = s;
	}

	/** Each snapshot time in the file and the first line that carries it. */
	snapshotsSeen(): ReadonlyMap<string, number> {
		return this.snapshotLines;
	}

	/** Ends the file: checks each parameter's value signature and returns the summary. */
	finish(): FileSummary {
		if (this.format === null) throw new ImportError({ file: this.file }, 'empty file (no header)');
		const signatures = {} as FileSummary['signatures'];
		for (const param of WATER_PARAMETERS) {
			const xs = this.samples[param];
			const ds = this.decimals[param];
			if (xs.length < SIGNATURE_MIN_VALUES) {
				signatures[param] = { values: xs.length, decimals: null, median: null };
				continue;
			}
			let dominant = 0;
			ds.forEach((c, d) => {
				if ((c ?? 0) > (ds[dominant] ?? 0)) dominant = d;
			});
			const sorted = Float64Array.from(xs).sort();
			const mid = sorted.length >> 1;
			const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
			signatures[param] = { values: xs.length, decimals: dominant, median };
			const want = SIGNATURE[param];
			const column = this.pos[param] + 1;
			if (dominant !== want.decimals || median < want.median[0] || median > want.median[1])
				throw new ImportError(
					{ file: this.file, line: 1, column, columnName: this.header[column - 1], value: this.header[column - 1] },
					`the ${xs.length} values under this header do not look like ${param}: most have ${dominant} decimals ` +
						`and their median is ${median}; ${param} is published with ${want.decimals} decimals and a median between ` +
						`${want.median[0]} and ${want.median[1]} — does the header name the right column?`
				);
		}
		return {
			...this.s,
			format: this.format,
			header: this.header,
			snapshots: { count: this.snapshotLines.size, first: this.firstSnapshot, last: this.lastSnapshot },
			signatures
		};
	}
}
