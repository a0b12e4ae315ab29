import { describe, expect, test } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { dataWith, memoryReader } from '../pipeline/helpers';
import { MINIMAL_DATA } from '../../fixtures/data/minimal';
import { CATALOGUE, catalogueEntry, catalogueSummaries } from '../../../src/lib/catalogue/datasets';
import { licenceKinds, licenceOf } from '../../../src/lib/catalogue/licence';
import { formatBytes } from '../../../src/lib/catalogue/bytes';
import { toCsv } from '../../../src/lib/export/csv';
import type { Dataset } from '../../../src/lib/data/types';

const dataset = buildDataset(memoryReader(dataWith())).dataset as Dataset;

describe('the data catalogue', () => {
	test('ids are unique and every dataset has JSON; all but the map geometry have CSV', () => {
		const ids = CATALOGUE.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(CATALOGUE.filter((c) => !c.csv).map((c) => c.id)).toEqual(['map']);
		expect(catalogueEntry('nope')).toBeUndefined();
	});

	test.each(CATALOGUE.filter((c) => c.csv).map((c) => ({ id: c.id, entry: c })))(
		'$id: rows as wide as the header, CSV parses back, as many rows as the JSON',
		({ entry }) => {
			const { columns, rows } = entry.table(dataset);
			expect(columns.length).toBeGreaterThan(0);
			for (const row of rows) expect(row.length).toBe(columns.length);
			const parsed = csvParseRows(toCsv(columns, rows).slice(1).replace(/\r\n$/, ''));
			expect(parsed[0]).toEqual(columns);
			expect(parsed.length - 1).toBe(rows.length);
			const json = entry.json(dataset);
			expect(Array.isArray(json) ? json.length : -1).toBe(rows.length);
		}
	);

	test('published figures keep their published decimals, split by domain', () => {
		const air = catalogueEntry('figures-air')!.table(dataset);
		const figures = dataset.figures.filter((f) => dataset.metrics.find((m) => m.id === f.metric)?.domain === 'air');
		expect(air.rows.length).toBe(figures.length);
		const value = air.columns.indexOf('value');
		air.rows.forEach((row, i) => expect(row[value]).toBe(figures[i]!.value.toFixed(figures[i]!.decimals)));
		const all = ['air', 'water', 'coast', 'litter', 'noise'].reduce(
			(n, d) => n + catalogueEntry(`figures-${d}`)!.table(dataset).rows.length,
			0
		);
		expect(all).toBe(dataset.figures.length);
	});

	test('every CSV download has the columns of its table in data/, from the schema', () => {
		expect(catalogueEntry('figures-air')!.table(dataset).columns).toEqual([
			'year',
			'metric',
			'value',
			'unit',
			'scope',
			'source_id',
			'note',
			'quote',
			'origin'
		]);
		expect(catalogueEntry('sources')!.table(dataset).columns).toEqual(
			MINIMAL_DATA['sources.csv']!.split('\n')[0]!.split(',')
		);
		expect(catalogueEntry('air-daily-city')!.table(dataset).columns).toEqual(
			MINIMAL_DATA['derived/air-daily-city.csv']!.split('\n')[0]!.split(',')
		);
	});

	test('a note written as a formula reaches the download as text (issue 14)', () => {
		const injected = buildDataset(
			memoryReader(
				dataWith({
					'figures/air.csv': MINIMAL_DATA['figures/air.csv']!.replace(
						'2024,index,2.34,index,city,doc-a,,',
						'2024,index,2.34,index,city,doc-a,"=HYPERLINK(""http://x"",""y"")",@SUM(A1)'
					)
				})
			)
		).dataset;
		const { columns, rows } = catalogueEntry('figures-air')!.table(injected);
		const csv = toCsv(columns, rows);
		expect(csv).toContain('"\'=HYPERLINK(""http://x"",""y"")",\'@SUM(A1)');
		expect(csv).toContain(',-10.3,'); // a negative value stays a number
	});

	test('summaries: coverage, latest source date and licences', () => {
		const summaries = catalogueSummaries(dataset);
		expect(summaries.map((s) => s.id)).toEqual(CATALOGUE.map((c) => c.id));
		for (const s of summaries) {
			expect(s.licences.length).toBeGreaterThan(0);
			if (s.coverage) expect(s.coverage[0] <= s.coverage[1]).toBe(true);
			if (s.latestSource) expect(s.latestSource).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
			for (const id of s.sourceIds) expect(dataset.sources.some((x) => x.id === id)).toBe(true);
		}
		expect(summaries.find((s) => s.id === 'sources')!.latestSource).toBeNull();
	});
});

describe('the work figures and the document’s qualifiers as downloads', () => {
	test('work: the columns of data/work.csv, the category names and the origin; values as written, references empty', () => {
		const { columns, rows } = catalogueEntry('work')!.table(dataset);
		expect(columns).toEqual([
			...MINIMAL_DATA['work.csv']!.split('\n')[0]!.split(','),
			'category_zh',
			'category_en',
			'origin'
		]);
		const cell = (id: string, column: string) => rows.find((r) => r[1] === id)![columns.indexOf(column)];
		expect(cell('funds', 'value')).toBe('16053');
		expect(cell('funds', 'unit')).toBe('cny_10k');
		expect(cell('media', 'qualifier')).toBe('min');
		expect(cell('complaints-change', 'value')).toBe('-13.1');
		expect(cell('rate-reference', 'value')).toBeNull();
		expect(cell('rate-reference', 'figure_metric')).toBe('rate_pct');
		expect(cell('boilers', 'pairs_with')).toBe('metric:rate_pct|problem:p1');
		expect(cell('boilers', 'category_en')).toBe('Air');
		expect(cell('boilers', 'origin')).toBe('data/work.csv:2');
	});

	test('work and qualifiers cite their sources and cover their years', () => {
		const summaries = catalogueSummaries(dataset);
		expect(summaries.find((s) => s.id === 'work')).toMatchObject({
			group: 'figures',
			sourceIds: ['doc-a'],
			coverage: ['2024', '2024'],
			rows: 5
		});
		expect(summaries.find((s) => s.id === 'qualifiers')).toMatchObject({
			group: 'registry',
			sourceIds: ['doc-a'],
			rows: 4
		});
	});
});

describe('licences', () => {
	test.each([
		{ id: 'eeb-2024-summary', expected: 'compiled' },
		{ id: 'cnemc-hourly-ecoaudit', expected: 'cnemc' },
		{ id: 'aqistudy-daily-shuyaohong', expected: 'aqistudy' },
		{ id: 'geo-gshhg-2.3.7', expected: 'gshhg' },
		{ id: 'geo-datav-districts', expected: 'datav' },
		{ id: 'place-gulangyu-wikipedia', expected: 'places' }
	])('$id → $expected', ({ id, expected }) => {
		expect(licenceOf({ id, kind: 'dataset' })).toBe(expected);
	});
	test('distinct kinds in a fixed order', () => {
		expect(
			licenceKinds([
				{ id: 'geo-datav-districts', kind: 'dataset' },
				{ id: 'a', kind: 'news_report' },
				{ id: 'geo-gshhg-2.3.7', kind: 'dataset' },
				{ id: 'b', kind: 'official_document' }
			])
		).toEqual(['compiled', 'gshhg', 'datav']);
		expect(licenceKinds([])).toEqual([]);
	});
});

describe('formatBytes', () => {
	test.each([
		{ bytes: 980, locale: 'en', expected: '980 B' },
		{ bytes: 12 * 1024, locale: 'en', expected: '12 KB' },
		{ bytes: 1.34 * 1024 * 1024, locale: 'zh', expected: '1.3 MB' },
		{ bytes: 0, locale: 'zh', expected: '0 B' }
	] as const)('$bytes', ({ bytes, locale, expected }) => {
		expect(formatBytes(bytes, locale)).toBe(expected);
	});
});

describe('the surface-water network’s tables as downloads (issue 16), from the site’s data', async () => {
	const { dataset: site } = await import('../../../src/lib/server/dataset');
	const entry = (id: string) => catalogueEntry(id)!;

	test('every kept 隘头潭 reading, 2021-06-17 to 2023-12-23, with both classes and what limits them', () => {
		const { columns, rows } = entry('water-network-readings').table(site);
		expect(columns).toEqual(['time', 'network_class', 'class', 'limiting', 'pH', 'DO', 'CODMn', 'NH3N', 'TP']);
		expect(rows.length).toBe(site.waterNetwork.xiamenReadings.length);
		expect(rows.length).toBeGreaterThan(2000);
		expect(entry('water-network-readings').coverage(site)).toEqual(['2021-06-17', '2023-12-23']);
		expect(entry('water-network-readings').sourceIds(site).length).toBeGreaterThan(0);
	});

	test('months and stations: every Fujian station', () => {
		const stations = entry('water-network-stations').table(site);
		expect(stations.rows.length).toBe(site.waterNetwork.stations.length);
		expect(stations.columns[0]).toBe('station');
		const months = entry('water-network-months').table(site);
		expect(months.rows.length).toBe(site.waterNetwork.months.length);
		expect(entry('water-network-months').coverage(site)).toEqual(['2021-06', '2023-12']);
	});
});
