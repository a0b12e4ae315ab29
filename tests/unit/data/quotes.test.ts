/**
 * The data's quotes and citations, read straight from the CSV files in data/ (no pipeline):
 * - every quote attributed to the founding document is an exact substring of it (where ../shared is present);
 * - data/work.csv (the work figures of the founding document) and data/text/qualifiers.csv (its own
 *   qualifiers) are consistent: each value as the document writes it, declared categories and units,
 *   references to figures, metrics, problems, sites and work rows that exist;
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

// data/work.csv ------------------------------------------------------------------------------------

const WORK_COLUMNS = [
	'year',
	'id',
	'category',
	'group',
	'value',
	'unit',
	'qualifier',
	'value_zh',
	'label_zh',
	'label_en',
	'quote',
	'source_id',
	'figure_metric',
	'pairs_with',
	'note_zh',
	'note_en'
];
/** How exact a figure is, as the document writes it (README: the `_min` / `_approx` convention). */
const QUALIFIERS = ['exact', 'min', 'approx'] as const;
/** Words that make a written number a lower bound ("more than") or an approximation ("about", "nearly"). */
const MIN_WORDS = ['逾', '超过', '以上', '余', '多', '突破', '上百'];
const APPROX_WORDS = ['约', '近', '左右'];
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The number a written figure states: Arabic digits, or one Chinese numeral (一 … 十). */
function writtenNumber(text: string): number | null {
	const digits = text.match(/\d+(?:\.\d+)?/);
	if (digits) return Number(digits[0]);
	const chinese = text.match(/[一二两三四五六七八九十]/);
	return chinese ? CHINESE_DIGITS[chinese[0]]! : null;
}

/** The qualifier a written figure carries: min for 逾/超过/以上/余/多/突破/上百, approx for 约/近/左右. */
function writtenQualifier(text: string): (typeof QUALIFIERS)[number] {
	if (MIN_WORDS.some((w) => text.includes(w))) return 'min';
	if (APPROX_WORDS.some((w) => text.includes(w))) return 'approx';
	return 'exact';
}

describe('reading a figure as the document writes it', () => {
	test.each([
		{ text: '75台', number: 75, qualifier: 'exact' },
		{ text: '77.31%', number: 77.31, qualifier: 'exact' },
		{ text: '16053万元', number: 16053, qualifier: 'exact' },
		{ text: '三轮', number: 3, qualifier: 'exact' },
		{ text: '连续三年', number: 3, qualifier: 'exact' },
		{ text: '突破1000万度', number: 1000, qualifier: 'min' },
		{ text: '17000余吨', number: 17000, qualifier: 'min' },
		{ text: '4000多件', number: 4000, qualifier: 'min' },
		{ text: '逾100吨', number: 100, qualifier: 'min' },
		{ text: '约3000吨', number: 3000, qualifier: 'approx' },
		{ text: '近50%', number: 50, qualifier: 'approx' },
		{ text: '下降13.1%', number: 13.1, qualifier: 'exact' },
		{ text: '个', number: null, qualifier: 'exact' }
	])('$text → $number, $qualifier', ({ text, number, qualifier }) => {
		expect(writtenNumber(text)).toBe(number);
		expect(writtenQualifier(text)).toBe(qualifier);
	});
});

const work = table('data/work.csv');
const categories = table('data/work-categories.csv');
const units = table('data/work-units.csv');
const metrics = new Set(table('data/metrics.csv').rows.map((r) => cell(r, 'id')));
const figures = TABLES.filter((t) => t.file.startsWith('data/figures/')).flatMap((t) => t.rows);
const problems = new Set(table('data/text/problems.csv').rows.map((r) => cell(r, 'id')));
const sites = table('data/sites.csv');

/** The city figure of `metric` in `year` from `source`, in data/figures/*.csv. */
const cityFigure = (year: string, metric: string, source: string) =>
	figures.find(
		(f) =>
			cell(f, 'year') === year &&
			cell(f, 'metric') === metric &&
			cell(f, 'scope') === 'city' &&
			cell(f, 'source_id') === source
	);

const valued = work.rows.filter((r) => cell(r, 'figure_metric') === '');
const referenced = work.rows.filter((r) => cell(r, 'figure_metric') !== '');

describe('data/work.csv: the work figures of the founding document', () => {
	test('has the declared columns, in order', () => {
		expect(work.columns).toEqual(WORK_COLUMNS);
	});

	test('categories and units are declared once each (data/work-categories.csv, data/work-units.csv)', () => {
		const ids = (t: Table) => t.rows.map((r) => cell(r, 'id'));
		expect(new Set(ids(categories)).size).toBe(categories.rows.length);
		expect(new Set(ids(units)).size).toBe(units.rows.length);
		for (const c of categories.rows) {
			expect(cell(c, 'label_zh'), c.where).not.toBe('');
			expect(cell(c, 'label_en'), c.where).not.toBe('');
			expect(['', 'air', 'water', 'coast', 'litter', 'noise'], c.where).toContain(cell(c, 'domain'));
		}
	});

	test('ids are kebab-case ASCII, unique per year; a group belongs to one category', () => {
		const keys = work.rows.map((r) => `${cell(r, 'year')} ${cell(r, 'id')}`);
		expect(new Set(keys).size).toBe(keys.length);
		const groupCategory = new Map<string, string>();
		for (const r of work.rows) {
			expect(cell(r, 'id'), r.where).toMatch(KEBAB);
			expect(cell(r, 'group'), r.where).toMatch(KEBAB);
			expect(cell(r, 'year'), r.where).toMatch(/^\d{4}$/);
			const known = groupCategory.get(cell(r, 'group')) ?? cell(r, 'category');
			expect(cell(r, 'category'), `${r.where} group ${cell(r, 'group')}`).toBe(known);
			groupCategory.set(cell(r, 'group'), known);
		}
	});

	test.each(work.rows)('$where: category, source and pairings exist', (r) => {
		expect(categories.rows.map((c) => cell(c, 'id'))).toContain(cell(r, 'category'));
		expect(sourceIds.has(cell(r, 'source_id')), cell(r, 'source_id')).toBe(true);
		const pairs = cell(r, 'pairs_with');
		for (const ref of pairs === '' ? [] : pairs.split('|')) {
			const [kind, id = ''] = ref.split(':');
			if (kind === 'metric') {
				expect(metrics.has(id), ref).toBe(true);
				expect(cityFigure(cell(r, 'year'), id, cell(r, 'source_id')), `${ref}: a figure of the same year and source`).toBeDefined();
			} else {
				expect(kind, ref).toBe('problem');
				expect(problems.has(id), ref).toBe(true);
			}
		}
	});

	test.each(valued)('$where: the value is in the quote as the document writes it', (r) => {
		const value = Number(cell(r, 'value'));
		const written = cell(r, 'value_zh');
		const unit = units.rows.find((u) => cell(u, 'id') === cell(r, 'unit'));
		expect(cell(r, 'value')).toMatch(/^-?\d+(\.\d+)?$/);
		expect(unit, `unit ${cell(r, 'unit')}`).toBeDefined();
		expect(QUALIFIERS).toContain(cell(r, 'qualifier'));
		expect(cell(r, 'quote')).toContain(written);
		expect(writtenNumber(written)).toBe(Math.abs(value));
		expect(writtenQualifier(written)).toBe(cell(r, 'qualifier'));
		expect(written.endsWith(cell(unit!, 'written_zh'))).toBe(true);
		if (/下降|减少/.test(written)) expect(value).toBeLessThan(0);
		if (/增长|上升|提升/.test(written)) expect(value).toBeGreaterThan(0);
		if (value < 0) expect(cell(r, 'unit')).toBe('percent_change');
		expect(cell(r, 'label_zh')).not.toBe('');
		expect(cell(r, 'label_en')).not.toBe('');
	});

	test('no work figure repeats a figure of data/figures (same year, source and value, overlapping quote)', () => {
		for (const r of valued) {
			const twin = figures.find(
				(f) =>
					cell(f, 'year') === cell(r, 'year') &&
					cell(f, 'source_id') === cell(r, 'source_id') &&
					Number(cell(f, 'value')) === Number(cell(r, 'value')) &&
					(cell(f, 'quote').includes(cell(r, 'quote')) || cell(r, 'quote').includes(cell(f, 'quote')))
			);
			expect(twin?.where, r.where).toBeUndefined();
		}
	});

	test.each(referenced)('$where: a figure already in data/figures is referenced, not copied', (r) => {
		for (const column of ['value', 'unit', 'qualifier', 'value_zh', 'label_zh', 'label_en', 'quote']) {
			expect(cell(r, column), column).toBe('');
		}
		const figure = cityFigure(cell(r, 'year'), cell(r, 'figure_metric'), cell(r, 'source_id'));
		expect(figure, cell(r, 'figure_metric')).toBeDefined();
		expect(cell(figure!, 'quote')).not.toBe('');
	});
});

// data/text/qualifiers.csv -------------------------------------------------------------------------

const QUALIFIER_IDS = [
	'best_on_record',
	'tied_first_province',
	'first_province',
	'best_in_province',
	'first_time',
	'among_best_national',
	'among_best_province'
];
const TOPICS = [
	'environmental_quality',
	'air_quality',
	'water_quality',
	'coastal_water_quality',
	'public_satisfaction',
	'target_responsibility_assessment'
];
const qualifiers = table('data/text/qualifiers.csv');

describe('data/text/qualifiers.csv: the founding document’s own qualifiers', () => {
	test('ids are unique kebab-case', () => {
		const ids = qualifiers.rows.map((r) => cell(r, 'id'));
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(KEBAB);
	});

	test.each(qualifiers.rows)('$where: a declared qualifier of something that exists', (r) => {
		expect(QUALIFIER_IDS).toContain(cell(r, 'qualifier'));
		expect(sourceIds.has(cell(r, 'source_id'))).toBe(true);
		expect(cell(r, 'label_zh')).not.toBe('');
		expect(cell(r, 'label_en')).not.toBe('');
		const [kind, subject, year, source] = ['subject_kind', 'subject', 'year', 'source_id'].map((c) => cell(r, c));
		if (kind === 'metric') expect(cityFigure(year!, subject!, source!), subject).toBeDefined();
		else if (kind === 'work')
			expect(work.rows.some((w) => cell(w, 'id') === subject && cell(w, 'year') === year)).toBe(true);
		else if (kind === 'site') expect(sites.rows.some((s) => cell(s, 'id') === subject)).toBe(true);
		else {
			expect(kind).toBe('topic');
			expect(TOPICS).toContain(subject);
		}
	});
});

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
