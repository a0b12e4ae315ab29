import { describe, expect, test } from 'vitest';
import {
	addDays,
	calendarLayout,
	dateRange,
	daysInMonth,
	monthColumns,
	monthPosition,
	monthsCovered,
	moveDate,
	weekdayMondayFirst,
	weeksInMonth
} from '../../../../../src/lib/charts/kinds/calendar/layout';

describe('dates (UTC, time-zone free)', () => {
	test.each([
		{ args: ['2023-01-31', 1], expected: '2023-02-01' },
		{ args: ['2024-02-28', 1], expected: '2024-02-29' },
		{ args: ['2023-02-28', 1], expected: '2023-03-01' },
		{ args: ['2023-01-01', -1], expected: '2022-12-31' },
		{ args: ['2023-03-26', 7], expected: '2023-04-02' }
	] as const)('addDays($args) = $expected', ({ args, expected }) => {
		expect(addDays(args[0], args[1])).toBe(expected);
	});

	test('dateRange: inclusive, empty when reversed, single day', () => {
		expect(dateRange('2024-02-27', '2024-03-01')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
		expect(dateRange('2024-03-01', '2024-02-27')).toEqual([]);
		expect(dateRange('2024-03-01', '2024-03-01')).toEqual(['2024-03-01']);
		expect(dateRange('2022-01-01', '2022-12-31')).toHaveLength(365);
	});

	test.each([
		{ args: [2024, 2], expected: 29 },
		{ args: [2023, 2], expected: 28 },
		{ args: [2023, 4], expected: 30 },
		{ args: [2023, 12], expected: 31 }
	] as const)('daysInMonth($args) = $expected', ({ args, expected }) => {
		expect(daysInMonth(args[0], args[1])).toBe(expected);
	});

	test.each([
		{ date: '2023-01-02', expected: 0 }, // Monday
		{ date: '2023-01-01', expected: 6 }, // Sunday
		{ date: '2022-01-01', expected: 5 }, // Saturday
		{ date: '2024-02-29', expected: 3 } // Thursday
	])('weekdayMondayFirst($date) = $expected', ({ date, expected }) => {
		expect(weekdayMondayFirst(date)).toBe(expected);
	});
});

describe('month grid', () => {
	test.each([
		{ date: '2023-01-01', expected: { month: 1, col: 6, row: 0 } },
		{ date: '2023-01-02', expected: { month: 1, col: 0, row: 1 } },
		{ date: '2023-01-31', expected: { month: 1, col: 1, row: 5 } },
		{ date: '2024-02-01', expected: { month: 2, col: 3, row: 0 } },
		{ date: '2024-02-29', expected: { month: 2, col: 3, row: 4 } }
	])('monthPosition($date)', ({ date, expected }) => {
		expect(monthPosition(date)).toEqual(expected);
	});

	test.each([
		{ args: [2023, 1], expected: 6 }, // starts on a Sunday
		{ args: [2021, 2], expected: 4 }, // 28 days from a Monday
		{ args: [2024, 2], expected: 5 }
	] as const)('weeksInMonth($args) = $expected', ({ args, expected }) => {
		expect(weeksInMonth(args[0], args[1])).toBe(expected);
	});

	test.each([
		{ name: 'whole year', args: [2023, '2023-01-01', '2023-12-31'], expected: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
		{ name: 'partial year (55 days)', args: [2024, '2024-01-01', '2024-02-24'], expected: [1, 2] },
		{ name: 'one day', args: [2023, '2023-01-20', '2023-01-20'], expected: [1] },
		{ name: 'range outside the year', args: [2023, '2024-01-01', '2024-02-24'], expected: [] }
	] as const)('monthsCovered: $name', ({ args, expected }) => {
		expect(monthsCovered(args[0], args[1], args[2])).toEqual(expected);
	});

	test.each([
		{ args: [1100, 12], expected: 6 },
		{ args: [480, 12], expected: 4 },
		{ args: [356, 12], expected: 3 },
		{ args: [300, 12], expected: 2 },
		{ args: [1100, 2], expected: 2 },
		{ args: [1100, 1], expected: 1 }
	] as const)('monthColumns($args) = $expected', ({ args, expected }) => {
		expect(monthColumns(args[0], args[1])).toBe(expected);
	});
});

describe('calendarLayout', () => {
	test('a whole year: 365 cells, no two overlap, all inside the width and height', () => {
		const layout = calendarLayout(2023, '2023-01-01', '2023-12-31', 1100);
		expect(layout.cells).toHaveLength(365);
		expect(layout.months).toHaveLength(12);
		expect(layout.columns).toBe(6);
		const seen = new Set(layout.cells.map((c) => `${c.x},${c.y}`));
		expect(seen.size).toBe(365);
		for (const c of layout.cells) {
			expect(c.x).toBeGreaterThanOrEqual(0);
			expect(c.x + layout.cell).toBeLessThanOrEqual(layout.width + 0.001);
			expect(c.y + layout.cell).toBeLessThanOrEqual(layout.height + 0.001);
		}
	});

	test('cells grow with the width but never beyond the maximum; weekday initials only when cells are large', () => {
		const phone = calendarLayout(2023, '2023-01-01', '2023-12-31', 320);
		const desktop = calendarLayout(2023, '2023-01-01', '2023-12-31', 1400);
		expect(phone.cell).toBeLessThan(desktop.cell);
		expect(desktop.cell).toBeLessThanOrEqual(26);
		expect(phone.showWeekdays).toBe(phone.cell >= 13);
		expect(desktop.showWeekdays).toBe(true);
	});

	test('a partial year lays out only the months it touches, with every day of them', () => {
		const layout = calendarLayout(2024, '2024-01-01', '2024-02-24', 640);
		expect(layout.months.map((m) => m.month)).toEqual([1, 2]);
		expect(layout.cells).toHaveLength(31 + 29);
		expect(layout.columns).toBe(2);
	});

	test('when cells reach their maximum size, months sit at their natural width instead of spreading out', () => {
		const layout = calendarLayout(2024, '2024-01-01', '2024-02-24', 1100);
		expect(layout.cell).toBe(26);
		const pitch = 26 + layout.gap;
		expect(layout.months.map((m) => m.x)).toEqual([0, 7 * pitch - layout.gap + 20 + 12]);
	});

	test('days of one month sit in its block: same x offset per weekday, one row down per week', () => {
		const layout = calendarLayout(2023, '2023-01-01', '2023-12-31', 700);
		const cell = (date: string) => layout.cells.find((c) => c.date === date)!;
		const pitch = layout.cell + layout.gap;
		expect(cell('2023-01-09').x).toBe(cell('2023-01-02').x);
		expect(cell('2023-01-09').y - cell('2023-01-02').y).toBe(pitch);
		expect(cell('2023-01-03').x - cell('2023-01-02').x).toBe(pitch);
	});
});

describe('moveDate (roving focus)', () => {
	const from = '2023-01-01';
	const to = '2023-12-31';
	test.each([
		{ key: 'ArrowRight', date: '2023-01-31', expected: '2023-02-01' },
		{ key: 'ArrowLeft', date: '2023-03-01', expected: '2023-02-28' },
		{ key: 'ArrowDown', date: '2023-01-20', expected: '2023-01-27' },
		{ key: 'ArrowUp', date: '2023-01-20', expected: '2023-01-13' },
		{ key: 'Home', date: '2023-01-20', expected: '2023-01-16' }, // Friday → Monday
		{ key: 'End', date: '2023-01-20', expected: '2023-01-22' }, // Friday → Sunday
		{ key: 'PageDown', date: '2023-01-31', expected: '2023-02-28' }, // day clamped to the month
		{ key: 'PageUp', date: '2023-03-15', expected: '2023-02-15' },
		{ key: 'ArrowLeft', date: '2023-01-01', expected: '2023-01-01' }, // stays inside the data
		{ key: 'ArrowDown', date: '2023-12-30', expected: '2023-12-31' },
		{ key: 'PageUp', date: '2023-01-10', expected: '2023-01-01' },
		{ key: 'Enter', date: '2023-01-10', expected: null }
	])('$key from $date → $expected', ({ key, date, expected }) => {
		expect(moveDate(date, key, from, to)).toBe(expected);
	});

	test('Ctrl+Home/End jump to the first and last day with data; a partial year stops at its last day', () => {
		expect(moveDate('2023-06-01', 'Home', from, to, { ctrl: true })).toBe(from);
		expect(moveDate('2023-06-01', 'End', from, to, { ctrl: true })).toBe(to);
		expect(moveDate('2024-02-20', 'ArrowDown', '2024-01-01', '2024-02-24')).toBe('2024-02-24');
		expect(moveDate('2024-01-31', 'PageDown', '2024-01-01', '2024-02-24')).toBe('2024-02-24');
	});

	test.each([
		{ name: 'two months on a phone: one under the other, cells up to 44', width: 340, columns: 1, cell: 44 },
		{ name: 'two months in a wide frame: side by side', width: 700, columns: 2, cell: 44 },
		{ name: 'two months at 480: one under the other (larger cells)', width: 480, columns: 1, cell: 44 }
	])('grow (an embed): $name', ({ width, columns, cell }) => {
		const layout = calendarLayout(2024, '2024-01-01', '2024-02-24', width, { grow: true });
		expect(layout.columns).toBe(columns);
		expect(layout.cell).toBe(cell);
		for (const c of layout.cells) expect(c.x + layout.cell).toBeLessThanOrEqual(width);
	});

	test('grow leaves a year (more than two months) as it is', () => {
		const grown = calendarLayout(2023, '2023-01-01', '2023-12-31', 340, { grow: true });
		expect(grown).toEqual(calendarLayout(2023, '2023-01-01', '2023-12-31', 340));
	});
});
