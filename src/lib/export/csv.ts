/**
 * Tables as CSV (RFC 4180): fields joined by commas, records by CRLF, a field quoted when it holds a
 * comma, a double quote, a line break or leading/trailing spaces, with quotes doubled inside. A UTF-8
 * byte-order mark in front by default, so Excel opens Chinese text as UTF-8 (without it, Excel on
 * Windows reads the file as GBK/ANSI and garbles it). Source and licence never go into the rows
 * (that would break parsing): they go into a sidecar text file.
 *
 * Every CSV the site writes (the catalogue's downloads and the chart exports) goes through here, so
 * every one is safe to open in a spreadsheet: see {@link neutraliseFormula}.
 */

export const BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

/** First characters that make Excel, WPS or LibreOffice read a cell as a formula (or a DDE command). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Text that a spreadsheet reads as a plain number: it stays a number, even with a sign. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** A cell already neutralised (or one that would look so): apostrophes, then a formula start. */
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/**
 * CSV formula injection (OWASP "CSV Injection"): a cell beginning with `=`, `+`, `-`, `@`, a tab or
 * a carriage return is prefixed with an apostrophe, so a spreadsheet shows it as text instead of
 * evaluating it (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd|…`). Plain numbers, negative ones included
 * (`-10.3`), are left alone and stay numbers. Text that already starts with apostrophes before such a
 * character gets one more, so {@link restoreFormula} gives back exactly the original text.
 */
export function neutraliseFormula(text: string): string {
	if (PLAIN_NUMBER.test(text)) return text;
	return FORMULA_START.test(text) || NEUTRALISED.test(text) ? `'${text}` : text;
}

/** The inverse of {@link neutraliseFormula}: the text a neutralised cell stood for. */
export function restoreFormula(text: string): string {
	return NEUTRALISED.test(text) ? text.slice(1) : text;
}

/** One field: numbers as JavaScript prints them, null/undefined as empty, text neutralised and quoted when needed. */
export function csvField(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const text = neutraliseFormula(String(value));
	return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole table: header row, then the rows; `bom` (default true) prefixes the byte-order mark. */
export function toCsv(columns: string[], rows: CsvValue[][], { bom = true }: { bom?: boolean } = {}): string {
	// A row of one empty field is written "" (an empty line would read as no row at all).
	const lines = [columns, ...rows].map((row) =>
		row.length === 1 && csvField(row[0]) === '' ? '""' : row.map(csvField).join(',')
	);
	return (bom ? BOM : '') + lines.join('\r\n') + '\r\n';
}
