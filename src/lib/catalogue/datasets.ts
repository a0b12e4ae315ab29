/**
 * The data catalogue (/data/): every table the site is built from, as CSV and JSON downloads
 * generated from the same dataset the pages use (one data path). Pure: each entry turns the Dataset
 * into rows (for CSV: the table's columns as in data/, from its schema, with its values exactly as
 * stored, published figures with their published decimals) and a JSON value, and says which sources it
 * cites, what it covers and how recent its sources are.
 * Titles, descriptions and licence notes are messages (`catalogue_<id>_title`, …).
 */
import {
	annualTable,
	aqistudyTable,
	cellsInOrder,
	dailyCityTable,
	dailyStationTable,
	DOMAINS,
	figureTable,
	metricTable,
	placeWgs84Table,
	problemTable,
	qualifierTable,
	scopeTable,
	seaAreaStatusTable,
	seaAreaTable,
	siteTable,
	sourceTable,
	stationWgs84Table,
	suspectHourTable,
	waterClassTable,
	waterMonthTable,
	waterReadingPointTable,
	waterStationTable,
	workTable,
	type Columns,
	type Domain,
	type StationPoint,
	type TableSchema
} from '../data/schema';
import { resolveSources } from '../data/sources';
import type { AnnualComputed, Dataset, Figure, Station } from '../data/types';
import { dateEnd, latestDate } from '../export/text';
import { licenceKinds, type LicenceKind } from './licence';
import type { CsvValue } from '../export/csv';

export type CatalogueGroup = 'figures' | 'registry' | 'monitoring' | 'water' | 'coast' | 'places' | 'map';

export interface CatalogueTable {
	columns: string[];
	rows: CsvValue[][];
}

export interface CatalogueDataset {
	id: string;
	group: CatalogueGroup;
	/** CSV where the data is a table; the map geometry is TopoJSON only. */
	csv: boolean;
	table(dataset: Dataset): CatalogueTable;
	json(dataset: Dataset): unknown;
	/** Source ids the rows cite. */
	sourceIds(dataset: Dataset): string[];
	/** First and last year or date the rows cover, or null (registries). */
	coverage(dataset: Dataset): [string, string] | null;
}

/** A figure's value as the source printed it (2.30 stays 2.30). */
const published = (f: { value: number; decimals: number }) => f.value.toFixed(f.decimals);

const span = (values: (string | number)[]): [string, string] | null => {
	if (values.length === 0) return null;
	const sorted = values.map(String).sort();
	return [sorted[0]!, sorted[sorted.length - 1]!];
};

const unique = (ids: string[]) => [...new Set(ids)];

/**
 * A download made from a table's schema: its columns in the order of data/, each record's cells as
 * written there, then the columns the pipeline adds (`extra`: where a row came from, names it refers to).
 */
function fromSchema<C extends Columns, R>(
	schema: TableSchema<C, R>,
	records: readonly R[],
	extra: { columns: string[]; cells: (record: R) => CsvValue[] } = { columns: [], cells: () => [] }
): CatalogueTable {
	return {
		columns: [...schema.columnNames, ...extra.columns],
		rows: records.map((r) => [...cellsInOrder(schema, r), ...extra.cells(r)])
	};
}

function figuresOf(dataset: Dataset, domain: Domain): Figure[] {
	const ids = new Set(dataset.metrics.filter((m) => m.domain === domain).map((m) => m.id));
	return dataset.figures.filter((f) => ids.has(f.metric));
}

const origin = { columns: ['origin'], cells: (r: { origin: string }) => [r.origin] };

const figureDatasets: CatalogueDataset[] = DOMAINS.map((domain) => ({
	id: `figures-${domain}`,
	group: 'figures',
	csv: true,
	table: (d) => fromSchema(figureTable, figuresOf(d, domain), origin),
	json: (d) => figuresOf(d, domain),
	sourceIds: (d) => unique(figuresOf(d, domain).map((f) => f.sourceId)),
	coverage: (d) => span(figuresOf(d, domain).map((f) => f.year))
}));

/** A station as the row of data/geo/stations-wgs84.csv it was placed from. */
const stationPoint = (s: Station): StationPoint => ({
	code: s.code,
	nameZh: s.name.zh,
	district: s.district,
	lat: s.lat,
	lon: s.lon,
	source: s.source,
	conversion: s.conversion,
	shiftM: s.shiftM,
	note: s.datumNote
});

export const CATALOGUE: readonly CatalogueDataset[] = [
	...figureDatasets,
	{
		id: 'figures-derived',
		group: 'figures',
		csv: true,
		table: (d) => ({
			columns: ['year', 'metric', 'value', 'unit', 'scope', 'method', 'from', 'source_ids'],
			rows: d.derived.map((f) => [
				f.year,
				f.metric,
				published(f),
				f.unit,
				f.scope,
				f.method,
				f.from.join(' '),
				f.sourceIds.join(' ')
			])
		}),
		json: (d) => d.derived,
		sourceIds: (d) => unique(d.derived.flatMap((f) => f.sourceIds)),
		coverage: (d) => span(d.derived.map((f) => f.year))
	},
	{
		id: 'work',
		group: 'figures',
		csv: true,
		// The columns of data/work.csv, then the category's names (data/work-categories.csv) and the row's origin.
		table: (d) =>
			fromSchema(workTable, d.work, {
				columns: ['category_zh', 'category_en', 'origin'],
				cells: (w) => {
					const category = d.workCategories.find((c) => c.id === w.category);
					return [category?.label.zh ?? '', category?.label.en ?? '', w.origin];
				}
			}),
		json: (d) => d.work,
		sourceIds: (d) => unique(d.work.map((w) => w.sourceId)),
		coverage: (d) => span(d.work.map((w) => w.year))
	},
	{
		id: 'sources',
		group: 'registry',
		csv: true,
		table: (d) => fromSchema(sourceTable, d.sources),
		json: (d) => d.sources,
		sourceIds: (d) => d.sources.map((s) => s.id),
		coverage: () => null
	},
	{
		id: 'metrics',
		group: 'registry',
		csv: true,
		table: (d) => fromSchema(metricTable, d.metrics),
		json: (d) => d.metrics,
		sourceIds: () => [],
		coverage: () => null
	},
	{
		id: 'scopes',
		group: 'registry',
		csv: true,
		table: (d) => fromSchema(scopeTable, d.scopes),
		json: (d) => d.scopes,
		sourceIds: () => [],
		coverage: () => null
	},
	{
		id: 'air-daily-city',
		group: 'monitoring',
		csv: true,
		table: (d) => fromSchema(dailyCityTable, d.monitoring.dailyCity),
		json: (d) => d.monitoring.dailyCity,
		sourceIds: (d) => unique(d.monitoring.dailyCity.map((r) => r.sourceId)),
		coverage: (d) => span(d.monitoring.dailyCity.map((r) => r.date))
	},
	{
		id: 'air-daily-stations',
		group: 'monitoring',
		csv: true,
		table: (d) => fromSchema(dailyStationTable, d.monitoring.dailyStations),
		json: (d) => d.monitoring.dailyStations,
		sourceIds: (d) => unique(d.monitoring.dailyStations.map((r) => r.sourceId)),
		coverage: (d) => span(d.monitoring.dailyStations.map((r) => r.date))
	},
	{
		id: 'air-annual-computed',
		group: 'monitoring',
		csv: true,
		table: (d) =>
			fromSchema(annualTable, d.monitoring.annualComputed, {
				columns: ['source_ids'],
				cells: (r) => [(r as AnnualComputed).sourceIds.join(' ')]
			}),
		json: (d) => d.monitoring.annualComputed,
		sourceIds: (d) => unique(d.monitoring.annualComputed.flatMap((r) => r.sourceIds)),
		coverage: (d) => span(d.monitoring.annualComputed.map((r) => r.year))
	},
	{
		id: 'air-hourly-suspect',
		group: 'monitoring',
		csv: true,
		table: (d) => fromSchema(suspectHourTable, d.monitoring.suspectHours),
		json: (d) => d.monitoring.suspectHours,
		sourceIds: (d) => unique(d.monitoring.suspectHours.map((r) => r.sourceId)),
		coverage: (d) => span(d.monitoring.suspectHours.map((r) => r.date))
	},
	{
		id: 'air-daily-aqistudy',
		group: 'monitoring',
		csv: true,
		table: (d) => fromSchema(aqistudyTable, d.monitoring.dailyThirdParty),
		json: (d) => d.monitoring.dailyThirdParty,
		sourceIds: (d) => unique(d.monitoring.dailyThirdParty.map((r) => r.sourceId)),
		coverage: (d) => span(d.monitoring.dailyThirdParty.map((r) => r.date))
	},
	{
		id: 'water-classes',
		group: 'water',
		csv: true,
		table: (d) =>
			fromSchema(waterClassTable, d.waterClasses, {
				columns: ['site_zh', 'site_en', 'origin'],
				cells: (w) => {
					const site = d.sites.find((s) => s.id === w.site);
					return [site?.name.zh ?? '', site?.name.en ?? '', w.origin];
				}
			}),
		json: (d) => d.waterClasses,
		sourceIds: (d) => unique(d.waterClasses.map((w) => w.sourceId)),
		coverage: (d) => span(d.waterClasses.map((w) => w.year))
	},
	// The national surface-water automatic network (issue 16): computed from its instantaneous 4-hourly
	// readings, never a section's official assessment; every row cites the network's published files.
	{
		id: 'water-network-readings',
		group: 'water',
		csv: true,
		table: (d) => fromSchema(waterReadingPointTable, d.waterNetwork.xiamenReadings),
		json: (d) => d.waterNetwork.xiamenReadings,
		sourceIds: (d) => d.waterNetwork.sourceIds,
		coverage: (d) => span(d.waterNetwork.xiamenReadings.map((r) => r.time.slice(0, 10)))
	},
	{
		id: 'water-network-months',
		group: 'water',
		csv: true,
		table: (d) => fromSchema(waterMonthTable, d.waterNetwork.months),
		json: (d) => d.waterNetwork.months,
		sourceIds: (d) => d.waterNetwork.sourceIds,
		coverage: (d) => span(d.waterNetwork.months.map((r) => r.month))
	},
	{
		id: 'water-network-stations',
		group: 'water',
		csv: true,
		table: (d) => fromSchema(waterStationTable, d.waterNetwork.stations),
		json: (d) => d.waterNetwork.stations,
		sourceIds: (d) => d.waterNetwork.sourceIds,
		coverage: () => null
	},
	{
		id: 'water-sites',
		group: 'water',
		csv: true,
		table: (d) => fromSchema(siteTable, d.sites),
		json: (d) => d.sites,
		sourceIds: (d) => unique(d.sites.map((s) => s.sourceId)),
		coverage: () => null
	},
	{
		id: 'sea-areas',
		group: 'coast',
		csv: true,
		table: (d) => fromSchema(seaAreaTable, d.seaAreas),
		json: (d) => d.seaAreas,
		sourceIds: () => [],
		coverage: () => null
	},
	{
		id: 'sea-area-statuses',
		group: 'coast',
		csv: true,
		table: (d) => fromSchema(seaAreaStatusTable, d.seaAreaStatuses, origin),
		json: (d) => d.seaAreaStatuses,
		sourceIds: (d) => unique(d.seaAreaStatuses.map((s) => s.sourceId)),
		coverage: (d) => span(d.seaAreaStatuses.map((s) => s.year))
	},
	{
		id: 'problems',
		group: 'registry',
		csv: true,
		table: (d) => fromSchema(problemTable, d.problems),
		json: (d) => d.problems,
		sourceIds: (d) => unique(d.problems.map((p) => p.sourceId)),
		coverage: (d) => span(d.problems.map((p) => p.year))
	},
	{
		id: 'qualifiers',
		group: 'registry',
		csv: true,
		table: (d) => fromSchema(qualifierTable, d.qualifiers, origin),
		json: (d) => d.qualifiers,
		sourceIds: (d) => unique(d.qualifiers.map((q) => q.sourceId)),
		coverage: (d) => span(d.qualifiers.map((q) => q.year))
	},
	{
		id: 'stations',
		group: 'places',
		csv: true,
		table: (d) => ({
			// The WGS-84 table the map uses, with the registry's English name, reference flag and source.
			columns: [...stationWgs84Table.columnNames, 'name_en', 'reference_site', 'source_id'],
			rows: d.monitoring.stations.map((s) => [
				...cellsInOrder(stationWgs84Table, stationPoint(s)),
				s.name.en,
				s.referenceSite,
				s.sourceId
			])
		}),
		json: (d) => d.monitoring.stations,
		sourceIds: (d) => unique(d.monitoring.stations.map((s) => s.sourceId)),
		coverage: () => null
	},
	{
		id: 'places',
		group: 'places',
		csv: true,
		table: (d) => fromSchema(placeWgs84Table, d.monitoring.places),
		json: (d) => d.monitoring.places,
		sourceIds: (d) => unique(d.monitoring.places.map((p) => p.sourceId)),
		coverage: () => null
	},
	{
		id: 'map',
		group: 'map',
		csv: false,
		table: () => ({ columns: [], rows: [] }),
		json: (d) => d.monitoring.map,
		sourceIds: (d) => {
			const attribution = d.monitoring.map.attribution as { sources?: { id: string }[] };
			return (attribution.sources ?? []).map((s) => s.id);
		},
		coverage: () => null
	}
];

/** A catalogue entry by id, or undefined. */
export function catalogueEntry(id: string): CatalogueDataset | undefined {
	return CATALOGUE.find((c) => c.id === id);
}

/** What the catalogue page lists for one dataset (serialisable). */
export interface CatalogueSummary {
	id: string;
	group: CatalogueGroup;
	csv: boolean;
	rows: number;
	columns: string[];
	coverage: [string, string] | null;
	sourceIds: string[];
	/** The latest date among the cited sources (publication dates), or null if none is dated. */
	latestSource: string | null;
	licences: LicenceKind[];
}

/** The catalogue page's summary of every dataset. */
export function catalogueSummaries(dataset: Dataset): CatalogueSummary[] {
	return CATALOGUE.map((entry) => {
		const table = entry.table(dataset);
		const sourceIds = entry.sourceIds(dataset);
		const sources = resolveSources(dataset.sources, sourceIds);
		const json = entry.json(dataset);
		const licences = entry.group === 'registry' ? [] : licenceKinds(sources);
		return {
			id: entry.id,
			group: entry.group,
			csv: entry.csv,
			rows: entry.csv ? table.rows.length : Array.isArray(json) ? json.length : 1,
			columns: table.columns,
			coverage: entry.coverage(dataset),
			sourceIds,
			latestSource: entry.group === 'registry' ? null : latestDate(sources.map((s) => dateEnd(s.date))),
			licences: licences.length > 0 ? licences : ['compiled']
		};
	});
}
