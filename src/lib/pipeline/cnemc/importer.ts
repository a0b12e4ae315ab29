/**
 * The import itself (file-system side): reads every `*.csv` under the input directory as a stream, routes each
 * file to its parser, aggregates, and writes `data/derived/` atomically. The pure steps live in the sibling
 * modules; this one does I/O.
 *
 * Atomic write (task rule): all outputs are rendered and written into a staging directory next to the output
 * directory first; only when everything succeeded are they moved in, file by file with rename() (the output
 * directory is shared with other pipelines, so it is never replaced as a whole). Any error before that leaves
 * the output directory untouched; a failed rename rolls back the files already moved.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { annualStatistics, type AnnualResult } from './annual';
import { AqistudyParser, isAqistudyLine, type AqistudyDay } from './aqistudy';
import {
	AQISTUDY_COLUMNS,
	ANNUAL_COLUMNS,
	DAILY_COLUMNS,
	renderAnnual,
	renderAqistudy,
	renderDailyCity,
	renderDailyStations
} from './csv';
import { aggregateDay, type DailyValues } from './daily';
import { ImportError } from './errors';
import { LineSplitter, type Line } from './lines';
import { isNationalHeader, NationalParser, type ColumnTarget } from './national';
import { renderProvenance, type ImportReport, type InputFileReport } from './provenance';
import { matchSource, SOURCE_RULES, STATIONS_SOURCE_ID } from './sources';
import { byCodeUnit, HourlyStore } from './store';
import { CITY_COLUMN } from './types';

/** Names of the files this import owns in the output directory. */
export const OUTPUT_FILES = {
	city: 'air-daily-city.csv',
	stations: 'air-daily-stations.csv',
	aqistudy: 'air-daily-aqistudy.csv',
	annual: 'air-annual-computed.csv',
	provenance: 'air-provenance.md'
} as const;

/** Options of {@link runImport}. */
export interface ImportOptions {
	/** Repository root: `data/stations.csv` and `data/sources.csv` are read from here. */
	repoRoot: string;
	/** Directory with the input CSV files (searched recursively). */
	inputDir: string;
	/** Output directory; default `<repoRoot>/data/derived`. */
	outDir?: string;
	/** Progress and warning messages (default: none). */
	log?: (message: string) => void;
}

/** What {@link runImport} produced. */
export interface ImportSummary {
	outDir: string;
	files: { name: string; rows: number }[];
	annual: AnnualResult[];
	warnings: string[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** Every file under `dir`, as sorted POSIX paths relative to `dir`. */
export async function listFiles(dir: string, rel = ''): Promise<string[]> {
	const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
	const out: string[] = [];
	for (const e of entries) {
		const r = rel ? `${rel}/${e.name}` : e.name;
		if (e.isDirectory()) out.push(...(await listFiles(dir, r)));
		else if (e.isFile()) out.push(r);
	}
	return out.sort(byCodeUnit);
}

/** Reads the station codes of data/stations.csv (source `cnemc-stations-zkzkok`) and checks source ids exist. */
async function readRegistry(repoRoot: string) {
	const stationsFile = path.join(repoRoot, 'data', 'stations.csv');
	const stationsText = await readFile(stationsFile, 'utf8');
	const stations = csvParse(stationsText);
	const codes = stations.map((r) => r.code ?? '').filter((c) => c !== '');
	if (codes.length === 0) throw new ImportError({ file: 'data/stations.csv' }, 'no station codes (column "code")');
	const sourcesText = await readFile(path.join(repoRoot, 'data', 'sources.csv'), 'utf8');
	const ids = new Set(csvParse(sourcesText).map((r) => r.id ?? ''));
	for (const id of [...SOURCE_RULES.map((r) => r.sourceId), STATIONS_SOURCE_ID])
		if (!ids.has(id)) throw new ImportError({ file: 'data/sources.csv' }, `source id "${id}" is not registered`);
	return {
		codes: [...codes].sort(byCodeUnit),
		sha256: createHash('sha256').update(stationsText).digest('hex')
	};
}

/**
 * Streams one file: hashes bytes (sha256), decodes strict UTF-8, splits lines, hands them to `onLine`.
 * Memory: one 64 KiB chunk and one partial line, whatever the file size.
 */
export async function streamFile(abs: string, rel: string, onLine: (l: Line) => void) {
	const hash = createHash('sha256');
	const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	const splitter = new LineSplitter(onLine);
	let bytes = 0;
	try {
		for await (const buf of createReadStream(abs, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
			hash.update(buf);
			bytes += buf.length;
			splitter.push(decoder.decode(buf, { stream: true }));
		}
		splitter.push(decoder.decode());
	} catch (e) {
		if (e instanceof TypeError && /decode|encoded/i.test(e.message))
			throw new ImportError({ file: rel }, 'not valid UTF-8');
		throw e;
	}
	return { bytes, sha256: hash.digest('hex'), stats: splitter.end() };
}

/** Runs the whole import (see module doc). Throws {@link ImportError} on bad data; then nothing is written. */
export async function runImport(opts: ImportOptions): Promise<ImportSummary> {
	const log = opts.log ?? (() => {});
	const repoRoot = path.resolve(opts.repoRoot);
	const inputDir = path.resolve(opts.inputDir);
	const outDir = path.resolve(opts.outDir ?? path.join(repoRoot, 'data', 'derived'));
	const warnings: string[] = [];
	const warn = (m: string) => {
		warnings.push(m);
		log(`warning: ${m}`);
	};

	const registry = await readRegistry(repoRoot);
	const stationSet = new Set(registry.codes);
	const select = (name: string): ColumnTarget | null =>
		name === CITY_COLUMN
			? { entity: CITY_COLUMN, kind: 'city' }
			: stationSet.has(name)
				? { entity: name, kind: 'station' }
				: null;

	const all = await listFiles(inputDir);
	const csvFiles = all.filter((f) => /\.csv$/i.test(f));
	const notRead = all.filter((f) => !/\.csv$/i.test(f));
	if (csvFiles.length === 0)
		throw new ImportError({ file: toPosix(path.relative(repoRoot, inputDir)) || '.' }, 'no *.csv files found');

	const store = new HourlyStore();
	const aqistudyDays = new Map<string, AqistudyDay & { file: string }>();
	let aqistudySource: string | null = null;
	const reports: InputFileReport[] = [];
	const noSelected: string[] = [];

	for (const rel of csvFiles) {
		const source = matchSource(rel);
		let national: NationalParser | null = null;
		let aqistudy: AqistudyParser | null = null;
		const onLine = (l: Line) => {
			if (!national && !aqistudy) {
				const format = isNationalHeader(l.text) ? 'national' : isAqistudyLine(l.text) ? 'aqistudy' : null;
				if (format === null)
					throw new ImportError(
						{ file: rel, line: 1, value: l.text.slice(0, 60) },
						'unknown format: neither the national "date,hour,type,…" header nor the 12-column aqistudy daily format'
					);
				if (format !== source.format)
					throw new ImportError(
						{ file: rel, line: 1 },
						`content is the ${format} format but the file name says ${source.format}`
					);
				if (format === 'national') national = new NationalParser({ file: rel, select, dateRange: source.dateRange });
				else aqistudy = new AqistudyParser({ file: rel, city: CITY_COLUMN });
			}
			if (national) national.line(l);
			else (aqistudy as AqistudyParser).line(l);
		};
		log(`reading ${rel} (${source.sourceId})`);
		const { bytes, sha256, stats } = await streamFile(path.join(inputDir, rel), rel, onLine);
		const report: InputFileReport = {
			file: rel,
			bytes,
			sha256,
			lines: stats.lines,
			crlf: stats.crlf,
			lf: stats.lf,
			bom: stats.bom,
			finalNewline: stats.finalNewline,
			format: source.format,
			sourceId: source.sourceId,
			rule: source.rule
		};
		const np = national as NationalParser | null;
		const ap = aqistudy as AqistudyParser | null;
		if (np) {
			const result = np.finish();
			const s = result.summary;
			report.national = s;
			if (s.selected.length === 0) {
				noSelected.push(rel);
				warn(`${rel}: no ${CITY_COLUMN} or station column; contributes nothing`);
			}
			if (s.truncatedLastLine)
				warn(
					`${rel}:${s.truncatedLastLine.line}: last line has ${s.truncatedLastLine.fields} of ${s.truncatedLastLine.expected} fields and no terminator (truncated file); row dropped`
				);
			for (const d of s.duplicateSelected)
				warn(
					`${rel}: column "${d.name}" appears at columns ${d.positions.join(' and ')}, identical on every row; first kept`
				);
			if (s.duplicateRows.length) warn(`${rel}: ${s.duplicateRows.length} repeated identical rows; first kept`);
			store.add(result, source.sourceId, source.priority);
		} else if (ap) {
			const days = ap.finish();
			for (const d of days) {
				if (d.date < source.dateRange.from || d.date > source.dateRange.to)
					throw new ImportError(
						{ file: rel, line: d.line, column: 2, columnName: 'Date', value: d.date },
						`date outside ${source.dateRange.from}…${source.dateRange.to}, the range named by the file`
					);
				const prev = aqistudyDays.get(d.date);
				if (prev)
					throw new ImportError(
						{ file: rel, line: d.line, column: 2, columnName: 'Date', value: d.date },
						`date already given by ${prev.file} line ${prev.line}`
					);
				aqistudyDays.set(d.date, { ...d, file: rel });
			}
			aqistudySource = source.sourceId;
			report.aqistudy = { rows: days.length, first: days[0]?.date ?? '', last: days[days.length - 1]?.date ?? '' };
		} else {
			throw new ImportError({ file: rel }, 'empty file');
		}
		reports.push(report);
	}

	// Daily aggregation.
	const cityRows: { day: DailyValues; sourceId: string }[] = store
		.days(CITY_COLUMN)
		.map(([date, s]) => ({ day: aggregateDay(date, s.block), sourceId: s.sourceId }));
	const stationRows: { station: string; day: DailyValues; sourceId: string }[] = [];
	const emptyStations: string[] = [];
	for (const code of store.entities().filter((e) => e !== CITY_COLUMN)) {
		let any = false;
		for (const [date, s] of store.days(code)) {
			stationRows.push({ station: code, day: aggregateDay(date, s.block), sourceId: s.sourceId });
			if (s.block.some((v) => !Number.isNaN(v))) any = true;
		}
		if (!any) emptyStations.push(code);
	}
	stationRows.sort((a, b) => byCodeUnit(a.day.date, b.day.date) || byCodeUnit(a.station, b.station));

	// Annual statistics of the city series.
	const byYear = new Map<number, DailyValues[]>();
	for (const r of cityRows) {
		const y = Number(r.day.date.slice(0, 4));
		const list = byYear.get(y);
		if (list) list.push(r.day);
		else byYear.set(y, [r.day]);
	}
	const annual = [...byYear.keys()]
		.sort((a, b) => a - b)
		.map((y) => annualStatistics(y, byYear.get(y) as DailyValues[]));

	const aqRows = [...aqistudyDays.values()].sort((a, b) => byCodeUnit(a.date, b.date));
	const ids = (xs: { sourceId: string }[]) => [...new Set(xs.map((x) => x.sourceId))].sort(byCodeUnit);
	const outputs = [
		{ file: OUTPUT_FILES.city, rows: cityRows.length, columns: DAILY_COLUMNS, sourceIds: ids(cityRows) },
		{
			file: OUTPUT_FILES.stations,
			rows: stationRows.length,
			columns: ['date', 'station_code', ...DAILY_COLUMNS.slice(1)],
			sourceIds: ids(stationRows)
		},
		{
			file: OUTPUT_FILES.aqistudy,
			rows: aqRows.length,
			columns: AQISTUDY_COLUMNS,
			sourceIds: aqistudySource ? [aqistudySource] : []
		},
		{ file: OUTPUT_FILES.annual, rows: annual.length, columns: ANNUAL_COLUMNS, sourceIds: ids(cityRows) }
	];
	const report: ImportReport = {
		inputDir: toPosix(path.relative(repoRoot, inputDir)) || '.',
		files: reports,
		notRead,
		stations: {
			file: 'data/stations.csv',
			sha256: registry.sha256,
			codes: registry.codes,
			sourceId: STATIONS_SOURCE_ID
		},
		crossChecks: store.crossChecks(),
		annual,
		outputs,
		noSelectedColumns: noSelected,
		emptyStations
	};
	const contents: [string, string][] = [
		[OUTPUT_FILES.city, renderDailyCity(cityRows)],
		[OUTPUT_FILES.stations, renderDailyStations(stationRows)],
		[OUTPUT_FILES.aqistudy, renderAqistudy(aqRows, aqistudySource ?? '')],
		[OUTPUT_FILES.annual, renderAnnual(annual)],
		[OUTPUT_FILES.provenance, renderProvenance(report)]
	];
	await writeAtomically(outDir, contents);
	return {
		outDir,
		files: outputs.map((o) => ({ name: o.file, rows: o.rows })),
		annual,
		warnings
	};
}

/**
 * Writes `files` into `outDir`: staged in a sibling directory, then renamed in one by one; a failed rename
 * restores the files already replaced. Leaves other files in `outDir` alone.
 */
export async function writeAtomically(outDir: string, files: readonly [string, string][]): Promise<void> {
	const staging = path.join(path.dirname(outDir), `.${path.basename(outDir)}.cnemc-staging-${process.pid}`);
	await rm(staging, { recursive: true, force: true });
	await mkdir(path.join(staging, 'new'), { recursive: true });
	await mkdir(path.join(staging, 'old'), { recursive: true });
	try {
		for (const [name, text] of files) await writeFile(path.join(staging, 'new', name), text, 'utf8');
		await mkdir(outDir, { recursive: true });
		const done: { name: string; hadOld: boolean }[] = [];
		try {
			for (const [name] of files) {
				const target = path.join(outDir, name);
				let hadOld = false;
				try {
					await rename(target, path.join(staging, 'old', name));
					hadOld = true;
				} catch (e) {
					if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
				}
				done.push({ name, hadOld });
				await rename(path.join(staging, 'new', name), target);
			}
		} catch (e) {
			for (const d of done.reverse()) {
				const target = path.join(outDir, d.name);
				await rm(target, { force: true });
				if (d.hadOld) await rename(path.join(staging, 'old', d.name), target);
			}
			throw e;
		}
	} finally {
		await rm(staging, { recursive: true, force: true });
	}
}
