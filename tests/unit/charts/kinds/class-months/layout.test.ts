import { describe, expect, test } from 'vitest';
import { classMonthsLayout, type ColumnInput } from '../../../../../src/lib/charts/kinds/class-months/layout';

const options = { width: 120, height: 130, left: 20, bottom: 20, top: 10, gapRatio: 0 };
const col = (counts: number[] | null, marked = false, year = '2022'): ColumnInput => ({ counts, marked, year });

describe('classMonthsLayout', () => {
	test('classes stacked to 100%, worst at the bottom; a column per period across the plot', () => {
		const { columns, plot } = classMonthsLayout([col([0, 3, 1]), col([4, 0, 0])], options);
		expect(plot).toEqual({ x: 20, y: 10, width: 100, height: 100 });
		expect(columns.map((c) => [c.x, c.width])).toEqual([
			[20, 50],
			[70, 50]
		]);
		// Rank 2 (worst) first, from the bottom (y = 110) up: 25% then 75%.
		expect(columns[0]!.parts.map((p) => [p.rank, p.y, p.height, p.share])).toEqual([
			[2, 85, 25, 0.25],
			[1, 10, 75, 0.75]
		]);
		expect(columns[1]!.parts.map((p) => [p.rank, p.y, p.height])).toEqual([[0, 10, 100]]);
	});
	test('a period without readings is a gap (no parts), never a zero-height column of data', () => {
		const { columns } = classMonthsLayout([col(null), col([0, 0, 0])], options);
		expect(columns.map((c) => [c.parts.length, c.gap])).toEqual([
			[0, true],
			[0, false]
		]);
	});
	test('marked periods become bands over runs of consecutive columns; years under their first column', () => {
		const inputs = [
			col([1], false, '2021'),
			col([1], true, '2021'),
			col(null, true, '2021'),
			col([1], false, '2022'),
			col([1], true, '2022')
		];
		const { bands, years } = classMonthsLayout(inputs, options);
		expect(bands).toEqual([
			{ x: 40, y: 10, width: 40, height: 100 },
			{ x: 100, y: 10, width: 20, height: 100 }
		]);
		expect(years).toEqual([
			{ x: 20, label: '2021' },
			{ x: 80, label: '2022' }
		]);
	});
	test('the gap ratio narrows each column around the middle of its step', () => {
		const { columns } = classMonthsLayout([col([1])], { ...options, gapRatio: 0.2 });
		expect([columns[0]!.x, columns[0]!.width]).toEqual([30, 80]);
	});
});
