import { describe, expect, test } from 'vitest';
import { formatDate, formatDayRange, monthLabel, weekdayInitials, yearRanges } from '../../../src/lib/text/dates';

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
