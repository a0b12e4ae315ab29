import fc from 'fast-check';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildDataset } from '$lib/pipeline/build';
import { CEILINGS } from '$lib/data/schema/ranges';
import { DataError } from '$lib/pipeline/errors';
import { directoryReader, runDataPipeline } from '$lib/pipeline/run';
import { MINIMAL_DATA } from '../../fixtures/data/minimal';
import { dataWith, memoryReader, writeTempDir } from './helpers';
import { applyAll, mutations } from './mutations';

/** Property runs and child processes take seconds, more on a busy machine; this is a hang guard, not a speed test. */
const SLOW = 120_000;

/**
 * The data pipeline on malformed tables: whatever is wrong with a file, `npm run data` ends in either a
 * clean dataset or a DataError whose every issue names a file and a line — never another exception —
 * and a failed run leaves the output directory exactly as it was.
 */

const encode = (s: string) => new TextEncoder().encode(s);

/** Either a dataset or a DataError with located issues; anything else is rethrown (the property fails). */
function outcome(files: Record<string, string | Uint8Array>): 'ok' | 'error' {
	try {
		const { dataset } = buildDataset(memoryReader(files));
		expect(Array.isArray(dataset.figures)).toBe(true);
		return 'ok';
	} catch (error) {
		if (!(error instanceof DataError)) throw error;
		expect(error.issues.length).toBeGreaterThan(0);
		for (const issue of error.issues) {
			expect(issue.file).toMatch(/^data\/\S+\.(csv|json)$/);
			expect(Number.isInteger(issue.line) && issue.line >= 1).toBe(true);
			if (issue.column !== undefined) expect(Number.isInteger(issue.column) && issue.column >= 1).toBe(true);
			expect(issue.expected.length).toBeGreaterThan(0);
		}
		expect(error.message).toContain(error.issues[0]!.file);
		return 'error';
	}
}

/** Every file under a directory with its bytes (as text), for before/after comparison. */
function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of readdirSync(dir, { recursive: true }) as string[]) {
		try {
			out[name] = readFileSync(join(dir, name), 'latin1');
		} catch {
			/* a directory */
		}
	}
	return out;
}

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('buildDataset on malformed tables (minimal data directory)', { timeout: SLOW }, () => {
	const names = Object.keys(MINIMAL_DATA);

	test('one to three mutations of one file: a clean dataset or a located DataError', () => {
		const seen = { ok: 0, error: 0 };
		fc.assert(
			fc.property(fc.constantFrom(...names), mutations, (name, list) => {
				const bytes = applyAll(list, encode(MINIMAL_DATA[name]!));
				seen[outcome(dataWith({ [name]: bytes }))]++;
			}),
			{ numRuns: 1500 }
		);
		// Both branches are exercised: most mutations are caught, some are harmless (e.g. a BOM at the start).
		expect(seen.error).toBeGreaterThan(seen.ok);
		expect(seen.ok).toBeGreaterThan(0);
	});

	test('mutations spread over several files at once', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom(...names), mutations), { minLength: 2, maxLength: 5 }), (edits) => {
				const files: Record<string, string | Uint8Array> = { ...MINIMAL_DATA };
				for (const [name, list] of edits) {
					const current = files[name]!;
					files[name] = applyAll(list, typeof current === 'string' ? encode(current) : current);
				}
				outcome(files);
			}),
			{ numRuns: 500 }
		);
	});

	test('a missing or emptied table is a located DataError (figures of a domain without metrics are optional)', () => {
		for (const name of names) {
			expect(outcome(dataWith({ [name]: null })), name).toBe('error');
			if (name.endsWith('.csv')) {
				const header = MINIMAL_DATA[name]!.split('\n')[0]!;
				expect(outcome(dataWith({ [name]: header })), `${name} header only`).toBe('error');
			}
		}
		// The minimal data has air metrics only: another domain's figure table may be absent or empty.
		expect(outcome(dataWith({ 'figures/water.csv': 'year,metric,value,unit,scope,source_id,note,quote' }))).toBe('ok');
	});

	test('random files added to the figures folder', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 300 }), (bytes, text) => {
				outcome(dataWith({ 'figures/random-bytes.csv': bytes, 'figures/random-text.csv': text }));
			}),
			{ numRuns: 300 }
		);
	});
});

describe('concentrations in the derived monitoring tables', { timeout: SLOW }, () => {
	const tables = {
		'derived/air-daily-city.csv': ['SO2', 'NO2', 'PM10', 'PM2_5', 'CO', 'O3_1h_max', 'O3_8h_max'],
		'derived/air-daily-stations.csv': ['SO2', 'NO2', 'PM10', 'PM2_5', 'CO', 'O3_1h_max', 'O3_8h_max'],
		'derived/air-daily-aqistudy.csv': ['PM2_5', 'PM10', 'SO2', 'CO', 'NO2', 'O3_unspecified'],
		'derived/air-annual-computed.csv': ['SO2', 'NO2', 'PM10', 'PM2_5', 'CO_p95', 'O3_8h_p90']
	};
	/** The table with one cell of its first data row replaced. */
	const withCell = (file: keyof typeof tables, column: string, value: string) => {
		const [head, first, ...rest] = MINIMAL_DATA[file]!.split('\n');
		const index = head!.split(',').indexOf(column);
		const cells = first!.split(',');
		cells[index] = value;
		return dataWith({ [file]: [head, cells.join(','), ...rest].join('\n') });
	};
	const files = Object.keys(tables) as (keyof typeof tables)[];
	const where = fc
		.constantFrom(...files)
		.chain((file) => fc.tuple(fc.constant(file), fc.constantFrom(...tables[file])));

	test('a negative or absurd concentration is a located DataError naming the cell', () => {
		const absurd = fc.oneof(
			fc.double({ min: -1e6, max: -1e-3, noNaN: true }).map((x) => x.toFixed(3)),
			fc.integer({ min: 10_001, max: Number.MAX_SAFE_INTEGER }).map(String),
			fc.constantFrom('-0.1', '-1', '99999999999999999999', '1e999', 'NaN', 'Infinity', '12 µg/m³', '0x10')
		);
		fc.assert(
			fc.property(where, absurd, ([file, column], value) => {
				try {
					buildDataset(memoryReader(withCell(file, column, value)));
					expect.unreachable(`${file} ${column}=${value} was accepted`);
				} catch (error) {
					if (!(error instanceof DataError)) throw error;
					expect(error.issues).toContainEqual(
						expect.objectContaining({ file: `data/${file}`, line: 2, field: column, value })
					);
				}
			}),
			{ numRuns: 300 }
		);
	});

	test("a plausible concentration (0 up to the pollutant's ceiling) is accepted", () => {
		const pollutant = (column: string) =>
			(['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3'] as const).find((p) => column.startsWith(p.replace('.', '_')))!;
		fc.assert(
			fc.property(where, fc.double({ min: 0, max: 1, noNaN: true }), ([file, column], share) => {
				const n = Math.floor(share * CEILINGS[pollutant(column)] * 100);
				const value = (n / 100).toFixed(n % 3);
				expect(outcome(withCell(file, column, value))).toBe('ok');
			}),
			{ numRuns: 300 }
		);
	});

	test("a concentration above its pollutant's ceiling is a located DataError", () => {
		expect(() => buildDataset(memoryReader(withCell('derived/air-daily-city.csv', 'PM10', '1201')))).toThrow(
			'data/derived/air-daily-city.csv:2:6 PM10: got "1201", expected empty, or a PM10 concentration between 0 and 1200 µg/m³ (its plausibility ceiling'
		);
	});
});

describe('buildDataset on malformed tables (the real data/ directory)', { timeout: SLOW }, () => {
	const dir = resolve('data');
	const reader = directoryReader(dir);
	const csvs = ['sources.csv', 'metrics.csv', 'stations.csv', 'sites.csv', 'sea-areas.csv']
		.concat(['figures', 'classes', 'text', 'derived'].flatMap((folder) => reader.list(folder)))
		.filter((p) => p.endsWith('.csv'));
	const real = Object.fromEntries(
		(readdirSync(dir, { recursive: true }) as string[])
			.filter((p) => /\.(csv|json)$/.test(p))
			.map((p) => [p.split('\\').join('/'), new Uint8Array(readFileSync(join(dir, p)))])
	);

	test('the real tables build as they are', () => {
		expect(outcome(real)).toBe('ok');
	});

	test('mutations of a real table: a clean dataset or a located DataError', () => {
		fc.assert(
			fc.property(fc.constantFrom(...csvs), mutations, (name, list) => {
				outcome({ ...real, [name]: applyAll(list, real[name]!) });
			}),
			{ numRuns: 60 }
		);
	});
});

describe('the write path (runDataPipeline into a temporary directory)', { timeout: SLOW }, () => {
	test('a failed run leaves the output byte-for-byte unchanged; a clean run writes every file', () => {
		const dataDir = writeTempDir(dataWith());
		const outDir = join(writeTempDir({}), 'generated');
		temps.push(dataDir, resolve(outDir, '..'));
		expect(runDataPipeline({ dataDir, outDir }).ok).toBe(true);
		const complete = Object.keys(snapshot(outDir)).sort();
		const names = Object.keys(MINIMAL_DATA);
		let failures = 0;
		fc.assert(
			fc.property(fc.constantFrom(...names), mutations, (name, list) => {
				const original = encode(MINIMAL_DATA[name]!);
				writeFileSync(join(dataDir, name), applyAll(list, original));
				const before = snapshot(outDir);
				try {
					const result = runDataPipeline({ dataDir, outDir });
					if (result.ok) expect(Object.keys(snapshot(outDir)).sort()).toEqual(complete);
					else {
						failures++;
						expect(result.messages.at(-1)).toMatch(/nothing was written/);
						for (const message of result.messages.slice(0, -1)) expect(message).toMatch(/\.(csv|json):\d+/);
						expect(snapshot(outDir)).toEqual(before);
					}
					// No staging directories left next to the output.
					expect(readdirSync(resolve(outDir, '..'))).toEqual(['generated']);
				} finally {
					writeFileSync(join(dataDir, name), original);
				}
			}),
			{ numRuns: 120 }
		);
		expect(failures).toBeGreaterThan(0);
	});
});
