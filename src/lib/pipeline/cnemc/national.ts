/**
 * Streaming parser for the CNEMC national hourly format `date,hour,type,<columns…>` (SOURCES.md "Format"):
 * full national city files (~375 city columns), full national station files (~2,000 station-code columns)
 * and single-column extracts (`date,hour,type,厦门`). Pure module: it receives {@link Line}s and keeps only the
 * selected columns, so memory does not grow with the width or the number of rows of a file.
 *
 * Strictness (task rules): a ragged row, a quote character, a bad date or hour, an unknown `type`, or a
 * selected cell that is neither blank nor a non-negative decimal number is an {@link ImportError} naming
 * file, line, column and value. Columns that are not selected are counted (ragged-row check) but not parsed.
 * Only the six hourly pollutant rows are read; CNEMC's derived rows (`AQI`, `*_24h`, `O3_8h`, `O3_8h_24h`)
 * are recognised and ignored, because daily values are computed from hourly values (STANDARDS.md §8).
 */
import { ImportError } from '../importError';
import type { Line } from '../lines';
import { emptyBlock, HOURLY_POLLUTANTS, KNOWN_TYPES, slot, type DayBlock } from './types';

/** The first three header fields of the national format. */
export const NATIONAL_PREFIX = ['date', 'hour', 'type'] as const;

/** True when a header line (BOM already removed) is the national format `date,hour,type,…`. */
export function isNationalHeader(text: string): boolean {
	return text.startsWith('date,hour,type,');
}

/** What a header column is selected as: the city (`厦门`) or one station code (data/stations.csv). */
export interface ColumnTarget {
	entity: string;
	kind: 'city' | 'station';
}

/** A selected column and its 1-based position in the file. */
export interface SelectedColumn extends ColumnTarget {
	name: string;
	position: number;
}

/** Options of {@link NationalParser}. */
export interface NationalParseOptions {
	/** File name used in errors and provenance (relative to the input directory). */
	file: string;
	/** Maps a header name to what it is selected as, or null when the column is not needed. */
	select: (name: string) => ColumnTarget | null;
	/** Inclusive ISO date range the rows must fall in (derived from the file name), if any. */
	dateRange?: { from: string; to: string };
}

/** Per-file facts reported in PROVENANCE. */
export interface NationalFileSummary {
	file: string;
	headerFields: number;
	selected: SelectedColumn[];
	/** Selected names present more than once whose copies were identical on every row (kept: the first). */
	duplicateSelected: { name: string; positions: number[] }[];
	/** Header names (not selected) that occur more than once; not read, so not checked. */
	duplicateOtherNames: string[];
	dataRows: number;
	/** Rows of the six hourly pollutant types that were read. */
	usedRows: number;
	/** Rows of CNEMC's derived types, recognised and not read (STANDARDS.md §8). */
	ignoredRowsByType: Record<string, number>;
	/** Repeated `date,hour,type` rows whose selected values were identical (kept: the first). */
	duplicateRows: { line: number; firstLine: number }[];
	/** A last line without terminator and with too few fields: treated as a truncated file, row dropped. */
	truncatedLastLine: {
		line: number;
		fields: number;
		expected: number;
		date: string;
		hour: string;
		type: string;
	} | null;
	firstDate: string | null;
	lastDate: string | null;
	dates: number;
}

/** Result of one file: the hourly values of every selected entity, per ISO date. */
export interface NationalFileResult {
	summary: NationalFileSummary;
	/** date → entity → hourly values. */
	days: Map<string, Map<string, DayBlock>>;
	/** date → line number of each (pollutant, hour) row, 0 when absent (same layout as a {@link DayBlock}). */
	lines: Map<string, Uint32Array>;
}

const POLLUTANT_INDEX: ReadonlyMap<string, number> = new Map(HOURLY_POLLUTANTS.map((p, i) => [p, i]));
const DECIMAL = /^\d+(?:\.\d+)?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYYMMDD` → `YYYY-MM-DD` when it is a real calendar date, else null. */
export function compactToIsoDate(s: string): string | null {
	if (!/^\d{8}$/.test(s)) return null;
	const y = Number(s.slice(0, 4));
	const m = Number(s.slice(4, 6));
	const d = Number(s.slice(6, 8));
	if (y < 1900 || m < 1 || m > 12 || d < 1) return null;
	const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
	const max = m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0);
	if (d > max) return null;
	return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/**
 * Parses a selected cell: blank → NaN (not published, SOURCES.md), non-negative decimal → number,
 * anything else → null (the caller raises). Negative values are errors (STANDARDS.md §7).
 */
export function parseCell(text: string): number | null {
	if (text.length === 0) return NaN;
	return DECIMAL.test(text) ? Number(text) : null;
}

/**
 * Line-by-line parser of one national-format file. Feed every line (header first) to {@link line},
 * then call {@link finish}.
 */
export class NationalParser {
	private readonly file: string;
	private readonly opts: NationalParseOptions;
	private header: string[] | null = null;
	/** Per header position: index into {@link cells}, or −1 when the field is not needed. */
	private need = new Int32Array(0);
	private cells: string[] = [];
	private selected: SelectedColumn[] = [];
	/** Duplicates of selected columns: [cell index of the copy, cell index of the original, positions]. */
	private dupes: { copy: number; original: number; name: string; positions: [number, number] }[] = [];
	private readonly days = new Map<string, DayBlock[]>();
	private readonly lineNos = new Map<string, Uint32Array>();
	private lastDateRaw = '';
	private lastDateIso = '';
	private pending: Line | null = null;
	private readonly summary: NationalFileSummary;

	constructor(opts: NationalParseOptions) {
		this.opts = opts;
		this.file = opts.file;
		this.summary = {
			file: opts.file,
			headerFields: 0,
			selected: [],
			duplicateSelected: [],
			duplicateOtherNames: [],
			dataRows: 0,
			usedRows: 0,
			ignoredRowsByType: {},
			duplicateRows: [],
			truncatedLastLine: null,
			firstDate: null,
			lastDate: null,
			dates: 0
		};
	}

	/** Consumes one line. The previous line is processed first, so a short last line can be recognised. */
	line(l: Line): void {
		if (this.pending) this.process(this.pending, false);
		this.pending = l;
	}

	/** Processes the last line and returns the file's values and summary. */
	finish(): NationalFileResult {
		if (this.pending) this.process(this.pending, true);
		this.pending = null;
		if (!this.header) throw new ImportError({ file: this.file, line: 1 }, 'empty file: no header line');
		const days = new Map<string, Map<string, DayBlock>>();
		let first: string | null = null;
		let last: string | null = null;
		for (const [date, blocks] of this.days) {
			const byEntity = new Map<string, DayBlock>();
			this.selected.forEach((c, j) => byEntity.set(c.entity, blocks[j] as DayBlock));
			days.set(date, byEntity);
			if (first === null || date < first) first = date;
			if (last === null || date > last) last = date;
		}
		this.summary.firstDate = first;
		this.summary.lastDate = last;
		this.summary.dates = days.size;
		this.summary.duplicateSelected = this.dupes.map((d) => ({ name: d.name, positions: [...d.positions] }));
		return { summary: this.summary, days, lines: this.lineNos };
	}

	private err(line: number, column: number | undefined, value: string | undefined, reason: string): ImportError {
		const columnName = column !== undefined && this.header ? this.header[column - 1] : undefined;
		return new ImportError({ file: this.file, line, column, columnName, value }, reason);
	}

	private process(l: Line, isLast: boolean): void {
		if (!this.header) this.readHeader(l);
		else this.readRow(l, isLast);
	}

	private readHeader(l: Line): void {
		const q = l.text.indexOf('"');
		if (q !== -1) {
			const col = countCommas(l.text, q) + 1;
			throw new ImportError(
				{ file: this.file, line: l.no, column: col },
				'quoted fields are not supported by this parser'
			);
		}
		const names = l.text.split(',');
		for (let i = 0; i < 3; i++) {
			if (names[i] !== NATIONAL_PREFIX[i])
				throw new ImportError(
					{ file: this.file, line: l.no, column: i + 1, value: names[i] ?? '' },
					`header must start with "date,hour,type"`
				);
		}
		this.header = names;
		this.summary.headerFields = names.length;
		this.need = new Int32Array(names.length).fill(-1);
		this.need[0] = 0;
		this.need[1] = 1;
		this.need[2] = 2;
		let cellCount = 3;
		const firstPos = new Map<string, number>();
		const otherDupes = new Set<string>();
		const pendingDupes: { name: string; pos: number; firstPos: number }[] = [];
		for (let i = 3; i < names.length; i++) {
			const name = names[i] as string;
			const target = this.opts.select(name);
			const seen = firstPos.get(name);
			if (seen !== undefined) {
				if (target) pendingDupes.push({ name, pos: i, firstPos: seen });
				else otherDupes.add(name);
				continue;
			}
			firstPos.set(name, i);
			if (target) {
				this.selected.push({ ...target, name, position: i + 1 });
				this.need[i] = cellCount++;
			}
		}
		for (const d of pendingDupes) {
			this.need[d.pos] = cellCount;
			this.dupes.push({
				copy: cellCount++,
				original: this.need[d.firstPos] as number,
				name: d.name,
				positions: [d.firstPos + 1, d.pos + 1]
			});
		}
		this.cells = new Array<string>(cellCount).fill('');
		this.summary.selected = this.selected;
		this.summary.duplicateOtherNames = [...otherDupes].sort();
	}

	private readRow(l: Line, isLast: boolean): void {
		const text = l.text;
		const q = text.indexOf('"');
		if (q !== -1) {
			const col = countCommas(text, q) + 1;
			throw this.err(l.no, col, fieldAt(text, col), 'quoted fields are not supported by this parser');
		}
		// Split, keeping only the needed fields.
		const need = this.need;
		const width = need.length;
		const cells = this.cells;
		let start = 0;
		let i = 0;
		const n = text.length;
		for (;;) {
			const c = text.indexOf(',', start);
			const end = c === -1 ? n : c;
			if (i < width) {
				const k = need[i] as number;
				if (k >= 0) cells[k] = text.slice(start, end);
			}
			i++;
			if (c === -1) break;
			start = c + 1;
		}
		this.summary.dataRows++;
		if (i !== width) {
			if (isLast && !l.terminated && i < width) {
				this.summary.truncatedLastLine = {
					line: l.no,
					fields: i,
					expected: width,
					date: cells[0] ?? '',
					hour: cells[1] ?? '',
					type: cells[2] ?? ''
				};
				return;
			}
			if (i < width)
				throw this.err(l.no, i + 1, '', `ragged row: ${i} fields, header has ${width} (field ${i + 1} missing)`);
			throw this.err(l.no, width + 1, fieldAt(text, width + 1), `ragged row: ${i} fields, header has ${width}`);
		}
		const dateRaw = cells[0] as string;
		let date: string;
		if (dateRaw === this.lastDateRaw) date = this.lastDateIso;
		else {
			const iso = compactToIsoDate(dateRaw);
			if (iso === null) throw this.err(l.no, 1, dateRaw, 'bad date: expected a calendar date YYYYMMDD');
			const r = this.opts.dateRange;
			if (r && (iso < r.from || iso > r.to))
				throw this.err(l.no, 1, dateRaw, `date outside ${r.from}…${r.to}, the range named by the file`);
			this.lastDateRaw = dateRaw;
			this.lastDateIso = iso;
			date = iso;
		}
		const hourRaw = cells[1] as string;
		const hour = hourRaw.length >= 1 && hourRaw.length <= 2 && /^\d+$/.test(hourRaw) ? Number(hourRaw) : -1;
		if (hour < 0 || hour > 23) throw this.err(l.no, 2, hourRaw, 'bad hour: expected an integer 0–23');
		const type = cells[2] as string;
		if (!KNOWN_TYPES.has(type)) throw this.err(l.no, 3, type, 'unknown type');
		for (const d of this.dupes) {
			if (cells[d.copy] !== cells[d.original])
				throw this.err(
					l.no,
					d.positions[1],
					cells[d.copy],
					`column "${d.name}" appears twice (columns ${d.positions[0]} and ${d.positions[1]}) and the copies differ ` +
						`on this line (${JSON.stringify(cells[d.original])} vs ${JSON.stringify(cells[d.copy])}); refusing to choose`
				);
		}
		const p = POLLUTANT_INDEX.get(type);
		if (p === undefined) {
			this.summary.ignoredRowsByType[type] = (this.summary.ignoredRowsByType[type] ?? 0) + 1;
			return;
		}
		this.summary.usedRows++;
		let blocks = this.days.get(date);
		let lineNos = this.lineNos.get(date);
		if (!blocks || !lineNos) {
			blocks = this.selected.map(() => emptyBlock());
			lineNos = new Uint32Array(HOURLY_POLLUTANTS.length * 24);
			this.days.set(date, blocks);
			this.lineNos.set(date, lineNos);
		}
		const s = slot(p, hour);
		const firstLine = lineNos[s] as number;
		for (let j = 0; j < this.selected.length; j++) {
			const raw = cells[3 + j] as string;
			const v = parseCell(raw);
			const col = (this.selected[j] as SelectedColumn).position;
			if (v === null) throw this.err(l.no, col, raw, 'not a non-negative decimal number (or blank)');
			const block = blocks[j] as DayBlock;
			if (firstLine !== 0) {
				const prev = block[s] as number;
				if (!(Number.isNaN(prev) && Number.isNaN(v)) && prev !== v)
					throw this.err(
						l.no,
						col,
						raw,
						`duplicate row ${dateRaw},${hourRaw},${type} (first at line ${firstLine}) with a different value (${Number.isNaN(prev) ? 'blank' : prev}); refusing to choose`
					);
			} else block[s] = v;
		}
		if (firstLine !== 0) this.summary.duplicateRows.push({ line: l.no, firstLine });
		else lineNos[s] = l.no;
	}
}

/** Number of commas in `text` before index `end`. */
function countCommas(text: string, end: number): number {
	let n = 0;
	for (let i = text.indexOf(','); i !== -1 && i < end; i = text.indexOf(',', i + 1)) n++;
	return n;
}

/** The text of the 1-based field `col` of a line (empty when absent). */
function fieldAt(text: string, col: number): string {
	return text.split(',')[col - 1] ?? '';
}
