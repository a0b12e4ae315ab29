/**
 * The data's quotes and citations, read straight from the CSV files in data/ (no pipeline):
 * - every quote attributed to the founding document is an exact substring of it (where ../shared is present),
 *   including those of data/work.csv and data/text/qualifiers.csv (whose other rules the pipeline checks);
 * - every source id and every cited address in data/ is in data/sources.csv.
 * See data/work-README.md for the tables' rules.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse, type DSVRowString } from 'd3-dsv';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const DATA = path.join(ROOT, 'data');
const FOUNDING_ID = 'eeb-2024-summary';
const FOUNDING = path.resolve(ROOT, '../shared/sources/xiamen-eeb-2024-work-summary.txt');
const HAS_FOUNDING = existsSync(FOUNDING);

interface Row {
	/** `data/…csv:line` */
	where: string;
	cells: DSVRowString;
}
interface Table {
	file: string;
	columns: string[];
	rows: Row[];
}

/** Every CSV table under data/, by path relative to the repository (`data/figures/air.csv`). */
function csvFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return csvFiles(full);
		return entry.name.endsWith('.csv') ? [path.relative(ROOT, full)] : [];
	});
}

function read(file: string): Table {
	const parsed = csvParse(readFileSync(path.join(ROOT, file), 'utf8'));
	// Line numbers hold because no cell in data/ spans lines (checked below).
	return { file, columns: parsed.columns, rows: parsed.map((cells, i) => ({ where: `${file}:${i + 2}`, cells })) };
}

const TABLES = csvFiles(DATA).sort().map(read);
const table = (file: string): Table => {
	const found = TABLES.find((t) => t.file === file);
	if (!found) throw new Error(`${file} is missing`);
	return found;
};
const cell = (row: Row, column: string): string => row.cells[column] ?? '';

const registry = table('data/sources.csv').rows;
const sourceIds = new Set(registry.map((r) => cell(r, 'id')));
const sourceUrls = new Set(registry.map((r) => cell(r, 'url')).filter(Boolean));

/** Every row of a table with a `quote` column that has a quote. */
const quoted = TABLES.filter((t) => t.columns.includes('quote')).flatMap((t) =>
	t.rows
		.filter((r) => cell(r, 'quote') !== '')
		.map((r) => ({ where: r.where, source: cell(r, 'source_id'), quote: cell(r, 'quote') }))
);
const fromFounding = quoted.filter((q) => q.source === FOUNDING_ID);

describe('quotes in data/ (tables with a quote column)', () => {
	test('the tables with a quote column are the ones expected (none is silently skipped)', () => {
		expect(TABLES.filter((t) => t.columns.includes('quote')).map((t) => t.file)).toEqual([
			'data/classes/water-status.csv',
			'data/classes/water.csv',
			'data/figures/air.csv',
			'data/figures/coast.csv',
			'data/figures/litter.csv',
			'data/figures/noise.csv',
			'data/figures/water.csv',
			'data/text/priorities.csv',
			'data/text/problems.csv',
			'data/text/qualifiers.csv',
			'data/work.csv'
		]);
	});

	test('no cell in data/ spans lines (so the line numbers in these tests are right)', () => {
		for (const t of TABLES) for (const r of t.rows) expect(Object.values(r.cells).join(''), r.where).not.toMatch(/\n/);
	});

	test.each(quoted)('$where: whole words, never shortened with an ellipsis', ({ quote }) => {
		expect(quote).not.toMatch(/…|\.\.\./);
		expect(quote).toBe(quote.trim());
	});

	test.each(fromFounding)('$where: keeps the founding document’s ASCII commas and brackets', ({ quote }) => {
		expect(quote).not.toMatch(/[，（）]/);
	});
});

describe.skipIf(!HAS_FOUNDING)(
	'founding-document quotes are exact substrings of it (runs only where ../shared/sources/xiamen-eeb-2024-work-summary.txt exists)',
	() => {
		// Read only when present: a skipped describe still runs this body while collecting.
		const document = HAS_FOUNDING ? readFileSync(FOUNDING, 'utf8') : '';

		test('the document is the one the data quotes (its title, and ASCII commas throughout)', () => {
			expect(document).toContain('厦门市生态环境局2024年生态环境保护工作总结');
			expect(document).not.toContain('，');
		});

		test.each(fromFounding)('$where', ({ quote }) => {
			expect(document).toContain(quote);
		});
	}
);

// data/work.csv and data/text/qualifiers.csv: their consistency (declared categories and units, each
// value as the document writes it, references that resolve, qualifiers of things that exist) is checked by
// the data pipeline (src/lib/pipeline/checks/work.ts, tests/unit/pipeline/work.test.ts); their quotes here.

const sites = table('data/sites.csv');

// Sources ------------------------------------------------------------------------------------------

/** `(source: id)` or `(sources: id1, id2)` in a note. */
const CITATION = /\(sources?: ([^)]+)\)/g;
const ADDRESS = /https?:\/\/[^\s,;"')]+/g;
/** A web address written without its scheme (`example.com/page`): cite the registry id instead. */
const BARE_ADDRESS = /(?<![\w/.:@-])(?:[a-z0-9-]+\.)+(?:com|cn|net|org|cc|sg|xyz|vip|tw)\/[^\s,;"')]*/gi;
const others = TABLES.filter((t) => t.file !== 'data/sources.csv').flatMap((t) => t.rows);

describe('every source the data uses is in data/sources.csv', () => {
	test('registry ids are unique', () => {
		expect(sourceIds.size).toBe(registry.length);
	});

	test('every source_id cell names a registry source', () => {
		const unknown = others
			.filter((r) => 'source_id' in r.cells && !sourceIds.has(cell(r, 'source_id')))
			.map((r) => `${r.where} ${cell(r, 'source_id')}`);
		expect(unknown).toEqual([]);
	});

	test('every address in data/ is a registry address, and none is written without its scheme', () => {
		// Collected, then asserted once: the derived tables hold tens of thousands of cells.
		const unregistered: string[] = [];
		const bare: string[] = [];
		for (const r of others) {
			for (const text of Object.values(r.cells)) {
				for (const url of (text ?? '').match(ADDRESS) ?? []) if (!sourceUrls.has(url)) unregistered.push(`${r.where} ${url}`);
				for (const address of (text ?? '').match(BARE_ADDRESS) ?? []) bare.push(`${r.where} ${address}`);
			}
		}
		expect(unregistered).toEqual([]);
		expect(bare).toEqual([]);
	});

	test('every (source: …) citation in a note names registry sources', () => {
		let citations = 0;
		for (const r of others) {
			for (const match of (cell(r, 'note') + cell(r, 'note_en')).matchAll(CITATION)) {
				for (const id of match[1]!.split(/,\s*/)) {
					citations += 1;
					expect(sourceIds.has(id), `${r.where} ${id}`).toBe(true);
				}
			}
		}
		expect(citations).toBeGreaterThan(0);
	});

	test('a site whose note says where it is cites where that comes from', () => {
		for (const r of sites.rows) {
			const note = cell(r, 'note');
			if (note === 'No location found in the sources') continue;
			expect(note, r.where).toMatch(CITATION);
		}
	});
});
