import { describe, expect, it } from 'vitest';
import { seasonOf } from '$lib/data/schema/waterNetwork';
import { hoursBefore, parseSnapshot, resolveTime } from '$lib/pipeline/water/time';

describe('parseSnapshot: the time in the original file name', () => {
	it.each([
		{ text: '2021-06-17T13:09', expected: '2021-06-17T13:09' },
		{ text: '2024-02-29T00:00', expected: '2024-02-29T00:00' },
		{ text: '2023-02-29T00:00', expected: null },
		{ text: '2023-13-01T00:00', expected: null },
		{ text: '2023-01-01T24:00', expected: null },
		{ text: '2023-01-01 00:00', expected: null },
		{ text: '', expected: null }
	])('$text → $expected', ({ text, expected }) => expect(parseSnapshot(text)).toBe(expected));
});

describe('resolveTime: both time formats, the year from the snapshot', () => {
	it.each([
		// The first snapshot writes the year (A line 9).
		{ text: '2021/6/17 12:00', snapshot: '2021-06-17T13:09', time: '2021-06-17T12:00', previousYear: false },
		{ text: '2021/6/17 8:00', snapshot: '2021-06-17T13:09', time: '2021-06-17T08:00', previousYear: false },
		// Afterwards MM-DD HH:MM takes the snapshot's year …
		{ text: '06-19 04:00', snapshot: '2021-06-19T05:30', time: '2021-06-19T04:00', previousYear: false },
		{ text: '12-31 20:00', snapshot: '2022-12-31T22:52', time: '2022-12-31T20:00', previousYear: false },
		// … unless that is after the snapshot: a 01-01 snapshot shows 12-31 readings (A line 50141).
		{ text: '12-31 20:00', snapshot: '2023-01-01T02:53', time: '2022-12-31T20:00', previousYear: true },
		// A stale reading republished 237 days later (A line 50182: 福鼎会甲溪).
		{ text: '05-08 20:00', snapshot: '2023-01-01T02:53', time: '2022-05-08T20:00', previousYear: true },
		// The same minute as the snapshot is not after it.
		{ text: '09-20 02:46', snapshot: '2023-09-20T02:46', time: '2023-09-20T02:46', previousYear: false },
		// Off the grid, kept as published (A line 19640).
		{ text: '04-18 04:02', snapshot: '2022-04-18T07:08', time: '2022-04-18T04:02', previousYear: false },
		// Leap day: placed in the year before, which has one.
		{ text: '02-29 20:00', snapshot: '2025-01-01T00:00', time: '2024-02-29T20:00', previousYear: true }
	])('$text in a table saved $snapshot → $time', ({ text, snapshot, time, previousYear }) =>
		expect(resolveTime(text, snapshot)).toEqual({
			ok: true,
			time,
			form: text.includes('/') ? 'with-year' : 'without-year',
			previousYear
		})
	);

	it.each([
		{ text: '2021/6/17 14:00', snapshot: '2021-06-17T13:09', expected: 'a time no later than the snapshot' },
		{ text: '2021/2/30 12:00', snapshot: '2021-06-17T13:09', expected: 'a real date and time YYYY/M/D H:MM' },
		{ text: '02-29 20:00', snapshot: '2023-03-01T00:00', expected: 'a real date and time MM-DD HH:MM (in 2023)' },
		{ text: '13-01 00:00', snapshot: '2023-03-01T00:00', expected: 'a real date and time' },
		{ text: '隘头潭', snapshot: '2023-03-01T00:00', expected: 'a time YYYY/M/D H:MM or MM-DD HH:MM' },
		{ text: '2023-03-01 00:00', snapshot: '2023-03-01T00:00', expected: 'a time YYYY/M/D H:MM or MM-DD HH:MM' }
	])('$text ($snapshot) is refused: $expected', ({ text, snapshot, expected }) => {
		const r = resolveTime(text, snapshot);
		expect(r.ok).toBe(false);
		expect(r.ok ? '' : r.expected).toContain(expected);
	});
});

describe('season and hoursBefore', () => {
	it.each([
		{ t: '2023-03', expected: 'dry' },
		{ t: '2023-04', expected: 'flood' },
		{ t: '2023-09-30T20:00', expected: 'flood' },
		{ t: '2023-10-01T00:00', expected: 'dry' },
		{ t: '2023-12', expected: 'dry' },
		{ t: '2024-01', expected: 'dry' }
	])('$t → $expected (flood season April–September)', ({ t, expected }) => expect(seasonOf(t)).toBe(expected));

	it.each([
		{ t: '2023-01-01T00:00', h: 4, expected: '2022-12-31T20:00' },
		{ t: '2024-03-01T02:00', h: 4, expected: '2024-02-29T22:00' },
		{ t: '2023-05-01T08:00', h: -4, expected: '2023-05-01T12:00' }
	])('$h h before $t → $expected', ({ t, h, expected }) => expect(hoursBefore(t, h)).toBe(expected));
});
