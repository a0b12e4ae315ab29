/**
 * `npm run bench:import` (second part) — throughput and memory of the surface-water import on the real files
 * (../shared/sources/cnemc-water, or DIR), written to `bench/import-water-results.json`.
 *
 * (a) read + parse + one reading per station and time (streamFile → WaterFileParser → ReadingStore), 3 runs;
 * (b) the whole import into a temporary output folder (data/derived is not touched), 3 runs.
 * Wall time and CPU time (user + system of this process: the machine is shared, so wall time alone says little).
 * Memory: process.memoryUsage() rss and heapUsed sampled every 5 ms, peaks per run after a collection (they include
 * garbage not yet collected; rss includes the Node/tsx baseline, baselineRssMB). With `node --expose-gc` (as
 * `npm run bench:import` runs it), also the heap the 130 000 distinct readings take once parsed (for the whole
 * import no such figure: what it returns is small, and a pending optimising-compiler job can keep the finished
 * call's context alive for a while, which would be measured instead).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MB, MemorySampler, mb, r1, sec } from '../benchMemory';
import { listFiles, streamFile } from '../inputFolder';
import { runWaterImport } from './importer';
import { ORIGINALS_HEADER } from './originals';
import { WaterFileParser } from './parse';
import { ReadingStore } from './readings';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const sourceDir = path.resolve(
	process.argv.slice(2).filter((a) => a !== '--')[0] ?? path.join(repoRoot, '../shared/sources/cnemc-water')
);
const RUNS = 3;
const memory = new MemorySampler();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const baselineRssMB = mb(process.memoryUsage().rss);

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Runs `fn` RUNS times; wall and CPU seconds and memory peaks of each run, and (with --expose-gc) how much the
 * heap in use grew over the first run once garbage is collected, while the run's result is still held.
 */
async function measure(fn: () => Promise<unknown>) {
	const wall: number[] = [];
	const cpu: number[] = [];
	const rss: number[] = [];
	const heap: number[] = [];
	let held: number | null = null;
	for (let i = 0; i < RUNS; i++) {
		gc?.();
		const heapBefore = process.memoryUsage().heapUsed;
		memory.reset();
		const c0 = process.cpuUsage();
		const t0 = performance.now();
		const result = await fn();
		wall.push(performance.now() - t0);
		const c = process.cpuUsage(c0);
		cpu.push((c.user + c.system) / 1000);
		memory.sample();
		rss.push(mb(memory.peakRss));
		heap.push(mb(memory.peakHeap));
		if (gc && i === 0) {
			gc();
			held = mb(process.memoryUsage().heapUsed - heapBefore);
		}
		void result;
	}
	return { wall, cpu, peakRssMBEachRun: rss, peakHeapUsedMBEachRun: heap, heapHeldByResultMB: held };
}

const dataFiles: string[] = [];
let bytes = 0;
let rows = 0;
for (const rel of (await listFiles(sourceDir)).filter((f) => f.endsWith('.csv'))) {
	let header = '';
	await streamFile(path.join(sourceDir, rel), rel, (l) => {
		if (l.no === 1) header = l.text;
	});
	if (header === ORIGINALS_HEADER) continue;
	dataFiles.push(rel);
}

const parse = await measure(async () => {
	const store = new ReadingStore();
	bytes = 0;
	rows = 0;
	for (const rel of dataFiles) {
		const parser = new WaterFileParser(rel, (r) => store.add(r));
		const r = await streamFile(path.join(sourceDir, rel), rel, (l) => parser.line(l));
		rows += parser.finish().rows;
		bytes += r.bytes;
	}
	return store;
});

const out = await mkdtemp(path.join(os.tmpdir(), 'water-bench-'));
let full;
try {
	full = await measure(() => runWaterImport({ repoRoot, inputDir: sourceDir, outDir: path.join(out, 'derived') }));
} finally {
	await rm(out, { recursive: true, force: true });
}
memory.stop();

const per = (m: { wall: number[]; cpu: number[] }) => ({
	wallSecondsMedian: sec(median(m.wall)),
	cpuSecondsMedian: sec(median(m.cpu)),
	rowsPerSecondWall: Math.round(rows / (median(m.wall) / 1000)),
	rowsPerSecondCpu: Math.round(rows / (median(m.cpu) / 1000)),
	mbPerSecondCpu: r1(bytes / MB / (median(m.cpu) / 1000)),
	wallSecondsEachRun: m.wall.map(sec),
	cpuSecondsEachRun: m.cpu.map(sec)
});

const results = {
	note: 'Machine-dependent timings; not part of the reproducible data outputs. CPU time is this process’s user + system time.',
	node: process.version,
	platform: `${process.platform} ${process.arch}`,
	cpus: os.cpus().length,
	cpuModel: os.cpus()[0]?.model ?? 'unknown',
	loadAverage1minAtEnd: r1(os.loadavg()[0] ?? 0),
	baselineRssMB,
	input: { files: dataFiles, megabytes: mb(bytes), dataRows: rows },
	readParseDeduplicate: {
		label: 'streamFile → WaterFileParser (every cell checked) → ReadingStore, both real files',
		...per(parse),
		peakRssMBEachRun: parse.peakRssMBEachRun,
		peakHeapUsedMBEachRun: parse.peakHeapUsedMBEachRun,
		heapHeldByDistinctReadingsMB: parse.heapHeldByResultMB
	},
	fullImport: {
		label:
			'runWaterImport on the real folder into a temporary output folder: parse, classes, monthly statistics, merge, render, provenance, atomic write',
		...per(full),
		peakRssMBEachRun: full.peakRssMBEachRun,
		peakHeapUsedMBEachRun: full.peakHeapUsedMBEachRun
	}
};
await mkdir(path.join(repoRoot, 'bench'), { recursive: true });
await writeFile(path.join(repoRoot, 'bench', 'import-water-results.json'), JSON.stringify(results, null, '\t') + '\n');
console.log(JSON.stringify(results, null, 2));
console.log('written: bench/import-water-results.json');
