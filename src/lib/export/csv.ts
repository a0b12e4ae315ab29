/**
 * Tables as CSV (RFC 4180): fields joined by commas, records by CRLF, a field quoted when it holds a
 * comma, a double quote, a line break or leading/trailing spaces, with quotes doubled inside. A UTF-8
 * byte-order mark in front by default, so Excel opens Chinese text as UTF-8 (without it, Excel on
 * Windows reads the file as GBK/ANSI and garbles it). Source and licence never go into the rows
 * (that would break parsing): they go into a sidecar text file.
 */

export const BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

/** One field: numbers as JavaScript prints them, null/undefined as empty, text quoted when needed. */
export function csvField(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const text = String(value);
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
