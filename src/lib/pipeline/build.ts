/**
 * `buildDataset`: the loader reads every table of data/ against its schema (src/lib/data/schema/), then
 * one check per table (checks/) verifies what ties the tables together and what is possible, and
 * builds that table's part of the dataset. Every problem in every file is collected before failing with
 * one DataError listing them all. Pure apart from `reader`; never writes anything.
 */
import { DATA_TABLES, FIGURE_FILES, figureFile, type DataTable } from '../data/schema/files';
import { DOMAINS } from '../data/schema/vocabulary';
import type { Columns } from '../data/schema/table';
import type { Dataset } from '../data/types';
import { checkSeaAreaStatuses, checkSeaAreas } from './checks/coast';
import { declared, yearRange, type CheckContext } from './checks/context';
import { checkFigures } from './checks/figures';
import { loadMap } from './checks/map';
import { checkMonitoring } from './checks/monitoring';
import { checkMetrics, checkScopes, checkSources } from './checks/registry';
import { checkGlossary, checkProblems } from './checks/text';
import { checkSites, checkWaterClasses, checkWaterStatuses } from './checks/water';
import { checkQualifiers, checkWork, checkWorkCategories, checkWorkUnits, cityFigureKeys } from './checks/work';
import { checkWaterNetwork } from './checks/waterNetwork';
import { checkDerivedAgainstPublished, derivePrevious } from './derive';
import { DataError, type DataIssue } from './errors';
import { loadTable, type DataReader } from './load';

export type { DataReader } from './load';

export interface BuildResult {
	dataset: Dataset;
	/** Non-fatal findings (e.g. a derived value disagreeing with a published one). */
	warnings: string[];
}

export interface BuildOptions {
	/** Today's date, YYYY-MM-DD (default: the clock's, UTC): no day after it, no year after the next. */
	today?: string;
}

/** Every CSV in data/figures/ that is not one domain's table is reported: nothing is read silently or left out. */
function unexpectedFigureFiles(reader: DataReader, issues: DataIssue[]): void {
	let present: string[];
	try {
		present = reader.list('figures');
	} catch {
		return; // each domain's file is then reported missing
	}
	const known = new Set(FIGURE_FILES.map((f) => f.path));
	for (const path of present.filter((p) => !known.has(p)).sort())
		issues.push({
			file: reader.display(path),
			line: 1,
			field: '(file)',
			value: path,
			expected: `one of the figure tables ${[...known].join(', ')} (one per domain in src/lib/data/schema/vocabulary.ts)`
		});
}

/** Validates every table under data/ and assembles the dataset the site loads (see module doc). */
export function buildDataset(reader: DataReader, options: BuildOptions = {}): BuildResult {
	const issues: DataIssue[] = [];
	const today = options.today ?? new Date().toISOString().slice(0, 10);
	const T = DATA_TABLES;
	const load = <C extends Columns, R>(table: DataTable<C, R>) => loadTable(reader, table, issues);

	const sourcesTable = load(T.sources);
	const metricsTable = load(T.metrics);
	/** Domains data/metrics.csv gives metrics: their figure tables are required. */
	const domains = declared(metricsTable, 'domain');
	const tables = {
		sources: sourcesTable,
		metrics: metricsTable,
		scopes: load(T.scopes),
		figures: DOMAINS.map((d) => load(figureFile(d, !domains.has(d)))),
		sites: load(T.sites),
		waterClasses: load(T.waterClasses),
		problems: load(T.problems),
		priorities: load(T.priorities),
		glossary: load(T.glossary),
		work: load(T.work),
		workCategories: load(T.workCategories),
		workUnits: load(T.workUnits),
		qualifiers: load(T.qualifiers),
		stations: load(T.stations),
		seaAreas: load(T.seaAreas),
		seaAreaStatuses: load(T.seaAreaStatuses),
		dailyCity: load(T.dailyCity),
		dailyStations: load(T.dailyStations),
		dailyThirdParty: load(T.dailyThirdParty),
		annual: load(T.annual),
		suspectHours: load(T.suspectHours),
		stationsWgs84: load(T.stationsWgs84),
		places: load(T.places),
		waterStatuses: load(T.waterStatuses),
		waterReadingsXiamen: load(T.waterReadingsXiamen),
		waterMonths: load(T.waterMonths),
		waterDisagreements: load(T.waterDisagreements),
		waterStations: load(T.waterStations),
		waterInputs: load(T.waterInputs)
	};
	unexpectedFigureFiles(reader, issues);
	const map = loadMap(reader, issues);

	const sources = checkSources(tables.sources, issues);
	const context: CheckContext = {
		issues,
		sourceIds: declared(tables.sources),
		years: yearRange(
			sources.map((s) => s.date),
			today
		),
		today
	};
	const metrics = checkMetrics(tables.metrics, issues);
	const scopes = checkScopes(tables.scopes, issues);
	const figures = checkFigures(tables.figures, metrics, declared(tables.scopes), context);
	const sites = checkSites(tables.sites, context);
	const siteIds = declared(tables.sites);
	const waterClasses = checkWaterClasses(tables.waterClasses, siteIds, context);
	const problems = checkProblems(tables.problems, context);
	const priorities = checkProblems(tables.priorities, context);
	const glossary = checkGlossary(tables.glossary, context);
	const seaAreas = checkSeaAreas(tables.seaAreas, context);
	const seaAreaStatuses = checkSeaAreaStatuses(tables.seaAreaStatuses, declared(tables.seaAreas), context);
	const monitoring = checkMonitoring(tables, map, context);
	const waterStatuses = checkWaterStatuses(tables.waterStatuses, siteIds, context);
	const workCategories = checkWorkCategories(tables.workCategories, issues);
	const workUnits = checkWorkUnits(tables.workUnits, issues);
	const cityFigures = cityFigureKeys(tables.figures);
	const work = checkWork(
		tables.work,
		{
			categories: declared(tables.workCategories),
			units: workUnits,
			metrics,
			cityFigures,
			figures,
			problems: tables.problems.partial.flatMap(({ row }) =>
				row.id !== undefined && row.year !== undefined ? [{ id: row.id, year: row.year }] : []
			)
		},
		context
	);
	const qualifiers = checkQualifiers(
		tables.qualifiers,
		{ cityFigures, work: tables.work.partial.map(({ row }) => row), siteIds },
		context
	);
	const waterNetwork = checkWaterNetwork(tables, context);

	if (issues.length > 0) throw new DataError(issues);

	const derived = derivePrevious(figures, metrics);
	return {
		dataset: {
			sources,
			metrics: [...metrics.values()],
			scopes,
			figures,
			derived,
			sites,
			waterClasses,
			problems,
			priorities,
			glossary,
			seaAreas,
			seaAreaStatuses,
			monitoring,
			waterStatuses,
			work,
			workCategories,
			workUnits,
			qualifiers,
			waterNetwork
		},
		warnings: checkDerivedAgainstPublished(derived, figures)
	};
}
