import { describe, expect, test } from 'vitest';
import {
	formatDate,
	formatDayRange,
	monthIndex,
	monthLabel,
	weekdayInitials,
	yearMonthLabel,
	yearRanges
} from '../../../src/lib/text/dates';

describe('formatDate: one way to write a day, per language', () => {
	test.each([
		{ date: '2023-01-20', zh: '2023年1月20日', en: '20 Jan 2023' },
		{ date: '2024-02-29', zh: '2024年2月29日', en: '29 Feb 2024' },
		{ date: '', zh: '', en: '' },
		{ date: '2023-1-2', zh: '2023-1-2', en: '2023-1-2' },
		{ date: '2023-13-45', zh: '2023-13-45', en: '2023-13-45' }
	])('"$date"', ({ date, zh, en }) => {
		expect(formatDate(date, 'zh')).toBe(zh);
		expect(formatDate(date, 'en')).toBe(en);
	});
});

describe('yearRanges', () => {
	test.each([
		{ years: [], expected: '' },
		{ years: [2016], expected: '2016' },
		{ years: [2022, 2016, 2020, 2021], expected: '2016, 2020–2022' },
		{ years: [2019, 2020, 2021, 2022, 2023], expected: '2019–2023' }
	])('$years → "$expected"', ({ years, expected }) => {
		expect(yearRanges(years)).toBe(expected);
	});
});

describe('months, weekdays and ranges', () => {
	test('dates and months in both languages', () => {
		expect(formatDate('2023-01-20', 'zh')).toBe('2023年1月20日');
		expect(formatDate('2023-01-20', 'en')).toBe('20 Jan 2023');
		expect(formatDayRange('2024-01-01', '2024-02-24', 'zh')).toBe('1月1日—2月24日');
		expect(formatDayRange('2024-01-01', '2024-02-24', 'en')).toBe('1 Jan–24 Feb');
		expect([monthLabel(2, 'zh'), monthLabel(2, 'en'), monthLabel(12, 'en')]).toEqual(['2月', 'Feb', 'Dec']);
		expect(weekdayInitials('zh')).toHaveLength(7);
		expect(weekdayInitials('en')[0]).toBe('M');
	});
});

describe('monthIndex and yearMonthLabel: a calendar month as one number, and as readers write it', () => {
	test.each([
		{ month: '2021-06', index: 2021 * 12 + 5, zh: '2021年6月', en: 'Jun 2021' },
		{ month: '2021-12', index: 2021 * 12 + 11, zh: '2021年12月', en: 'Dec 2021' },
		{ month: '2022-01', index: 2022 * 12, zh: '2022年1月', en: 'Jan 2022' },
		{ month: '2022-09', index: 2022 * 12 + 8, zh: '2022年9月', en: 'Sep 2022' }
	])('$month → $index → $zh / $en', ({ month, index, zh, en }) => {
		expect(monthIndex(month)).toBe(index);
		expect([yearMonthLabel(index, 'zh'), yearMonthLabel(index, 'en')]).toEqual([zh, en]);
	});
	test('December and the next January are 1 apart', () =>
		expect(monthIndex('2022-01') - monthIndex('2021-12')).toBe(1));
	test.each(['2022-13', '2022-00', '2022-1', '', '2022-01-01'])('"%s" is not a month: an error naming it', (bad) =>
		expect(() => monthIndex(bad)).toThrow(`not a month (YYYY-MM): ${bad}`)
	);
});
