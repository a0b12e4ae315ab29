import { describe, expect, test } from 'vitest';
import { classGrid, type GridInput } from '../../../../../src/lib/charts/kinds/class-grid/grid';
import {
	conflictGroups,
	gridFinding,
	gridListing,
	gridSummary,
	listText
} from '../../../../../src/lib/charts/kinds/class-grid/summary';

const rows = [
	{ id: 'a', name: { zh: '甲水库', en: 'Reservoir A' } },
	{ id: 'b', name: { zh: '乙水库', en: 'Reservoir B' } }
];
const cell = (row: string, year: number, status: string, quote = ''): GridInput => ({
	row,
	year,
	status,
	sourceId: 's',
	note: '',
	quote
});
const words = { zh: (s: string) => `${s}类`, en: (s: string) => `class ${s}` };

describe('gridSummary and gridListing', () => {
	test.each([
		{
			name: 'empty',
			cells: [],
			zh: ['没有公布的类别。', '没有公布的类别。'],
			en: ['No class was published.', 'No class was published.']
		},
		{
			name: 'single',
			cells: [cell('a', 2015, 'III')],
			zh: ['2015年：甲水库III类。', '甲水库：2015年III类。'],
			en: ['In 2015: Reservoir A, class III.', 'Reservoir A: 2015 class III.']
		},
		{
			name: 'gappy, different latest years, with a contradicted "first time"',
			cells: [cell('a', 2019, 'II'), cell('a', 2024, 'II', '首次'), cell('b', 2015, 'IV')],
			zh: [
				'最新公布：甲水库II类（2024年）；乙水库IV类（2015年）。关于甲水库，来源的说法不一致（见说明）。',
				'甲水库：2019年II类，2024年II类。乙水库：2015年IV类。'
			],
			en: [
				'Latest published: Reservoir A, class II (2024); Reservoir B, class IV (2015). The sources disagree about Reservoir A (see the notes).',
				'Reservoir A: 2019 class II, 2024 class II. Reservoir B: 2015 class IV.'
			]
		}
	])('$name', ({ cells, zh, en }) => {
		const grid = classGrid('gb3838', rows, cells);
		expect([gridSummary(grid, 'zh', words.zh), gridListing(grid, 'zh', words.zh)]).toEqual(zh);
		expect([gridSummary(grid, 'en', words.en), gridListing(grid, 'en', words.en)]).toEqual(en);
	});

	test('conflicts that say the same thing about several rows are merged', () => {
		const grid = classGrid('gb3838', rows, [
			cell('a', 2019, 'II'),
			cell('a', 2024, 'II', '首次'),
			cell('b', 2019, 'II'),
			cell('b', 2024, 'II', '首次')
		]);
		expect(conflictGroups(grid.conflicts)).toEqual([
			{ rows: ['a', 'b'], claimYear: 2024, status: 'II', earlierYears: [2019] }
		]);
		expect(conflictGroups([])).toEqual([]);
	});

	test.each([
		{ args: [['A'], 'en'], expected: 'A' },
		{ args: [['A', 'B'], 'en'], expected: 'A and B' },
		{ args: [['甲', '乙', '丙'], 'zh'], expected: '甲、乙和丙' }
	] as const)('listText($args)', ({ args, expected }) => {
		expect(listText([...args[0]], args[1])).toBe(expected);
	});
});

describe('gridFinding (a slide title): the latest year with a published class', () => {
	const three = [...rows, { id: 'c', name: { zh: '丙水库', en: 'Reservoir C' } }];
	test.each([
		{ name: 'empty: none', cells: [], zh: null, en: null },
		{
			name: 'one row that year',
			cells: [cell('a', 2015, 'III'), cell('b', 2019, 'II')],
			zh: '2019年公布：乙水库为II类',
			en: 'Published for 2019: Reservoir B, class II'
		},
		{
			name: 'the rows of that year share a class (earlier years left out)',
			cells: [cell('a', 2015, 'V'), cell('a', 2024, 'II'), cell('b', 2024, 'II'), cell('c', 2015, '劣V')],
			zh: '2024年公布：甲水库和乙水库均为II类',
			en: 'Published for 2024: Reservoir A and Reservoir B, class II'
		},
		{
			name: 'mixed: how many had the best class, which the worst',
			cells: [cell('a', 2014, 'I'), cell('b', 2014, 'IV'), cell('c', 2014, 'II')],
			zh: '2014年公布的3个中I类1个，乙水库IV类',
			en: 'Published for 2014: 1 of 3 class I; Reservoir B class IV'
		}
	])('$name', ({ cells, zh, en }) => {
		const grid = classGrid('gb3838', three, cells);
		expect(gridFinding(grid, 'zh', words.zh)).toBe(zh);
		expect(gridFinding(grid, 'en', words.en)).toBe(en);
	});
});
