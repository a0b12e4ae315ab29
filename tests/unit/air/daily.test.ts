import { describe, expect, test } from 'vitest';
import {
	categoryCounts,
	minValidDays,
	monthlyExcellentShare,
	primaryPollutantCounts,
	yearDays
} from '../../../src/lib/air/daily';
import type { CalendarDay } from '../../../src/lib/air/daily';
import type { DailyAir } from '../../../src/lib/data/types';
import { dateRange } from '../../../src/lib/charts/kinds/calendar/layout';

const day = (date: string, level: CalendarDay['level'], primary: string[] = []): CalendarDay => ({
	date,
	aqi: level === null ? null : level * 50 - 10,
	level,
	primary
});
const daily = (date: string, level: CalendarDay['level'], edition: '2012' | '2026' = '2012'): DailyAir => ({
	date,
	values: { SO2: 1, NO2: 1, PM10: 1, PM2_5: 1, CO: 0.1, O3_1h_max: 1, O3_8h_max: 1 },
	hours: { SO2: 24, NO2: 24, PM10: 24, PM2_5: 24, CO: 24, O3: 24, O3_8h_windows: 17 },
	suspectHours: 0,
	aqi: level === null ? null : level * 50 - 10,
	level,
	primary: [],
	edition,
	sourceId: 's'
});

describe('yearDays', () => {
	test('the year’s rows in date order, with the range they cover; other years ignored', () => {
		const rows = [daily('2024-01-02', 1), daily('2023-12-31', 2), daily('2024-01-01', null)];
		expect(yearDays(rows, 2024)).toEqual({
			days: [day('2024-01-01', null), day('2024-01-02', 1)],
			from: '2024-01-01',
			to: '2024-01-02',
			edition: '2012'
		});
	});
	test('no rows for the year → null', () => {
		expect(yearDays([daily('2023-01-01', 1)], 2022)).toBeNull();
		expect(yearDays([], 2022)).toBeNull();
	});
	test('a year that mixes AQI editions is an error (the calendar must be split)', () => {
		expect(() => yearDays([daily('2026-02-28', 1), daily('2026-03-01', 1, '2026')], 2026)).toThrow(
			/mixes AQI editions/
		);
	});
});

describe('categoryCounts', () => {
	test.each([
		{ name: 'empty', days: [], expected: { levels: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 }, missing: 0, total: 0 } },
		{
			name: 'levels and a missing day',
			days: [day('a', 1), day('b', 1), day('c', 2), day('d', null), day('e', 6)],
			expected: { levels: { 1: 2, 2: 1, 3: 0, 4: 0, 5: 0, 6: 1 }, missing: 1, total: 5 }
		},
		{
			name: 'only missing days',
			days: [day('a', null)],
			expected: { levels: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 }, missing: 1, total: 1 }
		}
	])('$name', ({ days, expected }) => {
		expect(categoryCounts(days)).toEqual(expected);
	});
});

describe('monthlyExcellentShare (with validity)', () => {
	const month = (from: string, to: string, level: (i: number) => CalendarDay['level']) =>
		dateRange(from, to).map((d, i) => day(d, level(i)));

	test('minimum valid days: 27, or 25 in February', () => {
		expect([1, 2, 3, 12].map(minValidDays)).toEqual([27, 25, 27, 27]);
	});

	test.each([
		{
			name: 'a whole month: share of valid days, one decimal',
			days: month('2023-01-01', '2023-01-31', (i) => (i < 19 ? 1 : 2)),
			expected: [{ month: 1, days: 31, validDays: 31, excellentDays: 19, share: 61.3 }]
		},
		{
			name: 'missing days are left out of the denominator, not counted as clean',
			days: month('2023-01-01', '2023-01-31', (i) => (i < 3 ? null : i < 17 ? 1 : 2)),
			expected: [{ month: 1, days: 31, validDays: 28, excellentDays: 14, share: 50 }]
		},
		{
			name: 'too few valid days: no share (a gap with a note)',
			days: month('2023-01-01', '2023-01-31', (i) => (i < 5 ? null : 1)),
			expected: [{ month: 1, days: 31, validDays: 26, excellentDays: 26, share: null }]
		},
		{
			name: 'February 2024 with 24 days of data: below 25, no share',
			days: month('2024-02-01', '2024-02-24', () => 1),
			expected: [{ month: 2, days: 24, validDays: 24, excellentDays: 24, share: null }]
		},
		{
			name: 'February with exactly 25 valid days is shown',
			days: month('2024-02-01', '2024-02-25', (i) => (i % 5 === 0 ? 2 : 1)),
			expected: [{ month: 2, days: 25, validDays: 25, excellentDays: 20, share: 80 }]
		},
		{ name: 'no days: no months', days: [], expected: [] }
	])('$name', ({ days, expected }) => {
		expect(monthlyExcellentShare(days, +(days[0]?.date ?? '2023').slice(0, 4))).toEqual(expected);
	});

	test('months are listed in order and only when the data have days in them', () => {
		const days = [...month('2024-01-01', '2024-01-31', () => 1), ...month('2024-02-01', '2024-02-24', () => 2)];
		expect(monthlyExcellentShare(days, 2024).map((m) => [m.month, m.share])).toEqual([
			[1, 100],
			[2, null]
		]);
	});
});

describe('primaryPollutantCounts', () => {
	test('joint primary pollutants count under each; AQI ≤ 50 has none; missing days apart', () => {
		const days = [
			day('a', 2, ['O3']),
			day('b', 2, ['O3']),
			day('c', 3, ['PM10', 'PM2.5']),
			day('d', 1),
			day('e', null),
			day('f', 2, ['NO2'])
		];
		expect(primaryPollutantCounts(days)).toEqual({
			byPollutant: { O3: 2, 'PM2.5': 1, PM10: 1, NO2: 1, SO2: 0, CO: 0 },
			joint: 1,
			none: 1,
			missing: 1
		});
	});
	test('empty input: all zero', () => {
		expect(primaryPollutantCounts([])).toEqual({
			byPollutant: { O3: 0, 'PM2.5': 0, PM10: 0, NO2: 0, SO2: 0, CO: 0 },
			joint: 0,
			none: 0,
			missing: 0
		});
	});
	test('an unknown pollutant name is an error, not silently dropped', () => {
		expect(() => primaryPollutantCounts([day('a', 2, ['PM1'])])).toThrow(/Unknown primary pollutant/);
	});
});
