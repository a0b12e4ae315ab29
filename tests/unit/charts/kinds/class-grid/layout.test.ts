import { describe, expect, test } from 'vitest';
import { MAX_CELL, STACK_BELOW, classGridLayout } from '../../../../../src/lib/charts/kinds/class-grid/layout';
import { cellLabel, wrapLabel } from '../../../../../src/lib/charts/textLayout';

const rows = [
	{ id: 'a', name: '坂头-石兜水库' },
	{ id: 'b', name: 'Eastern (south-eastern) Sea Area' }
];
const years = [2015, 2016, 2017, 2018];

describe('classGridLayout', () => {
	test('wide: names on the left, equal cells to the right, every row at its own height', () => {
		const layout = classGridLayout(rows, years, 800);
		expect(layout.stacked).toBe(false);
		const [a, b] = layout.rows;
		expect(a!.cells).toHaveLength(4);
		expect(a!.cells[0]!.x).toBeGreaterThan(95);
		expect(new Set(a!.cells.map((c) => Math.round(c.w)))).toHaveProperty('size', 1);
		expect(b!.cells[0]!.y).toBeGreaterThan(a!.cells[0]!.y + a!.cells[0]!.h);
		expect(layout.header.map((h) => h.year)).toEqual(years);
	});

	test('narrow: each name above its cells, which take the whole width', () => {
		const layout = classGridLayout(rows, years, STACK_BELOW - 1);
		expect(layout.stacked).toBe(true);
		const row = layout.rows[0]!;
		expect(row.cells[0]!.x).toBeLessThan(3);
		expect(row.cells[0]!.y).toBeGreaterThan(row.labelY);
		const last = row.cells.at(-1)!;
		expect(last.x + last.w).toBeCloseTo(STACK_BELOW - 1 - 1.5, 0);
	});

	test('a two-year grid does not stretch its cells across a wide screen', () => {
		const layout = classGridLayout(rows, [2013, 2014], 1200);
		expect(Math.max(...layout.rows[0]!.cells.map((c) => c.w))).toBeLessThanOrEqual(MAX_CELL);
	});

	test.each([
		{ name: 'no rows', rows: [], years, width: 600 },
		{ name: 'no years', rows, years: [], width: 600 },
		{ name: 'zero width', rows, years, width: 0 }
	])('degenerate input still gives a finite layout: $name', ({ rows, years, width }) => {
		const layout = classGridLayout(rows, years, width);
		expect(Number.isFinite(layout.height)).toBe(true);
		expect(layout.height).toBeGreaterThan(0);
	});
});

describe('wrapLabel', () => {
	test.each([
		{ args: ['Tingxi Reservoir', 200, 13], expected: ['Tingxi Reservoir'] },
		{ args: ['Eastern (south-eastern) Sea Area', 180, 13], expected: ['Eastern (south-eastern)', 'Sea Area'] },
		{
			name: 'when no break fits, the one nearest the middle',
			args: ['Eastern (south-eastern) Sea Area', 100, 13],
			expected: ['Eastern (south-eastern)', 'Sea Area']
		},
		{ args: ['North River (Beixi) water diversion', 150, 13], expected: ['North River (Beixi)', 'water diversion'] },
		{ args: ['东部海域（东南部海域）', 100, 13], expected: ['东部海域', '（东南部海域）'] }
	] as const)('wrapLabel($args)', ({ args, expected }) => {
		expect(wrapLabel(args[0], args[1], args[2])).toEqual(expected);
	});
});

describe('cellLabel', () => {
	test.each([
		{ name: 'fits at 12 px', args: ['II', 40], expected: { lines: ['II'], size: 12 } },
		{
			name: 'two lines before a smaller size',
			args: ['slightly eutrophic', 75],
			expected: { lines: ['slightly', 'eutrophic'], size: 12 }
		},
		{ name: 'one long word shrinks', args: ['mesotrophic', 72], expected: { lines: ['mesotrophic'], size: 10 } },
		{
			name: 'a soft hyphen breaks a long word, with a visible hyphen',
			args: ['meso\u00adtrophic', 55],
			expected: { lines: ['meso-', 'trophic'], size: 12 }
		},
		{
			name: 'a soft hyphen is invisible when unused',
			args: ['meso\u00adtrophic', 200],
			expected: { lines: ['mesotrophic'], size: 12 }
		},
		{
			name: 'nothing fits: the smallest size, broken at a space',
			args: ['moderately polluted', 20],
			expected: { lines: ['moderately', 'polluted'], size: 9 }
		},
		{ name: 'Chinese', args: ['轻度富营养', 67], expected: { lines: ['轻度富营养'], size: 12 } },
		{ name: 'empty', args: ['', 10], expected: { lines: [''], size: 12 } }
	] as const)('$name', ({ args, expected }) => {
		expect(cellLabel(args[0], args[1])).toEqual(expected);
	});
});
