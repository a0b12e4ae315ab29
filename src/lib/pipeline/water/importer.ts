/**
 * The surface-water import (file-system side): streams every `*.csv` under the input directory (the data files in
 * either format, and the originals list `provenance.csv`), keeps one reading per station and time, recomputes the
 * classes, merges into the tables already in `data/derived/` (merge.ts: never silently shrinking them) and writes
 * them atomically with the CNEMC importer's writer. The pure steps live in the sibling modules.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import {
	waterDisagreementTable,
	waterInputTable,
	waterMonthTable,
	waterReadingTable,
	waterStationTable,
	type WaterInput,
	type WaterMonth
} from '../../data/schema/waterNetwork';
import type { Columns, TableSchema } from '../../data/schema/table';
import { renderTable } from '../csv';
import { ImportError } from '../importError';
import { listFiles, streamFile } from '../inputFolder';
import type { LineStats } from '../lines';
import { readCommitted } from '../load';
import { coverageLoss, mergeRecords, shrinking, type TableMerge } from '../merge';
import { writeAtomically } from '../write';
import { OriginalsParser, ORIGINALS_HEADER } from './originals';
import { WaterFileParser, type FileSummary } from './parse';
import { ReadingStore } from './readings';
import {
	agreementReport,
	distinctByFile,
	lagEvidence,
	monthCoverage,
	reservoirCheck,
	seasonReports,
	stationReports,
	type FileReport,
	type WaterReport
} from './report';
import { renderProvenance } from './provenance';
import { XIAMEN_STATION } from './stations';
import {
	assessAll,
	disagreementRecord,
	monthlyRecords,
	monthTotal,
	readingRecord,
	readingsGroup,
	stationRecords
} from './tables';

/** The files this import owns in the output directory. */
export const OUTPUT_FILES = {
	xiamen: 'water-readings-xiamen.csv',
	jiulong: 'water-readings-jiulong.csv',
	monthly: 'water-monthly.csv',
	disagreements: 'water-disagreements.csv',
	stations: 'water-stations.csv',
	inputs: 'water-inputs.csv',
	provenance: 'water-provenance.md'
} as const;

/** data/sources.csv id of the surface-water snapshots. */
export const SOURCE_ID = 'cnemc-water-ecoaudit';

/** Options of {@link runWaterImport}. */
export interface WaterImportOptions {
	/** Repository root: `data/sources.csv` is read from here. */
	repoRoot: string;
	/** Directory with the input files (searched recursively). */
	inputDir: string;
	/** Output directory; default `<repoRoot>/data/derived`. */
	outDir?: string;
	/** Write exactly this import's rows, removing what it does not cover (../merge.ts). */
	replace?: boolean;
	/** Progress messages (default: none). */
	log?: (message: string) => void;
}

/** What {@link runWaterImport} did. */
export interface WaterImportSummary {
	outDir: string;
	report: WaterReport;
	/** What the merge did to each table (rows added, changed, kept, removed). */
	merges: TableMerge[];
	/** Station-months that hold fewer readings than before (only with `replace`). */
	shrunk: { station: string; month: string; from: number; to: number }[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');
/** The unit of coverage of a reading or a month: its station-month, `隘头潭 2023-01` (also its key in messages). */
const stationMonth = (r: { station: string; time?: string; month?: string }) =>
	`${r.station} ${(r.time ?? r.month)!.slice(0, 7)}`;
/** The key of a reading: `隘头潭 2023-01-10T08:00` (sorts like station, then time: names hold no space). */
const stationTime = (r: { station: string; time: string }) => `${r.station} ${r.time}`;

async function checkSource(repoRoot: string): Promise<void> {
	const text = await readFile(path.join(repoRoot, 'data', 'sources.csv'), 'utf8');
	if (!csvParse(text).some((r) => r.id === SOURCE_ID))
		throw new ImportError({ file: 'data/sources.csv' }, `source id "${SOURCE_ID}" is not registered`);
}

/**
 * Refuses (ImportError) a merge in which a station-month the import covers would hold fewer readings (kept plus
 * dropped for status) than the committed monthly table has for it — unless `replace`. Returns the months that
 * shrink (for the CLI to print).
 */
export function checkNoShrink(
	file: string,
	existing: readonly WaterMonth[],
	fresh: readonly WaterMonth[],
	replace: boolean
): { station: string; month: string; from: number; to: number }[] {
	const shrunk = shrinking(existing, fresh, { key: stationMonth, size: monthTotal }).map(({ key, from, to }) => {
		const at = key.lastIndexOf(' ');
		return { station: key.slice(0, at), month: key.slice(at + 1), from, to };
	});
	if (shrunk.length && !replace) {
		const list = shrunk
			.slice(0, 5)
			.map((s) => `${s.station} ${s.month} from ${s.from} to ${s.to} readings`)
			.join('; ');
		throw new ImportError(
			{ file },
			`the import would shrink ${shrunk.length} station-month(s): ${list}${shrunk.length > 5 ? ` and ${shrunk.length - 5} more` : ''}. ` +
				'These files hold fewer readings of those months than the committed tables: import all the files together, ' +
				'or rerun with --replace to write exactly this import'
		);
	}
	return shrunk;
}

/** A table as written: its file, its CSV text, its rows and its columns. */
const written = <C extends Columns, R>(
	file: string,
	schema: TableSchema<C, R>,
	records: readonly R[]
): [string, string, number, readonly string[]] => [
	file,
	renderTable(schema, records),
	records.length,
	schema.columnNames
];

/** Merges one table (../merge.ts): by key, and removing what the import covers and no longer has. */
function mergeTable<C extends Columns, R>(
	file: string,
	schema: TableSchema<C, R>,
	existing: readonly R[],
	fresh: readonly R[],
	key: (r: R) => string,
	covers: (r: R) => boolean
): TableMerge & { records: R[] } {
	const rule = { key, cells: (r: R) => schema.toCells(r), covers };
	const { records, report } = mergeRecords(existing, fresh, rule);
	return { file, report, lost: coverageLoss(existing, records, rule), records };
}

/** Runs the import (see module doc). Throws {@link ImportError} or {@link DataError}; then nothing is written. */
export async function runWaterImport(opts: WaterImportOptions): Promise<WaterImportSummary> {
	const log = opts.log ?? (() => {});
	const repoRoot = path.resolve(opts.repoRoot);
	const inputDir = path.resolve(opts.inputDir);
	const outDir = path.resolve(opts.outDir ?? path.join(repoRoot, 'data', 'derived'));
	const shownInput = toPosix(path.relative(repoRoot, inputDir)) || '.';
	const replace = opts.replace ?? false;

	if (!existsSync(inputDir) || !statSync(inputDir).isDirectory())
		throw new ImportError({ file: shownInput }, 'no such folder');
	await checkSource(repoRoot);

	const all = await listFiles(inputDir);
	const csvFiles = all.filter((f) => /\.csv$/i.test(f));
	const notRead = all.filter((f) => !/\.csv$/i.test(f));

	const store = new ReadingStore();
	const files: (Omit<FileReport, 'laterCopies' | 'distinct'> & { snapshots: ReadonlyMap<string, number> })[] = [];
	let originals: { file: string; sha256: string; parser: OriginalsParser } | null = null;

	for (const rel of csvFiles) {
		let data: WaterFileParser | null = null;
		let list: OriginalsParser | null = null;
		const onLine = (l: { text: string; no: number; terminated: boolean }) => {
			if (!data && !list) {
				if (l.text === ORIGINALS_HEADER) list = new OriginalsParser(rel);
				else data = new WaterFileParser(rel, (r) => store.add(r));
			}
			(data ?? list!).line(l);
		};
		log(`reading ${rel}`);
		const { bytes, sha256, stats } = await streamFile(path.join(inputDir, rel), rel, onLine);
		const d = data as WaterFileParser | null;
		const o = list as OriginalsParser | null;
		if (o) {
			if (originals)
				throw new ImportError({ file: rel, line: 1 }, `a second originals list (the first is ${originals.file})`);
			originals = { file: rel, sha256, parser: o };
		} else if (d) {
			const summary: FileSummary = d.finish();
			files.push({ file: rel, bytes, sha256, lines: stats as LineStats, summary, snapshots: d.snapshotsSeen() });
		} else throw new ImportError({ file: rel }, 'empty file');
	}
	if (files.length === 0)
		throw new ImportError(
			{ file: shownInput },
			'no surface-water data file (a *.csv whose header is one of the formats in SOURCES.md)'
		);

	// Every snapshot time must be the time of an original of the same kind.
	let snapshotsChecked = 0;
	const orig = originals as { file: string; sha256: string; parser: OriginalsParser } | null;
	if (orig)
		for (const f of files)
			for (const [snapshot, line] of f.snapshots) {
				if (!orig.parser.snapshots[f.summary.format].has(snapshot))
					throw new ImportError(
						{ file: f.file, line, column: 1, columnName: 'snapshot', value: snapshot },
						`no ${f.summary.format === 'csv-snapshots' ? 'CSV snapshot' : 'spreadsheet'} with this time in ${orig.file}`
					);
				snapshotsChecked++;
			}

	// One reading per station and time; classes; this import's tables.
	const distinct = store.readings();
	const assessed = assessAll(distinct);
	const fresh = {
		xiamen: assessed.filter((a) => readingsGroup(a.reading.station) === 'xiamen').map(readingRecord),
		jiulong: assessed.filter((a) => readingsGroup(a.reading.station) === 'jiulong').map(readingRecord),
		monthly: monthlyRecords(distinct, assessed),
		disagreements: assessed.filter((a) => a.disagreement).map(disagreementRecord),
		inputs: files.map((f): WaterInput => ({
			file: f.file,
			format: f.summary.format,
			sha256: f.sha256,
			bytes: f.bytes,
			rows: f.summary.rows,
			snapshots: f.summary.snapshots.count,
			firstSnapshot: f.summary.snapshots.first ?? '',
			lastSnapshot: f.summary.snapshots.last ?? '',
			sourceId: SOURCE_ID
		}))
	};

	// Merge into the committed tables: a station-month (an input file) this import covers comes from it.
	const display = (name: string) => toPosix(path.relative(repoRoot, path.join(outDir, name)));
	const read = <C extends Columns, R>(name: string, schema: TableSchema<C, R>) =>
		readCommitted(outDir, name, schema, display);
	const existing = {
		xiamen: read(OUTPUT_FILES.xiamen, waterReadingTable),
		jiulong: read(OUTPUT_FILES.jiulong, waterReadingTable),
		monthly: read(OUTPUT_FILES.monthly, waterMonthTable),
		disagreements: read(OUTPUT_FILES.disagreements, waterDisagreementTable),
		stations: read(OUTPUT_FILES.stations, waterStationTable),
		inputs: read(OUTPUT_FILES.inputs, waterInputTable)
	};
	const shrunk = checkNoShrink(display(OUTPUT_FILES.monthly), existing.monthly, fresh.monthly, replace);
	const covered = new Set(distinct.map(stationMonth));
	const coveredFiles = new Set(files.map((f) => f.file));
	const inCovered = (r: { station: string; time?: string; month?: string }) => replace || covered.has(stationMonth(r));
	const merged = {
		xiamen: mergeTable(OUTPUT_FILES.xiamen, waterReadingTable, existing.xiamen, fresh.xiamen, stationTime, inCovered),
		jiulong: mergeTable(
			OUTPUT_FILES.jiulong,
			waterReadingTable,
			existing.jiulong,
			fresh.jiulong,
			stationTime,
			inCovered
		),
		monthly: mergeTable(
			OUTPUT_FILES.monthly,
			waterMonthTable,
			existing.monthly,
			fresh.monthly,
			stationMonth,
			inCovered
		),
		disagreements: mergeTable(
			OUTPUT_FILES.disagreements,
			waterDisagreementTable,
			existing.disagreements,
			fresh.disagreements,
			stationTime,
			inCovered
		),
		inputs: mergeTable(
			OUTPUT_FILES.inputs,
			waterInputTable,
			existing.inputs,
			fresh.inputs,
			(i) => i.file,
			(i) => replace || coveredFiles.has(i.file)
		)
	};
	// The stations table is recomputed from the merged months: it is replaced as a whole.
	const basins = new Map<string, string>();
	for (const s of existing.stations) basins.set(s.station, s.basin);
	for (const r of distinct) basins.set(r.station, store.basin(r.station)!);
	const stations = mergeTable(
		OUTPUT_FILES.stations,
		waterStationTable,
		existing.stations,
		stationRecords(merged.monthly.records, basins),
		(s) => s.station,
		() => true
	);

	// Report.
	const byFile = distinctByFile(distinct);
	const copies = new Map<string, { identical: number; differing: number }>();
	for (const d of store.dropped) {
		const c = copies.get(d.dropped.file) ?? { identical: 0, differing: 0 };
		if (d.differs.length) c.differing++;
		else c.identical++;
		copies.set(d.dropped.file, c);
	}
	const tables: [string, string, number, readonly string[]][] = [
		written(OUTPUT_FILES.xiamen, waterReadingTable, merged.xiamen.records),
		written(OUTPUT_FILES.jiulong, waterReadingTable, merged.jiulong.records),
		written(OUTPUT_FILES.monthly, waterMonthTable, merged.monthly.records),
		written(OUTPUT_FILES.disagreements, waterDisagreementTable, merged.disagreements.records),
		written(OUTPUT_FILES.stations, waterStationTable, stations.records),
		written(OUTPUT_FILES.inputs, waterInputTable, merged.inputs.records)
	];
	const keptMonths = merged.monthly.records.filter((m) => !covered.has(stationMonth(m))).length;
	const report: WaterReport = {
		inputDir: shownInput,
		sourceId: SOURCE_ID,
		files: files.map(({ snapshots: _s, ...f }) => ({
			...f,
			laterCopies: copies.get(f.file) ?? { identical: 0, differing: 0 },
			distinct: byFile.get(f.file) ?? { 正常: 0, 维护: 0, 不具备运行条件: 0 }
		})),
		originals: orig ? { file: orig.file, sha256: orig.sha256, listed: orig.parser.files, snapshotsChecked } : null,
		notRead,
		stations: stationReports(distinct, store.rowsByStation, store.noTimeByStation, store.dropped, (s) =>
			store.basin(s)
		),
		differingCopies: store.dropped.filter((d) => d.differs.length > 0),
		identicalCopies: {
			sameFile: store.dropped.filter((d) => !d.differs.length && d.kept.file === d.dropped.file).length,
			otherFile: store.dropped.filter((d) => !d.differs.length && d.kept.file !== d.dropped.file).length
		},
		agreement: agreementReport(merged.monthly.records),
		reservoirs: reservoirCheck(assessed),
		lag: lagEvidence(assessed),
		xiamenSeasons: seasonReports(merged.monthly.records, XIAMEN_STATION),
		xiamenMonths: monthCoverage(merged.monthly.records, XIAMEN_STATION),
		outputs: tables.map(([file, , rows, columns]) => ({ file, rows, columns: [...columns] })),
		keptStationMonths: keptMonths
	};

	const contents: [string, string][] = [
		...tables.map(([file, text]): [string, string] => [file, text]),
		[OUTPUT_FILES.provenance, renderProvenance(report)]
	];
	await writeAtomically(outDir, contents);
	return {
		outDir,
		report,
		merges: [merged.xiamen, merged.jiulong, merged.monthly, merged.disagreements, stations, merged.inputs].map(
			({ file, report, lost }) => ({ file, report, lost })
		),
		shrunk
	};
}
