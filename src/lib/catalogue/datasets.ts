/**
 * The data catalogue (/data/): every table the site is built from, as CSV and JSON downloads
 * generated from the same dataset the pages use (one data path). Pure: each entry turns the Dataset
 * into rows (for CSV; values exactly as stored, published figures with their published decimals)
 * and a JSON value, and says which sources it cites, what it covers and how recent its sources are.
 * Titles, descriptions and licence notes are messages (`catalogue_<id>_title`, …).
 */
import type { Dataset, Figure } from '../data/types';
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

const DOMAINS = ['air', 'water', 'coast', 'litter', 'noise'] as const;

/** A figure's value as the source printed it (2.30 stays 2.30). */
const published = (f: { value: number; decimals: number }) => f.value.toFixed(f.decimals);

const span = (values: (string | number)[]): [string, string] | null => {
	if (values.length === 0) return null;
	const sorted = values.map(String).sort();
	return [sorted[0]!, sorted[sorted.length - 1]!];
};

const unique = (ids: string[]) => [...new Set(ids)];

const DAILY_KEYS = ['SO2', 'NO2', 'PM10', 'PM2_5', 'CO', 'O3_1h_max', 'O3_8h_max'] as const;
const HOUR_KEYS = ['SO2', 'NO2', 'PM10', 'PM2_5', 'CO', 'O3', 'O3_8h_windows'] as const;

function figuresOf(dataset: Dataset, domain: (typeof DOMAINS)[number]): Figure[] {
	const ids = new Set(dataset.metrics.filter((m) => m.domain === domain).map((m) => m.id));
	return dataset.figures.filter((f) => ids.has(f.metric));
}

const figureDatasets: CatalogueDataset[] = DOMAINS.map((domain) => ({
	id: `figures-${domain}`,
	group: 'figures',
	csv: true,
	table: (d) => ({
		columns: ['year', 'metric', 'value', 'unit', 'scope', 'source_id', 'note', 'quote', 'origin'],
		rows: figuresOf(d, domain).map((f) => [
			f.year,
			f.metric,
			published(f),
			f.unit,
			f.scope,
			f.sourceId,
			f.note,
			f.quote,
			f.origin
		])
	}),
	json: (d) => figuresOf(d, domain),
	sourceIds: (d) => unique(figuresOf(d, domain).map((f) => f.sourceId)),
	coverage: (d) => span(figuresOf(d, domain).map((f) => f.year))
}));

const dailyColumns = [
	'date',
	'aqi',
	'level',
	'primary',
	'edition',
	...DAILY_KEYS,
	...HOUR_KEYS.map((k) => `hours_${k}`),
	'source_id'
];

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
		id: 'sources',
		group: 'registry',
		csv: true,
		table: (d) => ({
			columns: ['id', 'title', 'publisher', 'date', 'url', 'kind', 'reliability', 'note_zh', 'note_en'],
			rows: d.sources.map((s) => [
				s.id,
				s.title,
				s.publisher,
				s.date,
				s.url,
				s.kind,
				s.reliability,
				s.note.zh,
				s.note.en
			])
		}),
		json: (d) => d.sources,
		sourceIds: (d) => d.sources.map((s) => s.id),
		coverage: () => null
	},
	{
		id: 'metrics',
		group: 'registry',
		csv: true,
		table: (d) => ({
			columns: [
				'id',
				'domain',
				'unit',
				'better',
				'change_of',
				'label_zh',
				'label_en',
				'description_zh',
				'description_en'
			],
			rows: d.metrics.map((m) => [
				m.id,
				m.domain,
				m.unit,
				m.better,
				m.changeOf,
				m.label.zh,
				m.label.en,
				m.description.zh,
				m.description.en
			])
		}),
		json: (d) => d.metrics,
		sourceIds: () => [],
		coverage: () => null
	},
	{
		id: 'air-daily-city',
		group: 'monitoring',
		csv: true,
		table: (d) => ({
			columns: dailyColumns,
			rows: d.monitoring.dailyCity.map((r) => [
				r.date,
				r.aqi,
				r.level,
				r.primary.join(' '),
				r.edition,
				...DAILY_KEYS.map((k) => r.values[k]),
				...HOUR_KEYS.map((k) => r.hours[k]),
				r.sourceId
			])
		}),
		json: (d) => d.monitoring.dailyCity,
		sourceIds: (d) => unique(d.monitoring.dailyCity.map((r) => r.sourceId)),
		coverage: (d) => span(d.monitoring.dailyCity.map((r) => r.date))
	},
	{
		id: 'air-daily-stations',
		group: 'monitoring',
		csv: true,
		table: (d) => ({
			columns: ['station', ...dailyColumns],
			rows: d.monitoring.dailyStations.map((r) => [
				r.station,
				r.date,
				r.aqi,
				r.level,
				r.primary.join(' '),
				r.edition,
				...DAILY_KEYS.map((k) => r.values[k]),
				...HOUR_KEYS.map((k) => r.hours[k]),
				r.sourceId
			])
		}),
		json: (d) => d.monitoring.dailyStations,
		sourceIds: (d) => unique(d.monitoring.dailyStations.map((r) => r.sourceId)),
		coverage: (d) => span(d.monitoring.dailyStations.map((r) => r.date))
	},
	{
		id: 'air-annual-computed',
		group: 'monitoring',
		csv: true,
		table: (d) => ({
			columns: [
				'year',
				'SO2',
				'NO2',
				'PM10',
				'PM2_5',
				'CO_p95',
				'O3_8h_p90',
				'valid_days',
				'composite_index',
				'source_ids'
			],
			rows: d.monitoring.annualComputed.map((r) => [
				r.year,
				r.SO2,
				r.NO2,
				r.PM10,
				r.PM2_5,
				r.CO_p95,
				r.O3_8h_p90,
				r.validDays,
				r.compositeIndex,
				r.sourceIds.join(' ')
			])
		}),
		json: (d) => d.monitoring.annualComputed,
		sourceIds: (d) => unique(d.monitoring.annualComputed.flatMap((r) => r.sourceIds)),
		coverage: (d) => span(d.monitoring.annualComputed.map((r) => r.year))
	},
	{
		id: 'air-daily-aqistudy',
		group: 'monitoring',
		csv: true,
		table: (d) => ({
			columns: ['date', 'aqi', 'level_zh', 'PM2_5', 'PM10', 'SO2', 'CO', 'NO2', 'O3_unspecified', 'source_id'],
			rows: d.monitoring.dailyThirdParty.map((r) => [
				r.date,
				r.aqi,
				r.levelZh,
				r.values.PM2_5,
				r.values.PM10,
				r.values.SO2,
				r.values.CO,
				r.values.NO2,
				r.values.O3_unspecified,
				r.sourceId
			])
		}),
		json: (d) => d.monitoring.dailyThirdParty,
		sourceIds: (d) => unique(d.monitoring.dailyThirdParty.map((r) => r.sourceId)),
		coverage: (d) => span(d.monitoring.dailyThirdParty.map((r) => r.date))
	},
	{
		id: 'water-classes',
		group: 'water',
		csv: true,
		table: (d) => ({
			columns: ['year', 'site', 'site_zh', 'site_en', 'class', 'body', 'source_id', 'note', 'quote', 'origin'],
			rows: d.waterClasses.map((w) => {
				const site = d.sites.find((s) => s.id === w.site);
				return [
					w.year,
					w.site,
					site?.name.zh ?? '',
					site?.name.en ?? '',
					w.class,
					w.body,
					w.sourceId,
					w.note,
					w.quote,
					w.origin
				];
			})
		}),
		json: (d) => d.waterClasses,
		sourceIds: (d) => unique(d.waterClasses.map((w) => w.sourceId)),
		coverage: (d) => span(d.waterClasses.map((w) => w.year))
	},
	{
		id: 'water-sites',
		group: 'water',
		csv: true,
		table: (d) => ({
			columns: ['id', 'name_zh', 'name_en', 'kind', 'district', 'source_id', 'note'],
			rows: d.sites.map((s) => [s.id, s.name.zh, s.name.en, s.kind, s.district, s.sourceId, s.note])
		}),
		json: (d) => d.sites,
		sourceIds: (d) => unique(d.sites.map((s) => s.sourceId)),
		coverage: () => null
	},
	{
		id: 'sea-areas',
		group: 'coast',
		csv: true,
		table: (d) => ({
			columns: ['id', 'name_zh', 'name_en', 'note'],
			rows: d.seaAreas.map((a) => [a.id, a.name.zh, a.name.en, a.note])
		}),
		json: (d) => d.seaAreas,
		sourceIds: () => [],
		coverage: () => null
	},
	{
		id: 'sea-area-statuses',
		group: 'coast',
		csv: true,
		table: (d) => ({
			columns: ['year', 'area', 'status', 'scheme', 'source_id', 'note', 'origin'],
			rows: d.seaAreaStatuses.map((s) => [s.year, s.area, s.status, s.scheme, s.sourceId, s.note, s.origin])
		}),
		json: (d) => d.seaAreaStatuses,
		sourceIds: (d) => unique(d.seaAreaStatuses.map((s) => s.sourceId)),
		coverage: (d) => span(d.seaAreaStatuses.map((s) => s.year))
	},
	{
		id: 'problems',
		group: 'registry',
		csv: true,
		table: (d) => ({
			columns: ['id', 'domain', 'year', 'text_zh', 'text_en', 'source_id', 'quote'],
			rows: d.problems.map((p) => [p.id, p.domain, p.year, p.text.zh, p.text.en, p.sourceId, p.quote])
		}),
		json: (d) => d.problems,
		sourceIds: (d) => unique(d.problems.map((p) => p.sourceId)),
		coverage: (d) => span(d.problems.map((p) => p.year))
	},
	{
		id: 'stations',
		group: 'places',
		csv: true,
		table: (d) => ({
			columns: [
				'code',
				'name_zh',
				'name_en',
				'district',
				'lat',
				'lon',
				'source_lat',
				'source_lon',
				'source_datum',
				'conversion',
				'shift_m',
				'reference_site',
				'source_id'
			],
			rows: d.monitoring.stations.map((s) => [
				s.code,
				s.name.zh,
				s.name.en,
				s.district,
				s.lat,
				s.lon,
				s.source.lat,
				s.source.lon,
				s.source.datum,
				s.conversion,
				s.shiftM,
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
		table: (d) => ({
			columns: ['name_zh', 'name_en', 'kind', 'lat', 'lon', 'approximate', 'precision_note', 'source_id'],
			rows: d.monitoring.places.map((p) => [
				p.name.zh,
				p.name.en,
				p.kind,
				p.lat,
				p.lon,
				p.approximate,
				p.precisionNote,
				p.sourceId
			])
		}),
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
		const sources = sourceIds
			.map((id) => dataset.sources.find((s) => s.id === id))
			.filter((s): s is NonNullable<typeof s> => s !== undefined);
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
