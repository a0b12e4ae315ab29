import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { figureTable } from '../../../src/lib/data/schema/figures';
import { metricTable, type Metric } from '../../../src/lib/data/schema/registry';
import { buildDataset, type DataReader } from '../../../src/lib/pipeline/build';
import { checkFigures, validRange } from '../../../src/lib/pipeline/checks/figures';
import { DataError, formatIssue } from '../../../src/lib/pipeline/errors';
import { loadedTable } from '../../../src/lib/pipeline/load';
import { directoryReader } from '../../../src/lib/pipeline/run';
import { dataWith, memoryReader } from './helpers';
import { MINIMAL_DATA } from '../../fixtures/data/minimal';

const TODAY = '2026-12-06';

/** The real data/ directory with some files replaced in memory. */
function realWith(changes: Record<string, string>): DataReader {
	const real = directoryReader(resolve('data'));
	return {
		read: (path) => (path in changes ? new TextEncoder().encode(changes[path]!) : real.read(path)),
		list: real.list,
		display: (path) => `data/${path}`
	};
}

/** The formatted problems of a data directory, [] when it builds. */
function problems(reader: DataReader): string[] {
	try {
		buildDataset(reader, { today: TODAY });
		return [];
	} catch (error) {
		if (error instanceof DataError) return error.issues.map(formatIssue);
		throw error;
	}
}

const air = readFileSync(resolve('data/figures/air.csv'), 'utf8');
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('issue 14, replayed on the real data: impossible published figures are rejected with file:line:column', () => {
	test.each([
		{
			name: 'PM2.5 of -18 µg/m³',
			row: '2020,pm25_ugm3,18,',
			to: '2020,pm25_ugm3,-18,',
			expected: (l: number) =>
				`data/figures/air.csv:${l}:3 value: got "-18", expected a number from 0 to 1000 (metric pm25_ugm3 in data/metrics.csv (min —, max 1000); unit ug_m3: a concentration of 0 or more)`
		},
		{
			name: 'PM2.5 of 180,000 µg/m³',
			row: '2020,pm25_ugm3,18,',
			to: '2020,pm25_ugm3,180000,',
			expected: (l: number) => `data/figures/air.csv:${l}:3 value: got "180000", expected a number from 0 to 1000`
		},
		{
			name: 'a good-day share of 199.2 %',
			row: '2015,good_rate_pct,99.2,',
			to: '2015,good_rate_pct,199.2,',
			expected: (l: number) =>
				`data/figures/air.csv:${l}:3 value: got "199.2", expected a number from 0 to 100 (unit percent of metric good_rate_pct: a share between 0 and 100)`
		},
		{
			name: '400 good days in a year',
			row: '2015,good_days,362,',
			to: '2015,good_days,400,',
			expected: (l: number) =>
				`data/figures/air.csv:${l}:3 value: got "400", expected a whole number from 0 to 366 (unit days of metric good_days`
		},
		{
			name: 'half a day',
			row: '2015,good_days,362,',
			to: '2015,good_days,362.5,',
			expected: (l: number) => `data/figures/air.csv:${l}:3 value: got "362.5", expected a whole number from 0 to 366`
		},
		{
			name: 'the year 2100',
			row: '2015,good_days,362,',
			to: '2100,good_days,362,',
			expected: (l: number) =>
				`data/figures/air.csv:${l}:1 year: got "2100", expected a year from 1997 (the earliest source in data/sources.csv) to 2027 (next year)`
		},
		{
			name: 'a rank below the number ranked',
			row: '2024,rank_168_cities,3,',
			to: '2024,rank_168_cities,170,',
			expected: (l: number) =>
				`data/figures/air.csv:${l}:3 value: got "170", expected a whole number from 1 to 169 (metric rank_168_cities`
		},
		{
			name: 'a rank of 0',
			row: '2024,rank_168_cities,3,',
			to: '2024,rank_168_cities,0,',
			expected: (l: number) => `data/figures/air.csv:${l}:3 value: got "0", expected a whole number from 1 to 169`
		},
		{
			name: 'a scope typo is an error, not a new series',
			row: '2015,good_days,362,days,city,',
			to: '2015,good_days,362,days,citi,',
			expected: (l: number) =>
				`data/figures/air.csv:${l}:5 scope: got "citi", expected one of the scopes in data/scopes.csv: city, fujian, jiulong_basin, dongxixi_basin`
		}
	])('$name', ({ row, to, expected }) => {
		const line = lineOf(air, row);
		expect(line).toBeGreaterThan(1);
		const found = problems(realWith({ 'figures/air.csv': air.replace(row, to) }));
		expect(found.join('\n')).toContain(expected(line));
	});

	test('the real data builds as it is', () => {
		expect(problems(realWith({}))).toEqual([]);
	});
});

describe('metrics declare ranges inside their unit', () => {
	const metrics = (row: string) => dataWith({ 'metrics.csv': `${MINIMAL_DATA['metrics.csv']}\n${row}` });
	test.each([
		{
			row: 'share_x,air,percent,,,,120,份额,Share,说明,Description',
			expected:
				'data/metrics.csv:6:7 max: got "120", expected a bound inside the range of unit percent: a share between 0 and 100'
		},
		{
			row: 'rank_x,air,rank,,,0,10,排名,Rank,说明,Description',
			expected: 'data/metrics.csv:6:6 min: got "0", expected a bound inside the range of unit rank'
		},
		{
			row: 'rank_y,air,rank,,,5,2,排名,Rank,说明,Description',
			expected: 'data/metrics.csv:6:7 max: got "2", expected a maximum of at least the minimum 5'
		},
		{
			row: 'so2_x,air,ug_m3,,,,,SO2,SO2,说明,Description',
			expected:
				'data/metrics.csv:6:7 max: got "", expected the plausibility ceiling of this concentration (every ug_m3 metric declares one'
		}
	])('$row', ({ row, expected }) => {
		expect(problems(memoryReader(metrics(row))).join('\n')).toContain(expected);
	});
});

describe('a missing or empty table is an error naming the file, unless declared optional', () => {
	const header = (path: string) => MINIMAL_DATA[path]!.split('\n')[0]!;
	test.each([
		{
			name: 'figures/air.csv emptied (issue 14: 104 → 53 figures passed)',
			changes: { 'figures/air.csv': header('figures/air.csv') },
			expected:
				'data/figures/air.csv:1 (rows): got "a header and no rows", expected at least one row: figures/air.csv is not an optional table'
		},
		{
			name: 'figures/air.csv deleted',
			changes: { 'figures/air.csv': null },
			expected: 'data/figures/air.csv:1 (file): got "(missing or unreadable)", expected a readable CSV file'
		},
		{
			name: 'a derived table emptied',
			changes: { 'derived/air-daily-city.csv': header('derived/air-daily-city.csv') },
			expected: 'data/derived/air-daily-city.csv:1 (rows): got "a header and no rows"'
		},
		{
			name: 'a file of zero bytes',
			changes: { 'text/glossary.csv': '' },
			expected: 'data/text/glossary.csv:1 (header): got "", expected a header row'
		},
		{
			name: 'a CSV in data/figures/ that is no domain’s table',
			changes: { 'figures/airs.csv': header('figures/air.csv') },
			expected: 'data/figures/airs.csv:1 (file): got "figures/airs.csv", expected one of the figure tables'
		}
	] as { name: string; changes: Record<string, string | null>; expected: string }[])(
		'$name',
		({ changes, expected }) => {
			expect(problems(memoryReader(dataWith(changes))).join('\n')).toContain(expected);
		}
	);

	test.each([
		{ name: 'the suspect-hours table is optional: missing', changes: { 'derived/air-hourly-suspect.csv': null } },
		{
			name: 'the suspect-hours table is optional: header only',
			changes: {
				'derived/air-hourly-suspect.csv': 'date,series,hour,pollutant,value,rule,reference,file,line,source_id'
			}
		},
		{
			name: 'a domain without metrics needs no figure table',
			changes: { 'figures/noise.csv': 'year,metric,value,unit,scope,source_id,note,quote' }
		}
	] as { name: string; changes: Record<string, string | null> }[])('$name', ({ changes }) => {
		expect(problems(memoryReader(dataWith(changes)))).toEqual([]);
	});
});

describe('days and suspect hours in the monitoring tables', () => {
	const city = MINIMAL_DATA['derived/air-daily-city.csv']!;
	const suspectHeader = 'date,series,hour,pollutant,value,rule,reference,file,line,source_id';
	test.each([
		{
			name: 'a day after today',
			changes: { 'derived/air-daily-city.csv': city.replace('2023-01-02,', '2027-01-02,') },
			expected:
				'data/derived/air-daily-city.csv:3:1 date: got "2027-01-02", expected a day that has passed (today is 2026-12-06)'
		},
		{
			name: 'a day counts a suspect hour the list does not hold',
			changes: { 'derived/air-daily-city.csv': city.replace(',102,17,0,52,', ',102,17,1,52,') },
			expected:
				'data/derived/air-daily-city.csv:2:16 suspect_hours: got "1", expected 0, the rows of data/derived/air-hourly-suspect.csv for city on 2023-01-01'
		},
		{
			name: 'a suspect hour of a day that is not there',
			changes: {
				'derived/air-hourly-suspect.csv': `${suspectHeader}\n2023-03-01,city,5,PM10,99999,ceiling,1200,x.csv,9,news-b`
			},
			expected: 'data/derived/air-hourly-suspect.csv:1 series, date: got "city 2023-03-01", expected a day present'
		},
		{
			name: 'a suspect hour of an unknown series',
			changes: {
				'derived/air-hourly-suspect.csv': `${suspectHeader}\n2023-01-01,citi,5,PM10,99999,ceiling,1200,x.csv,9,news-b`
			},
			expected: 'data/derived/air-hourly-suspect.csv:2:2 series: got "citi", expected city or the code of a station'
		}
	] as { name: string; changes: Record<string, string>; expected: string }[])('$name', ({ changes, expected }) => {
		expect(problems(memoryReader(dataWith(changes))).join('\n')).toContain(expected);
	});

	test('a day and the list that agree build, and the site gets the count and the list', () => {
		const { dataset } = buildDataset(
			memoryReader(
				dataWith({
					'derived/air-daily-city.csv': city.replace(',102,17,0,52,', ',102,17,1,52,'),
					'derived/air-hourly-suspect.csv': `${suspectHeader}\n2023-01-01,city,5,PM10,99999,ceiling,1200,x.csv,9,news-b`
				})
			),
			{ today: TODAY }
		);
		expect(dataset.monitoring.dailyCity[0]!.suspectHours).toBe(1);
		expect(dataset.monitoring.suspectHours).toEqual([
			expect.objectContaining({ date: '2023-01-01', series: 'city', pollutant: 'PM10', value: 99999, rule: 'ceiling' })
		]);
	});
});

describe('one check alone: checkFigures on rows in memory', () => {
	const metric: Metric = metricTable.toRecord(
		{
			id: 'share',
			domain: 'air',
			unit: 'percent',
			better: null,
			change_of: null,
			min: null,
			max: null,
			label_zh: '份额',
			label_en: 'Share',
			description_zh: '',
			description_en: ''
		},
		'data/metrics.csv:2'
	);
	const row = (value: number, scope = 'city') => ({
		line: 2,
		row: {
			year: 2024,
			metric: 'share',
			value: { value, decimals: 1 },
			unit: 'percent' as const,
			scope,
			source_id: 'doc',
			note: '',
			quote: ''
		}
	});
	const context = () => ({ issues: [], sourceIds: new Set(['doc']), years: { first: 2000, last: 2027 }, today: TODAY });

	test.each([
		{ value: 0, scope: 'city', issues: [] },
		{ value: 100, scope: 'city', issues: [] },
		{
			value: 100.1,
			scope: 'city',
			issues: ['data/figures/air.csv:2:3 value: got "100.1", expected a number from 0 to 100']
		},
		{ value: 50, scope: 'citi', issues: ['data/figures/air.csv:2:5 scope: got "citi", expected one of the scopes'] }
	])('$value in scope $scope', ({ value, scope, issues }) => {
		const ctx = context();
		const table = loadedTable('figures/air.csv', figureTable.columns, [row(value, scope)]);
		const figures = checkFigures([table], new Map([['share', metric]]), new Set(['city']), ctx);
		expect(ctx.issues.map(formatIssue).map((m, i) => m.slice(0, issues[i]?.length))).toEqual(issues);
		expect(figures).toHaveLength(issues.length === 0 ? 1 : 0);
	});

	test('validRange narrows the unit by the metric', () => {
		expect(validRange({ ...metric, unit: 'rank', max: 74 })).toMatchObject({ min: 1, max: 74, integer: true });
		expect(validRange({ ...metric, unit: 'percent_change' })).toMatchObject({ min: -100, max: Infinity });
	});
});

test('the real data directory has a table for every domain with metrics', () => {
	const reader = directoryReader(resolve('data'));
	expect(reader.list('figures').sort()).toEqual(
		['air', 'coast', 'litter', 'noise', 'water'].map((d) => join('figures', `${d}.csv`))
	);
});
