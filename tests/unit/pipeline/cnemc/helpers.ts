import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AqistudyParser } from '$lib/pipeline/cnemc/aqistudy';
import { LineSplitter } from '$lib/pipeline/lines';
import { NationalParser, type ColumnTarget } from '$lib/pipeline/cnemc/national';
import { emptyBlock, HOURLY_POLLUTANTS, slot, type DayBlock } from '$lib/pipeline/cnemc/types';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/cnemc');
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Feeds `bytes` to a splitter in chunks of `size` bytes through a streaming UTF-8 decoder (chunk edges anywhere). */
export function feed(bytes: Uint8Array, size: number, onLine: ConstructorParameters<typeof LineSplitter>[0]) {
	const dec = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	const s = new LineSplitter(onLine);
	for (let i = 0; i < bytes.length; i += size) s.push(dec.decode(bytes.subarray(i, i + size), { stream: true }));
	s.push(dec.decode());
	return s.end();
}

export const SELECT_XIAMEN = (name: string): ColumnTarget | null =>
	name === '厦门'
		? { entity: '厦门', kind: 'city' }
		: ['1286A', '1287A', '1288A', '2842A', '3527A', '3528A'].includes(name)
			? { entity: name, kind: 'station' }
			: null;

/** Parses a national fixture in 7-byte chunks. */
export function parseNationalFixture(name: string, chunk = 7) {
	const bytes = readFileSync(path.join(FIXTURES, 'parser', name));
	const p = new NationalParser({ file: name, select: SELECT_XIAMEN });
	const stats = feed(bytes, chunk, (l) => p.line(l));
	return { ...p.finish(), stats };
}

/** Parses an aqistudy fixture in 5-byte chunks. */
export function parseAqistudyFixture(name: string) {
	const bytes = readFileSync(path.join(FIXTURES, 'parser', name));
	const p = new AqistudyParser({ file: name, city: '厦门' });
	const stats = feed(bytes, 5, (l) => p.line(l));
	return { days: p.finish(), stats };
}

/** A day block from per-pollutant hourly arrays (null/undefined = missing hour). */
export function block(values: Partial<Record<(typeof HOURLY_POLLUTANTS)[number], (number | null)[]>>): DayBlock {
	const b = emptyBlock();
	HOURLY_POLLUTANTS.forEach((p, i) => {
		(values[p] ?? []).forEach((v, h) => {
			if (v !== null && v !== undefined) b[slot(i, h)] = v;
		});
	});
	return b;
}

/** `n` hours of value `v`, then missing up to 24. */
export function hours(n: number, v: number): (number | null)[] {
	return Array.from({ length: 24 }, (_, h) => (h < n ? v : null));
}

/** Temporary directories for one test file, removed after each test (call once at the top of the file). */
export function temporaryDirectories(prefix: string): () => Promise<string> {
	const temps: string[] = [];
	afterEach(async () => {
		await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
	});
	return async () => {
		const d = await mkdtemp(path.join(tmpdir(), prefix));
		temps.push(d);
		return d;
	};
}

/** Every file of a directory with its text, by name. */
export async function readAll(dir: string): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const f of (await readdir(dir)).sort()) out[f] = await readFile(path.join(dir, f), 'utf8');
	return out;
}
