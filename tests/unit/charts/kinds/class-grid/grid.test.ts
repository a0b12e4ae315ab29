import { describe, expect, test } from 'vitest';
import {
	classGrid,
	seaAreaStatusGrid,
	waterClassGrid,
	type GridInput
} from '../../../../../src/lib/charts/kinds/class-grid/grid';
import { WATER_CLASSES } from '../../../../../src/lib/standards';
import { buildDataset } from '../../../../../src/lib/pipeline/build';
import { directoryReader } from '../../../../../src/lib/pipeline/run';
import { CLASS_GRID_SITES } from '../../../../../src/lib/charts/definitions/water';

const rows = [
	{ id: 'a', name: { zh: '甲', en: 'A' } },
	{ id: 'b', name: { zh: '乙', en: 'B' } }
];
const cell = (row: string, year: number, status: string, quote = ''): GridInput => ({
	row,
	year,
	status,
	sourceId: 's',
	note: '',
	quote
});

describe('classGrid: rows × years from published cells', () => {
	test.each([
		{
			name: 'empty: no rows, no years, nothing flagged',
			cells: [],
			expected: { rows: [], years: [], emptyYears: [], conflicts: [] }
		},
		{
			name: 'single cell: one row, one year',
			cells: [cell('b', 2015, 'III')],
			expected: { rows: ['b'], years: [2015], emptyYears: [], conflicts: [] }
		},
		{
			name: 'gappy: every year of the span is a column; years with no cell are listed',
			cells: [cell('a', 2015, 'III'), cell('a', 2018, 'III'), cell('b', 2019, 'II')],
			expected: { rows: ['a', 'b'], years: [2015, 2016, 2017, 2018, 2019], emptyYears: [2016, 2017], conflicts: [] }
		}
	])('$name', ({ cells, expected }) => {
		const grid = classGrid('gb3838', rows, cells);
		expect({
			rows: grid.rows.map((r) => r.id),
			years: grid.years,
			emptyYears: grid.emptyYears,
			conflicts: grid.conflicts
		}).toEqual(expected);
	});

	test('the class order is the standards engine’s (best first)', () => {
		expect(classGrid('gb3838', rows, []).classes).toEqual([...WATER_CLASSES]);
	});

	test.each([
		{
			name: 'a "first time" claim contradicted by an earlier year at the same class flags both',
			cells: [cell('a', 2015, 'III'), cell('a', 2019, 'II'), cell('a', 2024, 'II', '双双首次提升为Ⅱ类')],
			flags: { 2015: [], 2019: ['contradicts_first_time'], 2024: ['first_time_contradicted'] },
			conflicts: [{ row: 'a', claimYear: 2024, status: 'II', earlierYears: [2019] }]
		},
		{
			name: 'an earlier better class also contradicts it',
			cells: [cell('a', 2019, 'I'), cell('a', 2024, 'II', '首次')],
			flags: { 2019: ['contradicts_first_time'], 2024: ['first_time_contradicted'] },
			conflicts: [{ row: 'a', claimYear: 2024, status: 'II', earlierYears: [2019] }]
		},
		{
			name: 'a claim after only worse classes is consistent: nothing flagged',
			cells: [cell('a', 2015, 'III'), cell('a', 2024, 'II', '首次')],
			flags: { 2015: [], 2024: [] },
			conflicts: []
		},
		{
			name: 'another row’s earlier class does not count',
			cells: [cell('b', 2019, 'II'), cell('a', 2024, 'II', '首次')],
			flags: { 2019: [], 2024: [] },
			conflicts: []
		}
	])('$name', ({ cells, flags, conflicts }) => {
		const grid = classGrid('gb3838', rows, cells);
		for (const [year, expected] of Object.entries(flags)) {
			const found = grid.cells.find((c) => c.year === Number(year) && (c.row === 'a' || expected.length === 0));
			expect(found?.flags ?? [], `flags of ${year}`).toEqual(expected);
		}
		expect(grid.conflicts).toEqual(conflicts);
	});

	test('a status outside the scheme, or a cell of an unknown row, is an error', () => {
		expect(() => classGrid('gb3838', rows, [cell('a', 2015, '2')])).toThrow(/not a gb3838 class/);
		expect(() => classGrid('ocean_bureau', rows, [cell('a', 2015, 'II')])).toThrow(/not a ocean_bureau class/);
		expect(() => classGrid('gb3838', rows, [cell('z', 2015, 'II')])).toThrow(/unknown row "z"/);
	});
});

describe('the grids built from the project’s data', () => {
	const { dataset } = buildDataset(directoryReader('data'));

	test('reservoir classes: the 2019 bulletin and the 2024 summary disagree about Bantou–Shidou and Tingxi', () => {
		const grid = waterClassGrid(dataset, CLASS_GRID_SITES);
		expect(grid.rows.map((r) => r.id)).toEqual(CLASS_GRID_SITES);
		expect(grid.years[0]).toBe(2015);
		expect(grid.years.at(-1)).toBe(2024);
		expect(grid.conflicts).toEqual([
			{ row: 'bantou-shidou-reservoir', claimYear: 2024, status: 'II', earlierYears: [2019] },
			{ row: 'tingxi-reservoir', claimYear: 2024, status: 'II', earlierYears: [2019] }
		]);
		const flagged = grid.cells.filter((c) => c.flags.length > 0).map((c) => `${c.row} ${c.year}`);
		expect(flagged.sort()).toEqual([
			'bantou-shidou-reservoir 2019',
			'bantou-shidou-reservoir 2024',
			'tingxi-reservoir 2019',
			'tingxi-reservoir 2024'
		]);
	});

	test('sea areas: the ocean-bureau categories of 2013 and 2014 only, never GB 3097 classes', () => {
		const grid = seaAreaStatusGrid(dataset);
		expect(grid.scheme).toBe('ocean_bureau');
		expect(grid.years).toEqual([2013, 2014]);
		expect(grid.cells.find((c) => c.row === 'western-sea' && c.year === 2014)?.status).toBe('moderately_polluted');
	});
});
