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
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import {
	annualTable,
	aqistudyTable,
	dailyCityTable,
	dailyStationTable,
	suspectHourTable,
	type DailyAir,
	type DailyStationAir,
	type DailyThirdParty,
	type SuspectHour
} from '../../data/schema/air';
import type { Columns, TableSchema } from '../../data/schema/table';
import { renderTable } from '../csv';
import { ImportError } from '../importError';
import { listFiles, streamFile } from '../inputFolder';
import type { Line } from '../lines';
import { readCommitted } from '../load';
import { coverageLoss, mergeRecords, type LostValue, type MergeReport, type MergeRule } from '../merge';
import { annualStatistics, type AnnualResult } from './annual';
import { AqistudyParser, isAqistudyLine, type AqistudyDay } from './aqistudy';
import { seriesOf, toAnnualRecord, toDailyAir, toSuspectHour, toThirdPartyDay } from './csv';
import { aggregateDay } from './daily';
import { isNationalHeader, NationalParser, type ColumnTarget } from './national';
import { flagSuspectHours, removeFlagged } from './plausibility';
import { renderProvenance, type ImportReport, type InputFileReport } from './provenance';
import { matchSource, SOURCE_RULES, STATIONS_SOURCE_ID } from './sources';
import { byCodeUnit } from '../order';
import { writeAtomically } from '../write';
import { HourlyStore } from './store';
import { CITY_COLUMN, HOURLY_POLLUTANTS, slot } from './types';

/** Names of the files this import owns in the output directory. */
export const OUTPUT_FILES = {
	city: 'air-daily-city.csv',
	stations: 'air-daily-stations.csv',
	aqistudy: 'air-daily-aqistudy.csv',
	annual: 'air-annual-computed.csv',
	suspect: 'air-hourly-suspect.csv',
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
	/**
	 * Write even when the result holds fewer values than data/derived/ already does (a day replaced by a
	 * copy with fewer valid hours, a year's statistic emptied). Without it such an import is refused.
	 */
	allowShrink?: boolean;
}

/** What the import did to one table already in the output directory. */
export interface TableChange {
	file: string;
	/** What a row is: `days`, `station-days`, `years`. */
	unit: string;
	report: MergeReport;
	/** Values there before and not after (refused unless `allowShrink`). */
	lost: LostValue[];
	/** For each changed key, the file of this import it now comes from. */
	from: Map<string, string>;
}

/** What {@link runImport} produced. */
export interface ImportSummary {
	outDir: string;
	files: { name: string; rows: number }[];
	annual: AnnualResult[];
	warnings: string[];
	/** Per table: days added, changed, kept; values lost (only with `allowShrink`). */
	changes: TableChange[];
	/** Hourly values flagged suspect in this import's files. */
	suspect: number;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

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

	// Suspect hourly values: flagged, removed from the blocks before any statistic, listed.
	const suspectIn: SuspectHour[] = [];
	const flagged = new Map<string, number>();
	for (const entity of store.entities()) {
		const days = store.days(entity);
		const flags = flagSuspectHours(days.map(([date, s]) => ({ date, block: s.block })));
		removeFlagged(
			days.map(([date, s]) => ({ date, block: s.block })),
			flags
		);
		const stored = new Map(days);
		for (const f of flags) {
			const s = stored.get(f.date)!;
			const line = s.lines[slot(HOURLY_POLLUTANTS.indexOf(f.pollutant), f.hour)]!;
			suspectIn.push(toSuspectHour(f, { entity, file: s.file, line, sourceId: s.sourceId }));
			flagged.set(`${entity} ${f.date}`, (flagged.get(`${entity} ${f.date}`) ?? 0) + 1);
		}
	}
	if (suspectIn.length > 0)
		warn(`${suspectIn.length} hourly value(s) flagged suspect and left out of the statistics (air-hourly-suspect.csv)`);

	// Daily aggregation.
	const fileOf = new Map<string, string>();
	const cityIn: DailyAir[] = store.days(CITY_COLUMN).map(([date, s]) => {
		fileOf.set(`city ${date}`, s.file);
		return toDailyAir(aggregateDay(date, s.block), s.sourceId, flagged.get(`${CITY_COLUMN} ${date}`) ?? 0);
	});
	const stationsIn: DailyStationAir[] = [];
	const emptyStations: string[] = [];
	for (const code of store.entities().filter((e) => e !== CITY_COLUMN)) {
		let any = false;
		for (const [date, s] of store.days(code)) {
			fileOf.set(`stations ${date} ${code}`, s.file);
			stationsIn.push({
				...toDailyAir(aggregateDay(date, s.block), s.sourceId, flagged.get(`${code} ${date}`) ?? 0),
				station: code
			});
			if (s.block.some((v) => !Number.isNaN(v))) any = true;
		}
		if (!any) emptyStations.push(code);
	}
	const aqistudyIn: DailyThirdParty[] = [...aqistudyDays.values()]
		.sort((a, b) => byCodeUnit(a.date, b.date))
		.map((d) => {
			fileOf.set(`aqistudy ${d.date}`, d.file);
			return toThirdPartyDay(d, aqistudySource ?? '');
		});

	// Merge into what the output directory already holds: updates add, never silently remove.
	/** How messages name an output file: relative to the repository root (`data/derived/…` by default). */
	const display = (name: string) => toPosix(path.relative(repoRoot, path.join(outDir, name)));
	const existing = readExisting(outDir, display);
	const rank = (sourceId: string) => SOURCE_RULES.find((r) => r.sourceId === sourceId)?.priority ?? Infinity;
	/** A day is replaced by the same day of this import, unless it already comes from a higher-ranked source. */
	const replaces = (incoming: { sourceId: string }, old: { sourceId: string }) =>
		rank(incoming.sourceId) <= rank(old.sourceId);
	const city = mergeRecords<DailyAir>(existing.city, cityIn, {
		key: (d) => d.date,
		cells: (d) => dailyCityTable.toCells(d),
		replaces
	});
	const stations = mergeRecords<DailyStationAir>(existing.stations, stationsIn, {
		key: (d) => `${d.date} ${d.station}`,
		cells: (d) => dailyStationTable.toCells(d),
		replaces
	});
	const aqistudy = mergeRecords<DailyThirdParty>(existing.aqistudy, aqistudyIn, {
		key: (d) => d.date,
		cells: (d) => aqistudyTable.toCells(d),
		replaces
	});
	// The suspect hours follow their day: those of the days taken from this import, the others kept.
	const takenDay = (s: SuspectHour) =>
		s.series === seriesOf(CITY_COLUMN) ? city.taken.has(s.date) : stations.taken.has(`${s.date} ${s.series}`);
	const suspect = [...existing.suspect.filter((s) => !takenDay(s)), ...suspectIn.filter(takenDay)].sort(
		(a, b) =>
			byCodeUnit(a.date, b.date) ||
			byCodeUnit(a.series, b.series) ||
			a.hour - b.hour ||
			HOURLY_POLLUTANTS.indexOf(a.pollutant) - HOURLY_POLLUTANTS.indexOf(b.pollutant)
	);

	// Annual statistics of the merged city series.
	const byYear = new Map<number, DailyAir[]>();
	for (const d of city.records) {
		const y = Number(d.date.slice(0, 4));
		const list = byYear.get(y);
		if (list) list.push(d);
		else byYear.set(y, [d]);
	}
	const annual = [...byYear.keys()].sort((a, b) => a - b).map((y) => annualStatistics(y, byYear.get(y)!));
	const annualRecords = annual.map(toAnnualRecord);
	const annualMerge = mergeRecords(existing.annual, annualRecords, {
		key: (a) => String(a.year),
		cells: (a) => annualTable.toCells(a)
	});

	const change = <R>(
		file: string,
		unit: string,
		kind: string,
		before: readonly R[],
		merged: { records: R[]; report: MergeReport },
		rule: Pick<MergeRule<R>, 'key' | 'cells'>
	): TableChange => ({
		file,
		unit,
		report: merged.report,
		lost: coverageLoss(before, merged.records, rule),
		from: new Map(merged.report.changed.map((c) => [c.key, fileOf.get(`${kind} ${c.key}`) ?? '']))
	});
	const changes: TableChange[] = [
		change(OUTPUT_FILES.city, 'days', 'city', existing.city, city, {
			key: (d) => d.date,
			cells: (d) => dailyCityTable.toCells(d)
		}),
		change(OUTPUT_FILES.stations, 'station-days', 'stations', existing.stations, stations, {
			key: (d) => `${d.date} ${d.station}`,
			cells: (d) => dailyStationTable.toCells(d)
		}),
		change(OUTPUT_FILES.aqistudy, 'days', 'aqistudy', existing.aqistudy, aqistudy, {
			key: (d) => d.date,
			cells: (d) => aqistudyTable.toCells(d)
		}),
		change(OUTPUT_FILES.annual, 'years', 'annual', existing.annual, annualMerge, {
			key: (a) => String(a.year),
			cells: (a) => annualTable.toCells(a)
		})
	];
	const lost = changes.filter((c) => c.lost.length > 0);
	if (lost.length > 0 && !opts.allowShrink)
		throw new ImportError(
			{ file: display(lost[0]!.file) },
			`this import would remove ${lost.map((c) => `${c.lost.length} value(s) from ${c.file}`).join(', ')} ` +
				`(first: ${lost[0]!.lost
					.slice(0, 3)
					.map((l) => `${l.key} ${l.column}`)
					.join(', ')}). Nothing was written. An update adds data; to accept the loss, run again with --allow-shrink`
		);
	for (const c of lost) warn(`--allow-shrink: ${c.file} loses ${c.lost.length} value(s)`);

	const ids = (xs: readonly { sourceId: string }[]) => [...new Set(xs.map((x) => x.sourceId))].sort(byCodeUnit);
	const earlier = <R extends { date: string; sourceId: string }>(
		file: string,
		merged: { records: R[]; taken: Set<string> },
		key: (r: R) => string
	) => {
		const kept = merged.records.filter((r) => !merged.taken.has(key(r)));
		return { file, rows: kept.length, first: kept[0]?.date ?? '', last: kept.at(-1)?.date ?? '', sourceIds: ids(kept) };
	};
	const outputs = [
		{
			file: OUTPUT_FILES.city,
			rows: city.records.length,
			columns: dailyCityTable.columnNames,
			sourceIds: ids(city.records)
		},
		{
			file: OUTPUT_FILES.stations,
			rows: stations.records.length,
			columns: dailyStationTable.columnNames,
			sourceIds: ids(stations.records)
		},
		{
			file: OUTPUT_FILES.aqistudy,
			rows: aqistudy.records.length,
			columns: aqistudyTable.columnNames,
			sourceIds: ids(aqistudy.records)
		},
		{
			file: OUTPUT_FILES.annual,
			rows: annualRecords.length,
			columns: annualTable.columnNames,
			sourceIds: ids(city.records)
		},
		{ file: OUTPUT_FILES.suspect, rows: suspect.length, columns: suspectHourTable.columnNames, sourceIds: ids(suspect) }
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
		earlier: [
			earlier(OUTPUT_FILES.city, city, (r) => r.date),
			earlier(OUTPUT_FILES.stations, stations, (r) => `${r.date} ${r.station}`),
			earlier(OUTPUT_FILES.aqistudy, aqistudy, (r) => r.date)
		].filter((e) => e.rows > 0),
		suspect,
		noSelectedColumns: noSelected,
		emptyStations
	};
	const contents: [string, string][] = [
		[OUTPUT_FILES.city, renderTable(dailyCityTable, city.records)],
		[OUTPUT_FILES.stations, renderTable(dailyStationTable, stations.records)],
		[OUTPUT_FILES.aqistudy, renderTable(aqistudyTable, aqistudy.records)],
		[OUTPUT_FILES.annual, renderTable(annualTable, annualRecords)],
		[OUTPUT_FILES.suspect, renderTable(suspectHourTable, suspect)],
		[OUTPUT_FILES.provenance, renderProvenance(report)]
	];
	await writeAtomically(outDir, contents);
	return {
		outDir,
		files: outputs.map((o) => ({ name: o.file, rows: o.rows })),
		annual,
		warnings,
		changes,
		suspect: suspectIn.length
	};
}

/** The tables this import owns, as the output directory holds them now (empty where a file is absent). */
function readExisting(outDir: string, display: (name: string) => string) {
	const read = <C extends Columns, R>(file: string, schema: TableSchema<C, R>): R[] =>
		readCommitted(outDir, file, schema, display);
	return {
		city: read(OUTPUT_FILES.city, dailyCityTable),
		stations: read(OUTPUT_FILES.stations, dailyStationTable),
		aqistudy: read(OUTPUT_FILES.aqistudy, aqistudyTable),
		annual: read(OUTPUT_FILES.annual, annualTable),
		suspect: read(OUTPUT_FILES.suspect, suspectHourTable)
	};
}
