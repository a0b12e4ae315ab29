import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { gb18030ToUtf8 } from '../../../scripts/to-utf8.mjs';

/** Property runs and child processes take seconds, more on a busy machine; this is a hang guard, not a speed test. */
const SLOW = 120_000;

/**
 * A table saved by Excel on a Chinese Windows machine (GB18030/GBK; a real file made with iconv, see
 * tests/fixtures/encoding/README.md): `npm run data` rejects it naming the encoding and the fix, and
 * `npm run to-utf8` converts it back to the UTF-8 original byte for byte, after which the data builds.
 */

const FIXTURES = resolve('tests/fixtures/encoding');
const GB = readFileSync(join(FIXTURES, 'litter.gb18030.csv'));
const UTF8 = readFileSync(join(FIXTURES, 'litter.utf8.csv'));
const tsx = resolve('node_modules/.bin/tsx');
const dataCli = resolve('src/lib/pipeline/cli/data.ts');
const toUtf8 = resolve('scripts/to-utf8.mjs');

const temps: string[] = [];
const temp = () => {
	const dir = mkdtempSync(join(tmpdir(), 'xm-encoding-'));
	temps.push(dir);
	return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the real data/ directory with figures/litter.csv replaced. */
function dataDirWithLitter(bytes: Uint8Array): string {
	const dir = join(temp(), 'data');
	cpSync(resolve('data'), dir, { recursive: true });
	writeFileSync(join(dir, 'figures/litter.csv'), bytes);
	return dir;
}

const runData = (dataDir: string, outDir: string) =>
	spawnSync(tsx, [dataCli, '--data', dataDir, '--out', outDir], { encoding: 'utf8' });

describe('the fixture is a real GB18030 file', { timeout: SLOW }, () => {
	test('not UTF-8; strict GB18030 decodes it to the UTF-8 original (Chinese text, CRLF)', () => {
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(GB)).toThrow();
		const text = new TextDecoder('gb18030', { fatal: true }).decode(GB);
		expect(text).toBe(UTF8.toString('utf8'));
		expect(text).toMatch(/[\u4e00-\u9fff]/);
		expect(text).toContain('\r\n');
		expect(UTF8.toString('utf8').replace(/\r\n/g, '\n')).toBe(readFileSync(resolve('data/figures/litter.csv'), 'utf8'));
	});
});

describe('npm run data rejects it', { timeout: SLOW }, () => {
	test('exit 1; the message names the file, the line, GB18030/GBK and both fixes; nothing written', () => {
		const outDir = join(temp(), 'generated');
		const result = runData(dataDirWithLitter(GB), outDir);
		expect(result.status).toBe(1);
		const line = result.stdout.split('\n').find((l) => l.includes('figures/litter.csv'));
		expect(line).toMatch(/figures\/litter\.csv:\d+ \(encoding\): got "GB18030\/GBK bytes"/);
		expect(line).toContain('CSV UTF-8 (逗号分隔)');
		expect(line).toMatch(/npm run to-utf8 -- \S*figures\/litter\.csv/);
		expect(result.stdout).toMatch(/nothing was written/);
		expect(existsSync(outDir)).toBe(false);
	});
});

describe('npm run to-utf8 converts it', { timeout: SLOW }, () => {
	test('the pure converter round-trips to the UTF-8 original byte for byte', () => {
		const result = gb18030ToUtf8(GB);
		expect(result.ok).toBe(true);
		expect(result.ok && Buffer.compare(result.bytes, UTF8)).toBe(0);
	});

	test('to a new file, and in place; then npm run data builds the same figures as from the original', () => {
		const dir = temp();
		const out = join(dir, 'converted.csv');
		const cli = spawnSync('node', [toUtf8, join(FIXTURES, 'litter.gb18030.csv'), out], { encoding: 'utf8' });
		expect(cli.status).toBe(0);
		expect(Buffer.compare(readFileSync(out), UTF8)).toBe(0);

		const dataDir = dataDirWithLitter(GB);
		const inPlace = spawnSync('node', [toUtf8, join(dataDir, 'figures/litter.csv')], { encoding: 'utf8' });
		expect(inPlace.status).toBe(0);
		expect(Buffer.compare(readFileSync(join(dataDir, 'figures/litter.csv')), UTF8)).toBe(0);

		const convertedOut = join(temp(), 'generated');
		const converted = runData(dataDir, convertedOut);
		expect(converted.status, converted.stdout).toBe(0);
		const originalOut = join(temp(), 'generated');
		expect(runData(resolve('data'), originalOut).status).toBe(0);
		// Figures name their origin file relative to the working directory; compare from data/ on.
		const figures = (d: string) =>
			JSON.stringify(JSON.parse(readFileSync(join(d, 'dataset.json'), 'utf8')).figures).replace(
				/"[^"]*?data\//g,
				'"data/'
			);
		expect(figures(convertedOut)).toBe(figures(originalOut));
	});

	test('leaves a UTF-8 file alone and refuses bytes that are neither UTF-8 nor GB18030', () => {
		const dir = temp();
		const utf8 = join(dir, 'utf8.csv');
		writeFileSync(utf8, UTF8);
		expect(spawnSync('node', [toUtf8, utf8], { encoding: 'utf8' }).status).toBe(0);
		expect(Buffer.compare(readFileSync(utf8), UTF8)).toBe(0);

		const junk = join(dir, 'junk.csv');
		const bytes = Buffer.from([0x81, 0x20, 0xff, 0xfe, 0x80]);
		writeFileSync(junk, bytes);
		const refused = spawnSync('node', [toUtf8, junk], { encoding: 'utf8' });
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(/neither UTF-8 nor GB18030/);
		expect(Buffer.compare(readFileSync(junk), bytes)).toBe(0);
	});
});
