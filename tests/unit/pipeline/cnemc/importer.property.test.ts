import fc from 'fast-check';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AqistudyParser } from '$lib/pipeline/cnemc/aqistudy';
import { ImportError } from '$lib/pipeline/importError';
import { OUTPUT_FILES, runImport } from '$lib/pipeline/cnemc/importer';
import { LineSplitter } from '$lib/pipeline/lines';
import { NationalParser } from '$lib/pipeline/cnemc/national';
import { FIXTURES, REPO_ROOT, SELECT_XIAMEN } from './helpers';
import { applyAll, mutations } from '../mutations';

/** Property runs and child processes take seconds, more on a busy machine; this is a hang guard, not a speed test. */
const SLOW = 120_000;

/**
 * The CNEMC importer on malformed input: ragged rows, wrong types, negative or absurd concentrations,
 * duplicated rows and columns, truncation, CRLF/BOM mixes, random bytes. Every run ends in a clean
 * result or an ImportError naming the file (and the line, for anything below file level) — never
 * another exception — and a failed import leaves the output directory untouched.
 */

const PARSER_DIR = path.join(FIXTURES, 'parser');
const parserFixtures = readdirSync(PARSER_DIR).filter((f) => f.endsWith('.csv'));
const national = parserFixtures.filter((f) => !f.startsWith('aqistudy'));
const aqistudy = parserFixtures.filter((f) => f.startsWith('aqistudy'));
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(PARSER_DIR, name)));

/** Checks an ImportError is located; rethrows anything else so the property fails. */
function expectLocated(error: unknown, files: string[]): ImportError {
	if (!(error instanceof ImportError)) throw error;
	expect(files).toContain(error.location.file);
	expect(error.message.startsWith(error.location.file)).toBe(true);
	if (error.location.line !== undefined) expect(error.location.line).toBeGreaterThanOrEqual(1);
	expect(error.reason.length).toBeGreaterThan(0);
	return error;
}

/** Streams text through the splitter into a parser in chunks of `chunk` characters. */
function parse(text: string, chunk: number, onLine: (l: { text: string; no: number; terminated: boolean }) => void) {
	const splitter = new LineSplitter(onLine);
	for (let i = 0; i < text.length; i += chunk) splitter.push(text.slice(i, i + chunk));
	return splitter.end();
}

describe('parsers on malformed files (streamed in random chunk sizes)', { timeout: SLOW }, () => {
	const decode = (b: Uint8Array) => new TextDecoder('utf-8').decode(b); // the importer rejects invalid UTF-8 earlier

	test('national format: a result or a located ImportError', () => {
		let errors = 0;
		fc.assert(
			fc.property(fc.constantFrom(...national), mutations, fc.integer({ min: 1, max: 64 }), (name, list, chunk) => {
				const parser = new NationalParser({ file: name, select: SELECT_XIAMEN });
				try {
					parse(decode(applyAll(list, bytesOf(name))), chunk, (l) => parser.line(l));
					const result = parser.finish();
					expect(result.summary).toBeDefined();
				} catch (error) {
					const e = expectLocated(error, [name]);
					if (e.location.line === undefined) expect(e.reason).toMatch(/header|empty|no /i);
					errors++;
				}
			}),
			{ numRuns: 1500 }
		);
		expect(errors).toBeGreaterThan(0);
	});

	test('aqistudy format: a result or a located ImportError', () => {
		fc.assert(
			fc.property(fc.constantFrom(...aqistudy), mutations, fc.integer({ min: 1, max: 64 }), (name, list, chunk) => {
				const parser = new AqistudyParser({ file: name, city: '厦门' });
				try {
					parse(decode(applyAll(list, bytesOf(name))), chunk, (l) => parser.line(l));
					for (const day of parser.finish()) expect(day.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				} catch (error) {
					expectLocated(error, [name]);
				}
			}),
			{ numRuns: 800 }
		);
	});

	test('negative or absurd concentrations are rejected at their line and column', () => {
		const header = 'date,hour,type,厦门';
		const absurd = fc.oneof(
			fc.double({ min: -1e9, max: -1e-6, noNaN: true }).map((x) => String(x)),
			fc.constantFrom('-1', '1e999', 'NaN', 'Infinity', '0x10', '12µg', '--5', '1.2.3', '١٢')
		);
		fc.assert(
			fc.property(fc.constantFrom('PM2.5', 'PM10', 'SO2', 'NO2', 'O3', 'CO'), absurd, (type, value) => {
				const parser = new NationalParser({ file: 'x.csv', select: SELECT_XIAMEN });
				try {
					parse(`${header}\n20230120,0,${type},${value}\n`, 7, (l) => parser.line(l));
					parser.finish();
					expect.unreachable(`${type}=${value} was accepted`);
				} catch (error) {
					const e = expectLocated(error, ['x.csv']);
					expect(e.location).toMatchObject({ line: 2, column: 4 });
				}
			}),
			{ numRuns: 300 }
		);
	});
});

describe('runImport on a malformed input folder (real write path, temporary directories)', { timeout: SLOW }, () => {
	let root: string;
	let inputDir: string;
	let outDir: string;
	const inputs: string[] = [];
	const originals = new Map<string, Buffer>();

	beforeAll(async () => {
		root = await mkdtemp(path.join(tmpdir(), 'cnemc-property-'));
		inputDir = path.join(root, 'input');
		outDir = path.join(root, 'derived');
		await cp(path.join(FIXTURES, 'import-ok'), inputDir, { recursive: true });
		for (const rel of (await readdir(inputDir, { recursive: true })) as string[]) {
			if (!rel.endsWith('.csv')) continue;
			const posix = rel.split(path.sep).join('/');
			inputs.push(posix);
			originals.set(posix, await readFile(path.join(inputDir, rel)));
		}
		// A previous import is already there: every run merges into it (or is refused and changes nothing).
		await runImport({ repoRoot: REPO_ROOT, inputDir, outDir });
		await writeFile(path.join(outDir, 'someone-elses.csv'), 'not the importer’s\n');
	});
	afterAll(async () => {
		await rm(root, { recursive: true, force: true });
	});

	async function snapshot(dir: string): Promise<Record<string, string>> {
		const out: Record<string, string> = {};
		for (const f of (await readdir(dir)).sort()) out[f] = await readFile(path.join(dir, f), 'latin1');
		return out;
	}

	test('the fixture folder imports cleanly as it is', async () => {
		const scratch = path.join(root, 'scratch');
		await runImport({ repoRoot: REPO_ROOT, inputDir, outDir: scratch });
		expect(Object.keys(await snapshot(scratch)).sort()).toEqual(Object.values(OUTPUT_FILES).sort());
		await rm(scratch, { recursive: true });
	});

	test('a clean import or a located ImportError; a failure changes nothing in the output folder', async () => {
		let failures = 0;
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...inputs), mutations, async (rel, list) => {
				const file = path.join(inputDir, rel);
				await writeFile(file, applyAll(list, new Uint8Array(originals.get(rel)!)));
				const before = await snapshot(outDir);
				try {
					await runImport({ repoRoot: REPO_ROOT, inputDir, outDir });
					const after = await snapshot(outDir);
					for (const name of Object.values(OUTPUT_FILES)) expect(after[name]).toBeDefined();
					expect(after['someone-elses.csv']).toBe(before['someone-elses.csv']);
				} catch (error) {
					// Located in an input file, or in an output table when the import would remove values it holds.
					const outputs = Object.values(OUTPUT_FILES).map((n) => path.relative(REPO_ROOT, path.join(outDir, n)));
					expectLocated(error, [...inputs, ...outputs]);
					failures++;
					expect(await snapshot(outDir)).toEqual(before);
				} finally {
					await writeFile(file, originals.get(rel)!);
				}
				// No staging directory is left next to the output.
				expect((await readdir(root)).sort()).toEqual(['derived', 'input']);
			}),
			{ numRuns: 150 }
		);
		expect(failures).toBeGreaterThan(0);
	});
});
