/**
 * The source folder's `provenance.csv` (SOURCES.md): one line per original snapshot file (path, git blob sha1,
 * encoding, bytes). Its file names carry the snapshot times, so every `snapshot` cell of the data files can be
 * checked against an original of the right kind (GB18030 CSV snapshot or spreadsheet). Pure module.
 */
import { ImportError } from '../importError';
import type { Line } from '../lines';
import { parseSnapshot } from './time';
import type { InputFormat } from './vocabulary';

/** The header of the originals list. */
export const ORIGINALS_HEADER = 'path,git_blob_sha1,encoding,bytes';

const CSV_NAME = /(\d{4})_(\d{2})_(\d{2})_(\d{2})h(\d{2})m_[^/]*\.csv$/;
const XLSX_NAME = /data_(\d{4})-(\d{2})-(\d{2}) (\d{2})-(\d{2})-\d{2}\.xlsx$/;

/** The snapshot time and kind of an original file, from its path; null when the name carries no time. */
export function originalSnapshot(path: string): { format: InputFormat; snapshot: string } | null {
	const c = CSV_NAME.exec(path);
	const x = c ? null : XLSX_NAME.exec(path);
	const m = c ?? x;
	if (!m) return null;
	const snapshot = parseSnapshot(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`);
	return snapshot ? { format: c ? 'csv-snapshots' : 'xlsx-snapshots', snapshot } : null;
}

/** Reads the originals list line by line. */
export class OriginalsParser {
	/** Snapshot times per kind of original. */
	readonly snapshots: Record<InputFormat, Set<string>> = { 'csv-snapshots': new Set(), 'xlsx-snapshots': new Set() };
	/** Originals listed per kind. */
	readonly files: Record<InputFormat, number> = { 'csv-snapshots': 0, 'xlsx-snapshots': 0 };

	constructor(private readonly file: string) {}

	/** Feeds one line (header first). */
	line(l: Line): void {
		if (l.no === 1) {
			if (l.text !== ORIGINALS_HEADER)
				throw new ImportError({ file: this.file, line: 1, value: l.text }, `expected the header ${ORIGINALS_HEADER}`);
			return;
		}
		const cells = l.text.split(',');
		if (cells.length !== 4)
			throw new ImportError(
				{ file: this.file, line: l.no, value: l.text },
				'expected 4 cells: path,git_blob_sha1,encoding,bytes'
			);
		const [path, sha1, encoding, bytes] = cells as [string, string, string, string];
		const o = originalSnapshot(path);
		if (!o)
			throw new ImportError(
				{ file: this.file, line: l.no, column: 1, columnName: 'path', value: path },
				'expected an original named YYYY_MM_DD_HHhMMm_….csv or data_YYYY-MM-DD HH-MM-SS.xlsx (the snapshot time)'
			);
		if (!/^[0-9a-f]{40}$/.test(sha1))
			throw new ImportError(
				{ file: this.file, line: l.no, column: 2, columnName: 'git_blob_sha1', value: sha1 },
				'expected 40 hex digits'
			);
		const wantEncoding = o.format === 'csv-snapshots' ? 'gb18030' : 'xlsx';
		if (encoding !== wantEncoding)
			throw new ImportError(
				{ file: this.file, line: l.no, column: 3, columnName: 'encoding', value: encoding },
				`expected ${wantEncoding} for ${o.format === 'csv-snapshots' ? 'a CSV snapshot' : 'a spreadsheet'}`
			);
		if (!/^\d+$/.test(bytes))
			throw new ImportError(
				{ file: this.file, line: l.no, column: 4, columnName: 'bytes', value: bytes },
				'expected a byte count'
			);
		this.snapshots[o.format].add(o.snapshot);
		this.files[o.format]++;
	}
}
