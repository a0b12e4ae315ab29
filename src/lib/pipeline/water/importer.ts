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
import { parseCsv } from '../csv';
import { DataError } from '../errors';
import { validateTable } from '../table';
import type { Columns } from '../../data/schema/table';
import { ImportError } from '../cnemc/errors';
import { listFiles, streamFile, writeAtomically } from '../cnemc/importer';
import type { LineStats } from '../cnemc/lines';
import { checkNoShrink, mergeTable, type MergeSummary } from './merge';
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
import { disagreementColumns, inputColumns, monthlyColumns, readingColumns, stationColumns } from './schema';
import { XIAMEN_STATION } from './stations';
import {
	assessAll,
	disagreementRow,
	monthlyRows,
	ordered,
	readingRow,
	readingsGroup,
	renderCsv,
	stationRows,
	type Cells
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
	/** Write exactly this import's rows, removing what it does not cover (merge.ts). */
	replace?: boolean;
	/** Progress messages (default: none). */
	log?: (message: string) => void;
}

/** What {@link runWaterImport} did. */
export interface WaterImportSummary {
	outDir: string;
	report: WaterReport;
	merges: MergeSummary[];
	/** Station-months that hold fewer readings than before (only with `replace`). */
	shrunk: { station: string; month: string; from: number; to: number }[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');
const stationMonth = (r: Cells) => `${r.station}\u0000${(r.time ?? r.month)!.slice(0, 7)}`;
const stationTime = (r: Cells) => `${r.station}\u0000${r.time}`;

async function checkSource(repoRoot: string): Promise<void> {
	const text = await readFile(path.join(repoRoot, 'data', 'sources.csv'), 'utf8');
	if (!csvParse(text).some((r) => r.id === SOURCE_ID))
		throw new ImportError({ file: 'data/sources.csv' }, `source id "${SOURCE_ID}" is not registered`);
}

/** A committed table as cells, validated against its columns (null when the file does not exist yet). */
async function readExisting(outDir: string, name: string, columns: Columns, display: string): Promise<Cells[] | null> {
	const file = path.join(outDir, name);
	if (!existsSync(file)) return null;
	const table = parseCsv(display, await readFile(file, 'utf8'));
	const { issues } = validateTable(table, columns);
	if (issues.length) throw new DataError(issues);
	return table.records.map((rec) => Object.fromEntries(table.header.map((h, i) => [h, rec.cells[i]!])));
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
		xiamen: assessed.filter((a) => readingsGroup(a.reading.station) === 'xiamen').map(readingRow),
		jiulong: assessed.filter((a) => readingsGroup(a.reading.station) === 'jiulong').map(readingRow),
		monthly: monthlyRows(distinct, assessed),
		disagreements: assessed.filter((a) => a.disagreement).map(disagreementRow),
		inputs: files.map((f) =>
			ordered(
				{
					file: f.file,
					format: f.summary.format,
					sha256: f.sha256,
					bytes: String(f.bytes),
					rows: String(f.summary.rows),
					snapshots: String(f.summary.snapshots.count),
					first_snapshot: f.summary.snapshots.first ?? '',
					last_snapshot: f.summary.snapshots.last ?? '',
					source_id: SOURCE_ID
				},
				inputColumns
			)
		)
	};

	// Merge into the committed tables.
	const shown = (name: string) => toPosix(path.relative(repoRoot, path.join(outDir, name)));
	const existing = {
		xiamen: await readExisting(outDir, OUTPUT_FILES.xiamen, readingColumns, shown(OUTPUT_FILES.xiamen)),
		jiulong: await readExisting(outDir, OUTPUT_FILES.jiulong, readingColumns, shown(OUTPUT_FILES.jiulong)),
		monthly: await readExisting(outDir, OUTPUT_FILES.monthly, monthlyColumns, shown(OUTPUT_FILES.monthly)),
		disagreements: await readExisting(
			outDir,
			OUTPUT_FILES.disagreements,
			disagreementColumns,
			shown(OUTPUT_FILES.disagreements)
		),
		stations: await readExisting(outDir, OUTPUT_FILES.stations, stationColumns, shown(OUTPUT_FILES.stations)),
		inputs: await readExisting(outDir, OUTPUT_FILES.inputs, inputColumns, shown(OUTPUT_FILES.inputs))
	};
	const shrunk = checkNoShrink(shown(OUTPUT_FILES.monthly), existing.monthly, fresh.monthly, replace);
	const covered = new Set(distinct.map((r) => `${r.station}\u0000${r.time.slice(0, 7)}`));
	const coveredFiles = new Set(files.map((f) => f.file));
	const byStationMonth = (table: string, ex: Cells[] | null, fr: Cells[], key: (r: Cells) => string) =>
		mergeTable({ table, existing: ex, fresh: fr, key, unit: stationMonth }, covered, replace);
	const merged = {
		xiamen: byStationMonth(OUTPUT_FILES.xiamen, existing.xiamen, fresh.xiamen, stationTime),
		jiulong: byStationMonth(OUTPUT_FILES.jiulong, existing.jiulong, fresh.jiulong, stationTime),
		monthly: byStationMonth(OUTPUT_FILES.monthly, existing.monthly, fresh.monthly, stationMonth),
		disagreements: byStationMonth(OUTPUT_FILES.disagreements, existing.disagreements, fresh.disagreements, stationTime),
		inputs: mergeTable(
			{
				table: OUTPUT_FILES.inputs,
				existing: existing.inputs,
				fresh: fresh.inputs,
				key: (r) => r.file!,
				unit: (r) => r.file!
			},
			coveredFiles,
			replace
		)
	};
	const basins = new Map<string, string>();
	for (const s of existing.stations ?? []) basins.set(s.station!, s.basin!);
	for (const r of distinct) basins.set(r.station, store.basin(r.station)!);
	const stations = stationRows(merged.monthly.rows, basins);
	const stationsSummary: MergeSummary = mergeTable(
		{
			table: OUTPUT_FILES.stations,
			existing: existing.stations,
			fresh: stations,
			key: (r) => r.station!,
			unit: () => ''
		},
		new Set(['']),
		true
	).summary;

	// Report.
	const byFile = distinctByFile(distinct);
	const copies = new Map<string, { identical: number; differing: number }>();
	for (const d of store.dropped) {
		const c = copies.get(d.dropped.file) ?? { identical: 0, differing: 0 };
		if (d.differs.length) c.differing++;
		else c.identical++;
		copies.set(d.dropped.file, c);
	}
	const tables: [string, Columns, Cells[]][] = [
		[OUTPUT_FILES.xiamen, readingColumns, merged.xiamen.rows],
		[OUTPUT_FILES.jiulong, readingColumns, merged.jiulong.rows],
		[OUTPUT_FILES.monthly, monthlyColumns, merged.monthly.rows],
		[OUTPUT_FILES.disagreements, disagreementColumns, merged.disagreements.rows],
		[OUTPUT_FILES.stations, stationColumns, stations],
		[OUTPUT_FILES.inputs, inputColumns, merged.inputs.rows]
	];
	const keptMonths = new Set(
		merged.monthly.rows.map((m) => `${m.station}\u0000${m.month}`).filter((k) => !covered.has(k))
	);
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
		agreement: agreementReport(merged.monthly.rows),
		reservoirs: reservoirCheck(assessed),
		lag: lagEvidence(assessed),
		xiamenSeasons: seasonReports(merged.monthly.rows, XIAMEN_STATION),
		xiamenMonths: monthCoverage(merged.monthly.rows, XIAMEN_STATION),
		outputs: tables.map(([file, columns, rows]) => ({ file, rows: rows.length, columns: Object.keys(columns) })),
		keptStationMonths: keptMonths.size
	};

	const contents: [string, string][] = [
		...tables.map(([file, columns, rows]): [string, string] => [file, renderCsv(columns, rows)]),
		[OUTPUT_FILES.provenance, renderProvenance(report)]
	];
	await writeAtomically(outDir, contents);
	return {
		outDir,
		report,
		merges: [
			merged.xiamen.summary,
			merged.jiulong.summary,
			merged.monthly.summary,
			merged.disagreements.summary,
			stationsSummary,
			merged.inputs.summary
		],
		shrunk
	};
}
