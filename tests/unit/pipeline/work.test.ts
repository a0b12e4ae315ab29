/**
 * The work tables in the pipeline (checks/work.ts): declared categories and units, values possible in
 * their unit and as the document writes them, references that resolve, the document's qualifiers of
 * things that exist. Each bad row gives one located problem; the real tables pass, and impossible work
 * figures put into them are caught.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDataset, type DataReader } from '../../../src/lib/pipeline/build';
import { DataError, formatIssue } from '../../../src/lib/pipeline/errors';
import { directoryReader } from '../../../src/lib/pipeline/run';
import { dataWith, memoryReader } from './helpers';
import { MINIMAL_DATA } from '../../fixtures/data/minimal';

/** The formatted problems of a data directory, [] when it builds. */
function problems(reader: DataReader): string[] {
	try {
		buildDataset(reader, { today: '2026-12-06' });
		return [];
	} catch (error) {
		if (error instanceof DataError) return error.issues.map(formatIssue);
		throw error;
	}
}

const header = (file: string) => MINIMAL_DATA[file]!.split('\n')[0]!;
/** A table of the minimal data with exactly these rows. */
const rows = (file: string, ...lines: string[]) => ({ [file]: [header(file), ...lines].join('\n') });
const BOILERS = '2024,boilers,air,boilers,75,count,exact,75台,锅炉整治,Boilers cleaned up,完成75台锅炉整治,doc-a,,,,';
/** data/work.csv with the boilers row (which a qualifier of the minimal data qualifies) and then `lines`. */
const work = (...lines: string[]) => rows('work.csv', BOILERS, ...lines);
const qualifiers = (...lines: string[]) => rows('text/qualifiers.csv', ...lines);

describe('the minimal work tables build into the dataset', () => {
	test('work figures, categories in order, units, qualifiers', () => {
		const { dataset } = buildDataset(memoryReader(dataWith()));
		expect(dataset.workCategories.map((c) => c.id)).toEqual(['air', 'enforcement']);
		expect(dataset.workUnits.map((u) => u.id)).toEqual(['count', 'percent', 'percent_change', 'cny_10k']);
		expect(dataset.work.map((w) => w.id)).toEqual(['boilers', 'rate-reference', 'funds', 'media', 'complaints-change']);
		expect(dataset.work[0]).toMatchObject({
			value: 75,
			unit: 'count',
			qualifier: 'exact',
			valueZh: '75台',
			pairsWith: [
				{ kind: 'metric', id: 'rate_pct' },
				{ kind: 'problem', id: 'p1' }
			],
			origin: 'data/work.csv:2'
		});
		expect(dataset.work[1]).toMatchObject({ value: null, unit: null, figureMetric: 'rate_pct' });
		expect(dataset.qualifiers.map((q) => `${q.subjectKind}:${q.subject}`)).toEqual([
			'metric:rate_pct',
			'work:boilers',
			'site:res-a',
			'topic:air_quality'
		]);
	});
});

describe('data/work.csv: each bad row is one located problem', () => {
	test.each([
		{
			name: 'an undeclared category',
			row: '2024,x,airr,g,75,count,exact,75台,l,L,完成75台,doc-a,,,,',
			expected: [
				'data/work.csv:3:3 category: got "airr", expected the id of a category in data/work-categories.csv: air, enforcement'
			]
		},
		{
			name: 'an undeclared unit (not a unit at all)',
			row: '2024,x,air,g,1000,kwh,exact,1000万度,l,L,突破1000万度,doc-a,,,,',
			expected: [
				'data/work.csv:3:6 unit: got "kwh", expected the id of a unit in data/work-units.csv: count, percent, percent_change, cny_10k'
			]
		},
		{
			name: 'a unit of the site that data/work-units.csv does not declare',
			row: '2024,x,air,g,230,km2,exact,230平方公里,l,L,230平方公里,doc-a,,,,',
			expected: [
				'data/work.csv:3:6 unit: got "km2", expected the id of a unit in data/work-units.csv: count, percent, percent_change, cny_10k'
			]
		},
		{
			name: 'a share above 100 %',
			row: '2024,x,air,g,178.2,percent,exact,178.2%,l,L,比例178.2%,doc-a,,,,',
			expected: ['data/work.csv:3:5 value: got "178.2", expected a share between 0 and 100 (unit percent)']
		},
		{
			name: 'a count that is not a whole number',
			row: '2024,x,air,g,7.5,count,exact,7.5个,l,L,完成7.5个,doc-a,,,,',
			expected: ['data/work.csv:3:5 value: got "7.5", expected a whole number of 0 or more (unit count)']
		},
		{
			name: 'a negative count',
			row: '2024,x,air,g,-3,count,exact,下降3个,l,L,下降3个,doc-a,,,,',
			expected: [
				'data/work.csv:3:5 value: got "-3", expected a whole number of 0 or more (unit count)',
				'data/work.csv:3:5 value: got "-3", expected 0 or more: only a change (percent_change, percentage_point, places, index_points) may be negative'
			]
		},
		{
			name: 'a fall of more than all of it',
			row: '2024,x,air,g,-113.1,percent_change,exact,下降113.1%,l,L,下降113.1%,doc-a,,,,',
			expected: [
				'data/work.csv:3:5 value: got "-113.1", expected a change of -100 % or more (nothing falls by more than all of it) (unit percent_change)'
			]
		},
		{
			name: 'a value other than the one written',
			row: '2024,x,air,g,76,count,exact,75台,l,L,完成75台,doc-a,,,,',
			expected: ['data/work.csv:3:5 value: got "76", expected 75, as value_zh writes it ("75台")']
		},
		{
			name: 'a value a hundred times too large (万 typed out)',
			row: '2024,x,air,g,160530000,cny_10k,exact,16053万元,l,L,16053万元,doc-a,,,,',
			expected: ['data/work.csv:3:5 value: got "160530000", expected 16053, as value_zh writes it ("16053万元")']
		},
		{
			name: 'a lower bound marked exact',
			row: '2024,x,air,g,20,count,exact,20余家,l,L,20余家媒体,doc-a,,,,',
			expected: [
				'data/work.csv:3:7 qualifier: got "exact", expected min, as value_zh writes it ("20余家"; data/work-README.md, qualifier rule)'
			]
		},
		{
			name: 'a written value that is not in the quote',
			row: '2024,x,air,g,75,count,exact,75台,l,L,完成锅炉整治,doc-a,,,,',
			expected: [
				'data/work.csv:3:8 value_zh: got "75台", expected the figure as written in the quote (a substring of quote)'
			]
		},
		{
			name: 'a written value without its unit',
			row: '2024,x,air,g,16053,cny_10k,exact,16053元,l,L,16053元,doc-a,,,,',
			expected: [
				'data/work.csv:3:8 value_zh: got "16053元", expected the figure followed by "万元", as unit cny_10k is written (data/work-units.csv)'
			]
		},
		{
			name: 'a count without its measure word',
			row: '2024,x,air,g,75,count,exact,75,l,L,完成75,doc-a,,,,',
			expected: ['data/work.csv:3:8 value_zh: got "75", expected a count with its measure word (个, 项, 家 …)']
		},
		{
			name: 'a fall stored as a rise',
			row: '2024,x,air,g,13.1,percent_change,exact,下降13.1%,l,L,下降13.1%,doc-a,,,,',
			expected: ['data/work.csv:3:5 value: got "13.1", expected a negative value: value_zh says "下降13.1%"']
		},
		{
			name: 'a figure without its English label',
			row: '2024,x,air,g,75,count,exact,75台,l,,完成75台,doc-a,,,,',
			expected: [
				'data/work.csv:3:10 label_en: got "", expected a value: a row without figure_metric gives its own figure'
			]
		},
		{
			name: 'a reference that also copies the value',
			row: '2024,x,air,g,70.8,,,,,,,doc-a,rate_pct,,,',
			expected: [
				'data/work.csv:3:5 value: got "70.8", expected empty: this row references rate_pct in data/figures, which gives it'
			]
		},
		{
			name: 'a reference to a metric without a figure of that year and source',
			row: '2024,x,air,g,,,,,,,,news-b,rate_pct,,,',
			expected: [
				'data/work.csv:3:13 figure_metric: got "rate_pct", expected a metric with a 2024 city figure from news-b in data/figures'
			]
		},
		{
			name: 'a copy of a published figure (same year, source, value and passage)',
			row: '2024,x,air,g,70.8,percent,exact,70.8%,l,L,优级率70.8%,doc-a,,,,',
			expected: [
				'data/work.csv:3:5 value: got "70.8", expected a figure of its own: data/figures/air.csv:2 gives this value from the same passage (reference it with figure_metric rate_pct)'
			]
		},
		{
			name: 'a reference to a figure without a quote',
			row: '2024,x,air,g,,,,,,,,doc-a,index,,,',
			expected: [
				'data/work.csv:3:13 figure_metric: got "index", expected a figure with its quote (data/figures/air.csv:4 has none; the work page shows it)'
			]
		},
		{
			name: 'a pairing with an unknown metric',
			row: '2024,x,air,g,75,count,exact,75台,l,L,完成75台,doc-a,,metric:nope,,',
			expected: [
				'data/work.csv:3:14 pairs_with: got "metric:nope", expected metric:<id> with the id of a metric in data/metrics.csv'
			]
		},
		{
			name: 'a pairing with a metric the source gives no figure of that year',
			row: '2024,x,air,g,75,count,exact,75台,l,L,完成75台,news-b,,metric:rate_pct,,',
			expected: [
				'data/work.csv:3:14 pairs_with: got "metric:rate_pct", expected metric:<id> of a metric with a 2024 city figure from news-b in data/figures'
			]
		},
		{
			name: 'a pairing with an unknown problem',
			row: '2024,x,air,g,75,count,exact,75台,l,L,完成75台,doc-a,,problem:p9,,',
			expected: [
				'data/work.csv:3:14 pairs_with: got "problem:p9", expected problem:<id> with the id of a 2024 problem in data/text/problems.csv'
			]
		},
		{
			name: 'a pairing without its kind',
			row: '2024,x,air,g,75,count,exact,75台,l,L,完成75台,doc-a,,rate_pct,,',
			expected: [
				'data/work.csv:3:14 pairs_with: got "rate_pct", expected empty, or metric:<id> / problem:<id> separated by |'
			]
		},
		{
			name: 'a qualifier word outside the convention',
			row: '2024,x,air,g,75,count,lower,75台,l,L,完成75台,doc-a,,,,',
			expected: ['data/work.csv:3:7 qualifier: got "lower", expected empty, or one of: exact, min, approx']
		},
		{
			name: 'an id that is not kebab-case',
			row: '2024,Boilers_1,air,g,75,count,exact,75台,l,L,完成75台,doc-a,,,,',
			expected: [
				'data/work.csv:3:2 id: got "Boilers_1", expected a kebab-case id of lower-case letters and digits joined by -'
			]
		},
		{
			name: 'an unknown source',
			row: '2024,x,air,g,75,count,exact,75台,l,L,完成75台,doc-z,,,,',
			expected: ['data/work.csv:3:12 source_id: got "doc-z", expected the id of a source in data/sources.csv']
		}
	])('$name', ({ row, expected }) => {
		expect(problems(memoryReader(dataWith(work(row))))).toEqual(expected);
	});

	test('a group in two categories, and an id used twice in a year', () => {
		expect(
			problems(
				memoryReader(dataWith(work(BOILERS, BOILERS.replace('boilers,air,boilers', 'boilers-2,enforcement,boilers'))))
			)
		).toEqual([
			'data/work.csv:4:4 group: got "boilers", expected a group of one category (group boilers is in air at line 2)',
			'data/work.csv:3:1 year, id: got "2024, boilers", expected a unique value (also at line 2)'
		]);
	});

	test('every problem in the file at once, and nothing built', () => {
		const found = problems(
			memoryReader(
				dataWith(work(BOILERS.replace('75,count', '76,count'), BOILERS.replace('air,boilers', 'airr,boilers')))
			)
		);
		expect(found).toHaveLength(2);
		expect(found.map((p) => p.split(' ')[0])).toEqual(['data/work.csv:3:5', 'data/work.csv:4:3']);
	});
});

describe('data/work-categories.csv and data/work-units.csv', () => {
	test.each([
		{
			name: 'a category declared twice',
			changes: rows('work-categories.csv', 'air,大气环境,Air,air', 'enforcement,执法,Enforcement,', 'air,大气,Air,air'),
			expected: ['data/work-categories.csv:4:1 id: got "air", expected a unique value (also at line 2)']
		},
		{
			name: 'a category linking to a domain that does not exist',
			changes: rows('work-categories.csv', 'air,大气环境,Air,sky', 'enforcement,执法,Enforcement,'),
			expected: [
				'data/work-categories.csv:2:4 domain: got "sky", expected empty, or one of: air, water, coast, litter, noise'
			]
		},
		{
			name: 'a 万 unit with the wrong factor',
			changes: rows(
				'work-units.csv',
				'count,,个数,count,,',
				'percent,%,百分比,percent,,',
				'percent_change,%,变化百分比,percent change,,',
				'cny_10k,万元,万元,"CNY 10,000",cny,1000'
			),
			expected: [
				'data/work-units.csv:5:6 factor: got "1000", expected 10000, the factor of cny_10k (src/lib/data/schema/vocabulary.ts)'
			]
		},
		{
			name: 'a plain unit with a base unit',
			changes: rows(
				'work-units.csv',
				'count,,个数,count,cny,',
				'percent,%,百分比,percent,,',
				'percent_change,%,变化百分比,percent change,,',
				'cny_10k,万元,万元,"CNY 10,000",cny,10000'
			),
			expected: [
				'data/work-units.csv:2:5 base_unit: got "cny", expected empty: count is not a unit counted in 万 of another'
			]
		}
	])('$name', ({ changes, expected }) => {
		expect(problems(memoryReader(dataWith(changes)))).toEqual(expected);
	});

	test('a unit the site cannot format is rejected by the units table itself', () => {
		const found = problems(
			memoryReader(
				dataWith(rows('work-units.csv', 'count,,个数,count,,', 'kwh,度,度,kWh,,', 'percent,%,百分比,percent,,'))
			)
		);
		expect(found[0]).toMatch(/^data\/work-units\.csv:3:1 id: got "kwh", expected one of: index, .*m3_10k$/);
	});
});

describe('data/text/qualifiers.csv: the subject exists', () => {
	test.each([
		{
			name: 'a metric without a figure of that year and source',
			row: 'x,2024,metric,rate_pct,best_on_record,l,L,news-b,q',
			expected:
				'data/text/qualifiers.csv:2:4 subject: got "rate_pct", expected a metric with a 2024 city figure from news-b in data/figures'
		},
		{
			name: 'a work figure of another year',
			row: 'x,2023,work,boilers,first_time,l,L,doc-a,q',
			expected: 'data/text/qualifiers.csv:2:4 subject: got "boilers", expected the id of a 2023 row of data/work.csv'
		},
		{
			name: 'an unknown site',
			row: 'x,2024,site,res-z,first_time,l,L,doc-a,q',
			expected: 'data/text/qualifiers.csv:2:4 subject: got "res-z", expected the id of a site in data/sites.csv'
		},
		{
			name: 'an unknown topic',
			row: 'x,2024,topic,sky,best_on_record,l,L,doc-a,q',
			expected: `data/text/qualifiers.csv:2:4 subject: got "sky", expected one of the topics environmental_quality, air_quality, water_quality, coastal_water_quality, public_satisfaction, target_responsibility_assessment (src/lib/data/schema/vocabulary.ts)`
		},
		{
			name: 'a qualifier the vocabulary does not know',
			row: 'x,2024,topic,air_quality,best_ever,l,L,doc-a,q',
			expected: `data/text/qualifiers.csv:2:5 qualifier: got "best_ever", expected one of: best_on_record, tied_first_province, first_province, best_in_province, first_time, among_best_national, among_best_province`
		},
		{
			name: 'a qualifier without its quote',
			row: 'x,2024,topic,air_quality,best_on_record,l,L,doc-a,',
			expected: 'data/text/qualifiers.csv:2:9 quote: got "", expected a non-empty value'
		}
	])('$name', ({ row, expected }) => {
		expect(problems(memoryReader(dataWith(qualifiers(row))))).toEqual([expected]);
	});

	test('one row per id', () => {
		const row = 'x,2024,topic,air_quality,best_on_record,l,L,doc-a,q';
		expect(problems(memoryReader(dataWith(qualifiers(row, row))))).toEqual([
			'data/text/qualifiers.csv:3:1 id: got "x", expected a unique value (also at line 2)'
		]);
	});
});

/** The real data/ directory with some files replaced in memory. */
function realWith(changes: Record<string, string>): DataReader {
	const real = directoryReader(resolve('data'));
	return {
		read: (path) => (path in changes ? new TextEncoder().encode(changes[path]!) : real.read(path)),
		list: real.list,
		display: (path) => `data/${path}`
	};
}

describe('the real work tables', () => {
	const real = readFileSync(resolve('data/work.csv'), 'utf8');
	const lineOf = (start: string) => real.split('\n').findIndex((l) => l.startsWith(start)) + 1;

	test('pass every check', () => {
		expect(problems(realWith({}))).toEqual([]);
	});

	test.each([
		{
			name: '78.2 % typed as 782 %',
			row: '2024,clean-transport-bulk-share,',
			from: ',78.2,percent,',
			to: ',782,percent,',
			expected: (l: number) => [
				`data/work.csv:${l}:5 value: got "782", expected a share between 0 and 100 (unit percent)`,
				`data/work.csv:${l}:5 value: got "782", expected 78.2, as value_zh writes it ("78.2%")`
			]
		},
		{
			name: 'the complaints fall stored as a rise',
			row: '2024,complaints-change,',
			from: ',-13.1,',
			to: ',13.1,',
			expected: (l: number) => [
				`data/work.csv:${l}:5 value: got "13.1", expected a negative value: value_zh says "下降13.1%"`
			]
		},
		{
			name: 'more than 4,000 complaints marked exact',
			row: '2024,complaints-total,',
			from: ',min,',
			to: ',exact,',
			expected: (l: number) => [
				`data/work.csv:${l}:7 qualifier: got "exact", expected min, as value_zh writes it ("4000多件"; data/work-README.md, qualifier rule)`
			]
		},
		{
			name: 'a category misspelt',
			row: '2024,boilers,',
			from: ',air,',
			to: ',airr,',
			// Only the misspelt row is reported: the group's other row is not blamed for it.
			expected: (l: number) => [
				`data/work.csv:${l}:3 category: got "airr", expected the id of a category in data/work-categories.csv: air, water, sea_coast, marine_litter, soil, solid_waste, noise, climate_low_carbon, pollution_reduction_pilots, enterprise_services, enforcement, complaints_participation, reform_recognition`
			]
		}
	])('$name', ({ row, from, to, expected }) => {
		const line = lineOf(row);
		const lines = real.split('\n');
		lines[line - 1] = lines[line - 1]!.replace(from, to);
		expect(problems(realWith({ 'work.csv': lines.join('\n') }))).toEqual(expected(line));
	});
});
