import type { Dataset, Figure, GlossaryTerm, Metric, Problem, Site, Source, WaterClassFigure } from '../data/types';
import { decodeUtf8, parseCsv } from './csv';
import { checkDerivedAgainstPublished, derivePrevious } from './derive';
import { DataError, type DataIssue } from './errors';
import { validateTable, type Columns, type Located, type RowOf } from './table';
import { assembleMonitoring } from './monitoring';
import {
	annualComputedColumns,
	dailyAqistudyColumns,
	dailyCityColumns,
	dailyStationColumns,
	placeWgs84Columns,
	stationWgs84Columns
} from './monitoringTables';
import type { MapData } from '../data/types';
import {
	OCEAN_BUREAU_STATUSES,
	figureColumns,
	glossaryColumns,
	metricColumns,
	priorityColumns,
	problemColumns,
	seaAreaColumns,
	seaAreaStatusColumns,
	siteColumns,
	sourceColumns,
	stationColumns,
	waterStatusColumns,
	waterClassColumns
} from './tables';
import { assembleWaterStatuses } from './waterStatus';

/** Reads a file under the data directory as bytes; `list` names the CSV files in a sub-folder. */
export interface DataReader {
	read(path: string): Uint8Array;
	list(folder: string): string[];
	/** How to name a file in messages, e.g. `data/figures/air.csv`. */
	display(path: string): string;
}

export interface BuildResult {
	dataset: Dataset;
	/** Non-fatal findings (e.g. a derived value disagreeing with a published one). */
	warnings: string[];
}

/**
 * Validates every table under data/ and assembles the dataset the site loads. Collects every
 * problem in every file before failing, then throws one DataError listing them all.
 * Pure apart from `reader`; never writes anything.
 */
export function buildDataset(reader: DataReader): BuildResult {
	const issues: DataIssue[] = [];

	/** Every row's parsed cells per file, valid or not, for reference checks that avoid cascades. */
	const partials = new Map<string, Located<Partial<Record<string, unknown>>>[]>();

	function load<C extends Columns>(path: string, columns: C): Located<RowOf<C>>[] {
		const name = reader.display(path);
		let bytes: Uint8Array;
		try {
			bytes = reader.read(path);
		} catch {
			issues.push({
				file: name,
				line: 1,
				field: '(file)',
				value: '(missing or unreadable)',
				expected: 'a readable CSV file'
			});
			return [];
		}
		try {
			const table = parseCsv(name, decodeUtf8(name, bytes));
			const result = validateTable(table, columns);
			issues.push(...result.issues);
			partials.set(path, result.partial);
			return result.rows;
		} catch (error) {
			if (error instanceof DataError) {
				issues.push(...error.issues);
				return [];
			}
			throw error;
		}
	}

	const sourceRows = load('sources.csv', sourceColumns);
	const metricRows = load('metrics.csv', metricColumns);
	const figurePaths = reader.list('figures').sort();
	const figureRows = figurePaths.flatMap((path) => load(path, figureColumns).map((r) => ({ ...r, path })));
	const siteRows = load('sites.csv', siteColumns);
	const waterRows = load('classes/water.csv', waterClassColumns);
	const problemRows = load('text/problems.csv', problemColumns);
	const priorityRows = load('text/priorities.csv', priorityColumns);
	const glossaryRows = load('text/glossary.csv', glossaryColumns);
	const stationRows = load('stations.csv', stationColumns);
	const seaAreaRows = load('sea-areas.csv', seaAreaColumns);
	const seaStatusRows = load('classes/sea-areas.csv', seaAreaStatusColumns);
	const monitoringRows = {
		dailyCity: load('derived/air-daily-city.csv', dailyCityColumns),
		dailyStations: load('derived/air-daily-stations.csv', dailyStationColumns),
		dailyThirdParty: load('derived/air-daily-aqistudy.csv', dailyAqistudyColumns),
		annual: load('derived/air-annual-computed.csv', annualComputedColumns),
		stations: stationRows,
		stationsWgs84: load('geo/stations-wgs84.csv', stationWgs84Columns),
		places: load('geo/places-wgs84.csv', placeWgs84Columns)
	};
	const map = loadMap();

	/** Reads the map's TopoJSON and attribution note; a file that is not the expected JSON is an issue. */
	function loadMap(): MapData {
		const json = (path: string): Record<string, unknown> | null => {
			const name = reader.display(path);
			try {
				return JSON.parse(new TextDecoder().decode(reader.read(path))) as Record<string, unknown>;
			} catch (error) {
				issues.push({
					file: name,
					line: 1,
					field: '(json)',
					value: String((error as Error).message).slice(0, 80),
					expected: 'a readable JSON file'
				});
				return null;
			}
		};
		const topology = json('geo/xiamen.topo.json');
		const attribution = json('geo/attribution.json');
		const objects = (topology?.objects ?? {}) as Record<string, unknown>;
		for (const name of ['districts', 'land', 'coastline']) {
			if (topology && !(name in objects)) {
				issues.push({
					file: reader.display('geo/xiamen.topo.json'),
					line: 1,
					field: 'objects',
					value: Object.keys(objects).join(', '),
					expected: `a TopoJSON object named "${name}"`
				});
			}
		}
		for (const key of ['zh', 'en', 'replace_before_official_publication']) {
			if (attribution && typeof attribution[key] !== 'string') {
				issues.push({
					file: reader.display('geo/attribution.json'),
					line: 1,
					field: key,
					value: String(attribution[key] ?? ''),
					expected: 'a non-empty string'
				});
			}
		}
		return { topology: topology ?? {}, attribution: (attribution ?? {}) as MapData['attribution'] };
	}

	/** Ids a table declares, including rows that failed validation (already reported). */
	const declared = (path: string, key: string) =>
		new Set((partials.get(path) ?? []).map((r) => r.row[key]).filter((v): v is string => typeof v === 'string'));
	const declaredSources = declared('sources.csv', 'id');
	const declaredSites = declared('sites.csv', 'id');

	const sources = new Map<string, Source>();
	const sourceLines = new Map<string, number>();
	for (const { line, row } of sourceRows) {
		if (sources.has(row.id)) {
			issues.push(duplicate(reader.display('sources.csv'), line, 1, 'id', row.id, sourceLines.get(row.id)));
			continue;
		}
		sourceLines.set(row.id, line);
		sources.set(row.id, {
			id: row.id,
			title: row.title,
			publisher: row.publisher,
			date: row.date ?? '',
			url: row.url,
			kind: row.kind,
			reliability: row.reliability,
			note: { zh: row.reliability_note_zh, en: row.reliability_note_en }
		});
	}

	/** Every cited source id must resolve in the registry. */
	const cite = (file: string, line: number, column: number, id: string) => {
		if (!sources.has(id) && !declaredSources.has(id)) {
			issues.push({
				file: reader.display(file),
				line,
				column,
				field: 'source_id',
				value: id,
				expected: 'the id of a source in data/sources.csv'
			});
		}
	};

	const metrics = new Map<string, Metric>();
	const metricLines = new Map<string, number>();
	for (const { line, row } of metricRows) {
		if (metrics.has(row.id)) {
			issues.push(duplicate(reader.display('metrics.csv'), line, 1, 'id', row.id, metricLines.get(row.id)));
			continue;
		}
		metricLines.set(row.id, line);
		metrics.set(row.id, {
			id: row.id,
			domain: row.domain,
			unit: row.unit,
			better: row.better,
			changeOf: row.change_of,
			label: { zh: row.label_zh, en: row.label_en },
			description: { zh: row.description_zh, en: row.description_en }
		});
	}
	for (const { line, row } of metricRows) {
		if (row.change_of && !metrics.has(row.change_of)) {
			issues.push({
				file: reader.display('metrics.csv'),
				line,
				column: 5,
				field: 'change_of',
				value: row.change_of,
				expected: 'the id of another metric in data/metrics.csv'
			});
		}
	}

	const figures: Figure[] = [];
	const figureKeys = new Map<string, string>();
	for (const path of figurePaths) {
		for (const { line, row } of partials.get(path) ?? []) {
			if (typeof row.source_id === 'string') cite(path, line, 6, row.source_id);
		}
	}
	for (const { line, row, path } of figureRows) {
		const metric = metrics.get(row.metric);
		if (!metric) {
			issues.push({
				file: reader.display(path),
				line,
				column: 2,
				field: 'metric',
				value: row.metric,
				expected: 'the id of a metric in data/metrics.csv'
			});
			continue;
		}
		if (metric.unit !== row.unit) {
			issues.push({
				file: reader.display(path),
				line,
				column: 4,
				field: 'unit',
				value: row.unit,
				expected: `${metric.unit}, the unit of metric ${metric.id} in data/metrics.csv`
			});
			continue;
		}
		const key = `${row.year}|${row.metric}|${row.scope}`;
		if (figureKeys.has(key)) {
			issues.push({
				file: reader.display(path),
				line,
				column: 1,
				field: 'year, metric, scope',
				value: `${row.year}, ${row.metric}, ${row.scope}`,
				expected: `one row per year, metric and scope (also at line ${figureKeys.get(key)})`
			});
			continue;
		}
		figureKeys.set(key, `${line} of ${reader.display(path)}`);
		figures.push({
			year: row.year,
			metric: row.metric,
			value: row.value.value,
			decimals: row.value.decimals,
			unit: row.unit,
			scope: row.scope,
			sourceId: row.source_id,
			note: row.note,
			quote: row.quote,
			origin: `${reader.display(path)}:${line}`
		});
	}

	const sites: Site[] = [];
	for (const { line, row } of siteRows) {
		cite('sites.csv', line, 6, row.source_id);
		sites.push({
			id: row.id,
			name: { zh: row.name_zh, en: row.name_en },
			kind: row.kind,
			district: row.district_adcode,
			sourceId: row.source_id,
			note: row.note
		});
	}
	const siteIds = new Set(sites.map((s) => s.id));

	const waterClasses: WaterClassFigure[] = [];
	const waterKeys = new Map<string, number>();
	for (const { line, row } of waterRows) {
		cite('classes/water.csv', line, 5, row.source_id);
		if (!siteIds.has(row.site) && !declaredSites.has(row.site)) {
			issues.push({
				file: reader.display('classes/water.csv'),
				line,
				column: 2,
				field: 'site',
				value: row.site,
				expected: 'the id of a site in data/sites.csv'
			});
			continue;
		}
		const key = `${row.year}|${row.site}`;
		if (waterKeys.has(key)) {
			issues.push(
				duplicate(
					reader.display('classes/water.csv'),
					line,
					1,
					'year, site',
					key.replace('|', ', '),
					waterKeys.get(key)
				)
			);
			continue;
		}
		waterKeys.set(key, line);
		waterClasses.push({
			year: row.year,
			site: row.site,
			class: row.class,
			body: row.body,
			sourceId: row.source_id,
			note: row.note,
			quote: row.quote,
			origin: `${reader.display('classes/water.csv')}:${line}`
		});
	}

	const problems: Problem[] = problemRows.map(({ line, row }) => {
		cite('text/problems.csv', line, 6, row.source_id);
		return {
			id: row.id,
			domain: row.domain,
			year: row.year,
			text: { zh: row.text_zh, en: row.text_en },
			sourceId: row.source_id,
			quote: row.quote
		};
	});

	const priorities: Problem[] = priorityRows.map(({ line, row }) => {
		cite('text/priorities.csv', line, 6, row.source_id);
		return {
			id: row.id,
			domain: row.domain,
			year: row.year,
			text: { zh: row.text_zh, en: row.text_en },
			sourceId: row.source_id,
			quote: row.quote
		};
	});

	const glossary: GlossaryTerm[] = [];
	const glossaryLines = new Map<string, number>();
	for (const { line, row } of glossaryRows) {
		cite('text/glossary.csv', line, 6, row.source_id);
		if (glossaryLines.has(row.id)) {
			issues.push(duplicate(reader.display('text/glossary.csv'), line, 1, 'id', row.id, glossaryLines.get(row.id)));
			continue;
		}
		glossaryLines.set(row.id, line);
		glossary.push({
			id: row.id,
			term: { zh: row.term_zh, en: row.term_en },
			definition: { zh: row.definition_zh, en: row.definition_en },
			sourceId: row.source_id
		});
	}

	for (const { line, row } of stationRows) cite('stations.csv', line, 8, row.source_id);

	const seaAreas = seaAreaRows.map(({ row }) => ({
		id: row.id,
		name: { zh: row.name_zh, en: row.name_en },
		note: row.note
	}));
	const declaredSeaAreas = declared('sea-areas.csv', 'id');
	const seaStatusKeys = new Map<string, number>();
	const seaAreaStatuses = seaStatusRows.flatMap(({ line, row }) => {
		cite('classes/sea-areas.csv', line, 5, row.source_id);
		if (!declaredSeaAreas.has(row.area)) {
			issues.push({
				file: reader.display('classes/sea-areas.csv'),
				line,
				column: 2,
				field: 'area',
				value: row.area,
				expected: 'the id of a sea area in data/sea-areas.csv'
			});
			return [];
		}
		const oceanBureau = (OCEAN_BUREAU_STATUSES as readonly string[]).includes(row.status);
		if (oceanBureau !== (row.scheme === 'ocean_bureau')) {
			issues.push({
				file: reader.display('classes/sea-areas.csv'),
				line,
				column: 3,
				field: 'status',
				value: row.status,
				expected:
					row.scheme === 'ocean_bureau'
						? `one of ${OCEAN_BUREAU_STATUSES.join(', ')} under the ocean_bureau scheme`
						: 'a GB 3097 class (1, 2, 3, 4, 劣四类) under the gb3097 scheme'
			});
			return [];
		}
		const key = `${row.year}|${row.area}|${row.scheme}`;
		if (seaStatusKeys.has(key)) {
			issues.push(
				duplicate(
					reader.display('classes/sea-areas.csv'),
					line,
					1,
					'year, area, scheme',
					key.replaceAll('|', ', '),
					seaStatusKeys.get(key)
				)
			);
			return [];
		}
		seaStatusKeys.set(key, line);
		return [
			{
				year: row.year,
				area: row.area,
				status: row.status,
				scheme: row.scheme,
				sourceId: row.source_id,
				note: row.note,
				origin: `${reader.display('classes/sea-areas.csv')}:${line}`
			}
		];
	});
	for (const path of [
		'derived/air-daily-city.csv',
		'derived/air-daily-stations.csv',
		'derived/air-daily-aqistudy.csv',
		'geo/places-wgs84.csv'
	]) {
		const seenIds = new Set<string>();
		for (const { line, row } of partials.get(path) ?? []) {
			const id = row.source_id;
			if (typeof id === 'string' && !seenIds.has(id)) {
				seenIds.add(id);
				cite(path, line, Object.keys(row).indexOf('source_id') + 1, id);
			}
		}
	}
	const monitoring = assembleMonitoring(monitoringRows, map, reader.display, issues);
	const waterStatuses = assembleWaterStatuses(load('classes/water-status.csv', waterStatusColumns), {
		siteIds: new Set([...siteIds, ...declaredSites]),
		cite,
		display: reader.display,
		issues
	});

	if (issues.length > 0) throw new DataError(issues);

	const derived = derivePrevious(figures, metrics);
	return {
		dataset: {
			sources: [...sources.values()],
			metrics: [...metrics.values()],
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
			waterStatuses
		},
		warnings: checkDerivedAgainstPublished(derived, figures)
	};
}

function duplicate(
	file: string,
	line: number,
	column: number,
	field: string,
	value: string,
	firstLine?: number
): DataIssue {
	return {
		file,
		line,
		column,
		field,
		value,
		expected: firstLine ? `a unique value (also at line ${firstLine})` : 'a unique value'
	};
}
