/**
 * `npm run bench:import` — throughput and memory of the CNEMC import path (streamFile → LineSplitter →
 * NationalParser → HourlyStore → daily aggregation), written to `bench/import-results.json`.
 *
 * (a) SYNTHETIC: a year of full-width national STATION files, made by repeating the real sample
 *     `sample_full/china_sites_20230120.csv` (2,029 columns, ~2 MB) 365 times with the dates changed, written to a
 *     temporary directory under os.tmpdir() and deleted afterwards. The values are the sample's, repeated.
 * (b) the real Xiamen extracts (`xiamen_cities_*.csv`) and the full import of the real input directory
 *     (to a temporary output directory, so data/derived is not touched).
 * (c) one real 2 MB / 2,029-column national file, parsed repeatedly: per-file latency.
 * Memory: process.memoryUsage() rss and heapUsed, sampled every 5 ms and after every file.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MB, MemorySampler, mb, r1, sec } from '../benchMemory';
import { aggregateDay } from './daily';
import { streamFile } from '../inputFolder';
import { runImport } from './importer';
import { NationalParser, type ColumnTarget } from './national';
import { HourlyStore } from './store';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const sourceDir = path.resolve(
	process.argv.slice(2).filter((a) => a !== '--')[0] ?? path.join(repoRoot, '../shared/sources/cnemc')
);
const SAMPLE = path.join(sourceDir, 'sample_full', 'china_sites_20230120.csv');
const STATIONS = ['1286A', '1287A', '1288A', '2842A', '3527A', '3528A'];

const select = (name: string): ColumnTarget | null =>
	name === '厦门'
		? { entity: '厦门', kind: 'city' }
		: STATIONS.includes(name)
			? { entity: name, kind: 'station' }
			: null;

const memory = new MemorySampler();
const sample = () => memory.sample();
const resetPeaks = () => memory.reset();
const baselineRssMB = mb(process.memoryUsage().rss);

/** Parses one national file the way the importer does; returns bytes and data rows. */
async function parseOne(file: string, rel: string, store?: HourlyStore) {
	const parser = new NationalParser({ file: rel, select });
	const { bytes, stats } = await streamFile(file, rel, (l) => parser.line(l));
	const result = parser.finish();
	store?.add(result, 'bench', 0);
	return { bytes, rows: stats.lines - 1 };
}

function dates2023(): string[] {
	const out: string[] = [];
	for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2024, 0, 1); t += 86_400_000)
		out.push(new Date(t).toISOString().slice(0, 10).replace(/-/g, ''));
	return out;
}

async function synthetic() {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'cnemc-bench-'));
	try {
		const text = await readFile(SAMPLE, 'utf8');
		const files: string[] = [];
		for (const d of dates2023()) {
			const f = path.join(dir, `china_sites_${d}.csv`);
			await writeFile(f, text.replace(/^20230120,/gm, `${d},`));
			files.push(f);
		}
		resetPeaks();
		const store = new HourlyStore();
		const rssAfter: number[] = [];
		let bytes = 0;
		let rows = 0;
		const t0 = performance.now();
		for (const [i, f] of files.entries()) {
			const r = await parseOne(f, path.basename(f), store);
			bytes += r.bytes;
			rows += r.rows;
			sample();
			if ((i + 1) % 73 === 0) rssAfter.push(mb(process.memoryUsage().rss));
		}
		const tParse = performance.now() - t0;
		let days = 0;
		for (const e of store.entities())
			for (const [date, s] of store.days(e)) {
				aggregateDay(date, s.block);
				days++;
			}
		const tTotal = performance.now() - t0;
		sample();
		return {
			label: 'SYNTHETIC: the real station sample repeated 365× with changed dates (2023), full width 2,029 columns',
			files: files.length,
			megabytes: mb(bytes),
			dataRows: rows,
			parseSeconds: sec(tParse),
			totalSecondsInclDailyAggregation: sec(tTotal),
			entityDays: days,
			mbPerSecond: r1(bytes / MB / (tParse / 1000)),
			rowsPerSecond: Math.round(rows / (tParse / 1000)),
			peakRssMB: mb(memory.peakRss),
			peakHeapUsedMB: mb(memory.peakHeap),
			rssMBAfterEvery73Files: rssAfter,
			memoryNote: 'rss includes the tsx/Node baseline (baselineRssMB) and the generation step; flat across files'
		};
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

async function extracts() {
	const names = ['xiamen_cities_2022.csv', 'xiamen_cities_2023.csv', 'xiamen_cities_2024_partial_0101-0224.csv'];
	resetPeaks();
	let bytes = 0;
	let rows = 0;
	const t0 = performance.now();
	for (const n of names) {
		const r = await parseOne(path.join(sourceDir, n), n, new HourlyStore());
		bytes += r.bytes;
		rows += r.rows;
	}
	const t = performance.now() - t0;
	sample();
	const out = await mkdtemp(path.join(os.tmpdir(), 'cnemc-bench-out-'));
	try {
		const t1 = performance.now();
		await runImport({ repoRoot, inputDir: sourceDir, outDir: path.join(out, 'derived') });
		const tImport = performance.now() - t1;
		sample();
		return {
			label: 'real Xiamen extracts (xiamen_cities_2022/2023/2024_partial), single 厦门 column',
			files: names.length,
			megabytes: mb(bytes),
			dataRows: rows,
			parseSeconds: sec(t),
			mbPerSecond: r1(bytes / MB / (t / 1000)),
			rowsPerSecond: Math.round(rows / (t / 1000)),
			fullImportOfRealInputDirSeconds: sec(tImport),
			peakRssMB: mb(memory.peakRss),
			peakHeapUsedMB: mb(memory.peakHeap)
		};
	} finally {
		await rm(out, { recursive: true, force: true });
	}
}

async function singleFile() {
	const size = (await stat(SAMPLE)).size;
	for (let i = 0; i < 3; i++) await parseOne(SAMPLE, 'warm-up');
	const ms: number[] = [];
	for (let i = 0; i < 20; i++) {
		const t0 = performance.now();
		await parseOne(SAMPLE, 'china_sites_20230120.csv');
		ms.push(performance.now() - t0);
	}
	ms.sort((a, b) => a - b);
	return {
		label:
			'one real national station file: sample_full/china_sites_20230120.csv (2,029 columns), 20 runs after 3 warm-ups',
		megabytes: mb(size),
		msMin: r1(ms[0] as number),
		msMedian: r1(ms[10] as number),
		msMax: r1(ms[19] as number),
		note: 'read + sha256 + UTF-8 decode + line split + row validation + selection of the 6 Xiamen stations'
	};
}

const results = {
	note: 'Machine-dependent timings; not part of the reproducible data outputs.',
	node: process.version,
	platform: `${process.platform} ${process.arch}`,
	cpus: os.cpus().length,
	cpuModel: os.cpus()[0]?.model ?? 'unknown',
	baselineRssMB,
	single2MBFile: await singleFile(),
	syntheticYearOfStationFiles: await synthetic(),
	realExtracts: await extracts()
};
memory.stop();
await mkdir(path.join(repoRoot, 'bench'), { recursive: true });
await writeFile(path.join(repoRoot, 'bench', 'import-results.json'), JSON.stringify(results, null, '\t') + '\n');
console.log(JSON.stringify(results, null, 2));
console.log('written: bench/import-results.json');
