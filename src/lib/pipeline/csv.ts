import { csvParseRows } from 'd3-dsv';
import { cellsInOrder, type CellValue, type Columns, type TableSchema } from '../data/schema/table';
import { DataError } from './errors';

/** One parsed CSV record with the 1-based line on which it starts (the header is line 1). */
export interface CsvRecord {
	line: number;
	cells: string[];
}

/** A parsed table: its header and its records, each with its source line. */
export interface CsvTable {
	file: string;
	header: string[];
	records: CsvRecord[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes a table file as UTF-8 (an initial BOM is dropped). Anything that is not valid UTF-8 is
 * rejected with a message that names the likely encoding: a CSV saved by Excel on a Chinese Windows
 * machine is GB18030/GBK, and the fix is to save it as "CSV UTF-8" or convert it with iconv.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
	const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
	} catch {
		const gb = looksLikeGb18030(bytes);
		throw new DataError({
			file,
			line: lineOfFirstInvalidUtf8(bytes),
			field: '(encoding)',
			value: gb ? 'GB18030/GBK bytes' : 'invalid UTF-8 bytes',
			expected: gb
				? `UTF-8 text. This file looks GB18030/GBK-encoded (Excel on Chinese Windows): save it from Excel as "CSV UTF-8 (逗号分隔)", or convert it in place: npm run to-utf8 -- ${file} (or: iconv -f GB18030 -t UTF-8 in.csv > out.csv)`
				: 'UTF-8 text. Re-save the file as UTF-8 ("CSV UTF-8" in Excel)'
		});
	}
}

/** True when the bytes decode as GB18030 without error and contain at least one CJK double-byte sequence. */
function looksLikeGb18030(bytes: Uint8Array): boolean {
	try {
		const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
		return /[\u3400-\u9fff]/.test(text);
	} catch {
		return false;
	}
}

/** 1-based line of the first byte sequence that is not valid UTF-8 (for the error message). */
function lineOfFirstInvalidUtf8(bytes: Uint8Array): number {
	let line = 1;
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		const len = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
		if (len === 0) return line;
		for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return line;
		if (b === 0x0a) line++;
		i += len;
	}
	return line;
}

/**
 * Parses RFC 4180 CSV text (LF or CRLF) into a header and records, keeping each record's line
 * number even when quoted cells span lines. Blank lines are skipped. An odd number of quote
 * characters (an unterminated quoted cell, typically a truncated file) is an error.
 */
export function parseCsv(file: string, text: string): CsvTable {
	const quotes = text.split('"').length - 1;
	if (quotes % 2 === 1) {
		const lastQuoteLine = text.slice(0, text.lastIndexOf('"')).split('\n').length;
		throw new DataError({
			file,
			line: lastQuoteLine,
			field: '(quoting)',
			value: 'an unterminated quoted cell',
			expected: 'every opening quote to be closed (is the file truncated?)'
		});
	}
	const rows = csvParseRows(text);
	const records: CsvRecord[] = [];
	let line = 1;
	for (const cells of rows) {
		const spanned = cells.reduce((n, c) => n + countNewlines(c), 0);
		const blank = cells.length === 1 && cells[0]!.trim() === '';
		if (!blank) records.push({ line, cells });
		line += 1 + spanned;
	}
	const head = records.shift();
	if (!head) {
		throw new DataError({ file, line: 1, field: '(header)', value: '', expected: 'a header row' });
	}
	return { file, header: head.cells.map((h) => h.trim()), records };
}

function countNewlines(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
	return n;
}

/** One CSV cell; quoted (RFC 4180) only if it holds a comma, quote or line break. */
export function cell(value: CellValue): string {
	if (value === null) return '';
	const s = String(value);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A derived table as CSV: the schema's columns, then one line per record. */
export function renderTable<C extends Columns, R>(schema: TableSchema<C, R>, records: readonly R[]): string {
	return (
		[schema.columnNames, ...records.map((r) => cellsInOrder(schema, r))]
			.map((row) => row.map(cell).join(','))
			.join('\n') + '\n'
	);
}
