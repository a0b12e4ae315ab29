import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { DataError, formatIssue } from '../../../src/lib/pipeline/errors';
import { dataWith, memoryReader } from './helpers';
import { MINIMAL_DATA } from '../../fixtures/data/minimal';

/** The formatted issues a data directory produces (empty when it is valid). */
function problems(changes: Parameters<typeof dataWith>[0]): string[] {
	try {
		buildDataset(memoryReader(dataWith(changes)));
		return [];
	} catch (error) {
		if (error instanceof DataError) return error.issues.map(formatIssue);
		throw error;
	}
}

const figures = (...rows: string[]) => ['year,metric,value,unit,scope,source_id,note,quote', ...rows].join('\n');

describe('buildDataset: valid tables', () => {
	test('the minimal data directory builds, with typed figures, derived values and resolved sources', () => {
		const { dataset, warnings } = buildDataset(memoryReader(dataWith()));
		expect(warnings).toEqual([]);
		expect(dataset.sources.map((s) => s.id)).toEqual(['doc-a', 'news-b']);
		expect(dataset.figures).toContainEqual(
			expect.objectContaining({
				year: 2024,
				metric: 'rate_pct',
				value: 70.8,
				decimals: 1,
				unit: 'percent',
				origin: 'data/figures/air.csv:2'
			})
		);
		expect(dataset.derived).toEqual([
			expect.objectContaining({ year: 2023, metric: 'index', value: 2.61, method: 'divide_by_change_pct' }),
			expect.objectContaining({ year: 2023, metric: 'rate_pct', value: 60.3, method: 'minus_change_pt' })
		]);
		expect(dataset.waterClasses[0]).toMatchObject({ site: 'res-a', class: 'II' });
		expect(dataset.waterStatuses).toEqual([
			expect.objectContaining({ year: 2018, site: 'res-a', scheme: 'trophic_state', status: 'mesotrophic' })
		]);
	});

	test('a derived value that disagrees with the published one is a warning, not an error', () => {
		const { warnings } = buildDataset(
			memoryReader(
				dataWith({ 'figures/air.csv': MINIMAL_DATA['figures/air.csv']!.replace('2023,index,2.61', '2023,index,2.70') })
			)
		);
		expect(warnings).toEqual([
			expect.stringContaining('index 2023: published 2.7 (data/figures/air.csv:6) but derived 2.61')
		]);
	});
});

describe('buildDataset: each kind of bad input names file, line, column, value and what was expected', () => {
	test.each([
		{
			name: 'unknown source id',
			changes: { 'figures/air.csv': figures('2024,rate_pct,70.8,percent,city,doc-x,,') },
			expected: ['data/figures/air.csv:2:6 source_id: got "doc-x", expected the id of a source in data/sources.csv']
		},
		{
			name: 'missing source id',
			changes: { 'figures/air.csv': figures('2024,rate_pct,70.8,percent,city,,,') },
			expected: ['data/figures/air.csv:2:6 source_id: got "", expected an identifier']
		},
		{
			name: 'bad number',
			changes: { 'figures/air.csv': figures('2024,rate_pct,七十,percent,city,doc-a,,') },
			expected: ['data/figures/air.csv:2:3 value: got "七十", expected a number like 12 or -3.45']
		},
		{
			name: 'missing column',
			changes: { 'figures/air.csv': 'year,metric,value,scope,source_id,note,quote\n2024,rate_pct,70.8,city,doc-a,,' },
			expected: [
				'data/figures/air.csv:1 (header): got "year,metric,value,scope,source_id,note,quote", expected a column named "unit"'
			]
		},
		{
			name: 'unit that is not the metric’s unit (percent vs percentage points)',
			changes: { 'figures/air.csv': figures('2024,rate_change_pt,10.5,percent,city,doc-a,,') },
			expected: [
				'data/figures/air.csv:2:4 unit: got "percent", expected percentage_point, the unit of metric rate_change_pt'
			]
		},
		{
			name: 'unknown unit',
			changes: { 'figures/air.csv': figures('2024,rate_pct,70.8,pct,city,doc-a,,') },
			expected: ['data/figures/air.csv:2:4 unit: got "pct", expected one of: index']
		},
		{
			name: 'unknown metric',
			changes: { 'figures/air.csv': figures('2024,rate,70.8,percent,city,doc-a,,') },
			expected: ['data/figures/air.csv:2:2 metric: got "rate", expected the id of a metric in data/metrics.csv']
		},
		{
			name: 'duplicate figure',
			changes: {
				'figures/air.csv': figures(
					'2024,rate_pct,70.8,percent,city,doc-a,,',
					'2024,rate_pct,70.9,percent,city,news-b,,'
				)
			},
			expected: [
				'data/figures/air.csv:3:1 year, metric, scope: got "2024, rate_pct, city", expected one row per year, metric and scope (also at line 2 of data/figures/air.csv)'
			]
		},
		{
			name: 'duplicate source id',
			changes: {
				'sources.csv': MINIMAL_DATA['sources.csv'] + '\ndoc-a,again,a,A,x,2024,,dataset,low,说明,Note'
			},
			expected: ['data/sources.csv:4:1 id: got "doc-a", expected a unique value (also at line 2)']
		},
		{
			name: 'unknown source kind',
			changes: { 'sources.csv': MINIMAL_DATA['sources.csv']!.replace('official_document', 'blog') },
			expected: [
				'data/sources.csv:2:8 kind: got "blog", expected one of: official_document, official_bulletin, news_report, news_mirror, dataset'
			]
		},
		{
			name: 'water class for an unknown site',
			changes: { 'classes/water.csv': 'year,site,class,body,source_id,note,quote\n2024,res-z,II,lake,doc-a,,' },
			expected: ['data/classes/water.csv:2:2 site: got "res-z", expected the id of a site in data/sites.csv']
		},
		{
			name: 'water class that is not a GB 3838 class',
			changes: { 'classes/water.csv': 'year,site,class,body,source_id,note,quote\n2024,res-a,2,lake,doc-a,,' },
			expected: ['data/classes/water.csv:2:3 class: got "2", expected one of: I, II, III, IV, V, 劣V']
		},
		{
			name: 'a GB 3097 class under the ocean-bureau scheme (different schemes never mix)',
			changes: {
				'classes/sea-areas.csv': 'year,area,status,scheme,source_id,note\n2014,west,2,ocean_bureau,news-b,'
			},
			expected: ['data/classes/sea-areas.csv:2:3 status: got "2", expected one of clean, relatively_clean']
		},
		{
			name: 'status of an unknown sea area',
			changes: {
				'classes/sea-areas.csv': 'year,area,status,scheme,source_id,note\n2014,east,clean,ocean_bureau,news-b,'
			},
			expected: ['data/classes/sea-areas.csv:2:2 area: got "east", expected the id of a sea area in data/sea-areas.csv']
		},
		{
			name: 'a quality word under the trophic-state scheme (the two schemes never mix)',
			changes: {
				'classes/water-status.csv':
					'year,site,scheme,status,source_id,note,quote\n2018,res-a,trophic_state,good,news-b,,'
			},
			expected: [
				'data/classes/water-status.csv:2:4 status: got "good", expected one of oligotrophic, mesotrophic, slightly_eutrophic'
			]
		},
		{
			name: 'a trophic state for an unknown site',
			changes: {
				'classes/water-status.csv':
					'year,site,scheme,status,source_id,note,quote\n2018,res-z,trophic_state,mesotrophic,news-b,,'
			},
			expected: ['data/classes/water-status.csv:2:2 site: got "res-z", expected the id of a site in data/sites.csv']
		},
		{
			name: 'two statuses of one site in one year under one scheme',
			changes: {
				'classes/water-status.csv': [
					'year,site,scheme,status,source_id,note,quote',
					'2018,res-a,trophic_state,mesotrophic,news-b,,',
					'2018,res-a,trophic_state,oligotrophic,news-b,,'
				].join('\n')
			},
			expected: [
				'data/classes/water-status.csv:3:1 year, site, scheme: got "2018, res-a, trophic_state", expected a unique value (also at line 2)'
			]
		},
		{
			name: 'missing file',
			changes: { 'text/problems.csv': null },
			expected: ['data/text/problems.csv:1 (file): got "(missing or unreadable)", expected a readable CSV file']
		}
	] as { name: string; changes: Record<string, string | null>; expected: string[] }[])(
		'$name',
		({ changes, expected }) => {
			const found = problems(changes);
			for (const e of expected) expect(found.join('\n')).toContain(e);
		}
	);

	test('all errors in all files are reported at once', () => {
		const found = problems({
			'figures/air.csv': figures('2024,rate_pct,x,percent,city,doc-a,,', '2024,index,2.34,index,city,nope,,'),
			'sites.csv': 'id,name_zh,name_en,kind,district_adcode,source_id,note\nres-a,甲,A,pond,350212,doc-a,'
		});
		expect(found).toEqual([
			expect.stringMatching(/^data\/figures\/air\.csv:2:3 value/),
			expect.stringMatching(/^data\/sites\.csv:2:4 kind/),
			expect.stringMatching(/^data\/figures\/air\.csv:3:6 source_id/)
		]);
	});
});

describe('buildDataset: the derived monitoring and map tables are validated too', () => {
	test('daily values, computed annual statistics, WGS-84 stations and places come out typed', () => {
		const { monitoring } = buildDataset(memoryReader(dataWith())).dataset;
		expect(monitoring.dailyCity[0]).toMatchObject({
			date: '2023-01-01',
			aqi: 52,
			level: 2,
			primary: ['O3'],
			edition: '2012'
		});
		expect(monitoring.dailyCity[1]).toMatchObject({
			date: '2023-01-02',
			aqi: null,
			values: { PM2_5: null },
			hours: { PM2_5: 15 }
		});
		expect(monitoring.annualComputed).toEqual([
			expect.objectContaining({ year: 2023, compositeIndex: 2.6, validDays: 363, sourceIds: ['news-b'] }),
			expect.objectContaining({ year: 2024, compositeIndex: null, PM2_5: null, validDays: 55, sourceIds: [] })
		]);
		expect(monitoring.stations).toEqual([
			expect.objectContaining({
				code: '1288A',
				lat: 24.44707,
				lon: 118.06114,
				source: expect.objectContaining({ lat: 24.4444 })
			})
		]);
		expect(monitoring.places[0]).toMatchObject({ name: { zh: '鼓浪屿', en: 'Gulangyu' }, approximate: false });
	});

	test.each([
		{
			name: 'a truncated derived file',
			changes: {
				'derived/air-daily-city.csv': `${MINIMAL_DATA['derived/air-daily-city.csv']!.split('\n').slice(0, 2).join('\n')}\n2023-01-02,,15`
			},
			expected: 'data/derived/air-daily-city.csv:3 (row): got "3 cells", expected 21 cells'
		},
		{
			name: 'an AQI outside 0–500',
			changes: {
				'derived/air-daily-city.csv': MINIMAL_DATA['derived/air-daily-city.csv']!.replace(',52,2,O3', ',652,2,O3')
			},
			expected: 'data/derived/air-daily-city.csv:2:17 AQI: got "652", expected a whole number between 0 and 500'
		},
		{
			name: 'a station without its WGS-84 point',
			changes: {
				'geo/stations-wgs84.csv':
					'code,name_zh,district_adcode,lat,lon,source_lat,source_lon,source_datum,conversion,shift_m,note'
			},
			expected: 'data/geo/stations-wgs84.csv:1 code: got "1288A", expected a WGS-84 row for station 1288A'
		},
		{
			name: 'a map file that is not JSON',
			changes: { 'geo/xiamen.topo.json': '{"type": "Topology", "obj' },
			expected: 'data/geo/xiamen.topo.json:1 (json)'
		},
		{
			name: 'an unknown source on derived data',
			changes: {
				'derived/air-daily-aqistudy.csv': MINIMAL_DATA['derived/air-daily-aqistudy.csv']!.replace(
					'true,news-b',
					'true,aqi-x'
				)
			},
			expected: 'data/derived/air-daily-aqistudy.csv:2:14 source_id: got "aqi-x"'
		}
	] as { name: string; changes: Record<string, string>; expected: string }[])('$name', ({ changes, expected }) => {
		expect(problems(changes).join('\n')).toContain(expected);
	});
});
