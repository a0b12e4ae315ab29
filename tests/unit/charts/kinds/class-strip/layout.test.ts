import { describe, expect, test } from 'vitest';
import { classStripLayout, slotOf } from '../../../../../src/lib/charts/kinds/class-strip/layout';

const r = (time: string, rank: number | null) => ({ time, rank });

describe('slotOf: a reading’s slot in its month’s row, (day − 1) × 6 + hour ÷ 4', () => {
	test.each([
		['2021-06-01T00:00', 0],
		['2021-06-01T20:00', 5],
		['2021-06-02T00:00', 6],
		['2023-12-31T20:00', 185],
		['2022-01-01T04:00', 1]
	])('%s → %i', (time, slot) => expect(slotOf(time)).toBe(slot));
	test.each(['2021-06-01T02:00', '2021-06-01T04:30', '2021-06-01', ''])(
		'%j is not a 4-hourly slot: an error naming it',
		(time) => expect(() => slotOf(time)).toThrow(JSON.stringify(time))
	);
});

describe('classStripLayout: one path per class, a segment per run of equal consecutive readings', () => {
	test.each([
		{
			name: 'consecutive equal readings merge into one run',
			readings: [r('2021-06-01T00:00', 1), r('2021-06-01T04:00', 1), r('2021-06-01T08:00', 1)],
			paths: ['', 'M0 2h3', '']
		},
		{
			name: 'a missing slot between two equal readings stays a gap: two runs',
			readings: [r('2021-06-01T00:00', 1), r('2021-06-01T08:00', 1)],
			paths: ['', 'M0 2h1M2 2h1', '']
		},
		{
			name: 'a change of class ends the run; a run goes on across midnight',
			readings: [
				r('2021-06-01T16:00', 2),
				r('2021-06-01T20:00', 2),
				r('2021-06-02T00:00', 2),
				r('2021-06-02T04:00', 0)
			],
			paths: ['M7 2h1', '', 'M4 2h3']
		},
		{
			name: 'a reading without a class is a gap and ends the run',
			readings: [r('2021-06-01T00:00', 1), r('2021-06-01T04:00', null), r('2021-06-01T08:00', 1)],
			paths: ['', 'M0 2h1M2 2h1', '']
		},
		{
			name: 'the year boundary: 31 Dec 20:00 and 1 Jan 00:00 are on different rows, never one run',
			readings: [r('2021-12-31T20:00', 1), r('2022-01-01T00:00', 1)],
			// Dec 2021 is row 0 (y 0); Jan 2022 row 1, one pitch (6) and a year gap (4) lower.
			paths: ['', 'M185 2h1M0 12h1', '']
		}
	])('$name', ({ readings, paths }) => {
		expect(classStripLayout(readings, 3).paths).toEqual(paths);
	});

	test('rows: every month from the first reading’s to the last’s, a month without readings is a row of gaps', () => {
		const layout = classStripLayout([r('2021-11-15T12:00', 0), r('2022-02-28T20:00', 0)], 1);
		expect(layout.rows).toEqual([
			{ month: '2021-11', y: 0, days: 30 },
			{ month: '2021-12', y: 6, days: 31 },
			{ month: '2022-01', y: 16, days: 31 },
			{ month: '2022-02', y: 22, days: 28 }
		]);
		expect(layout.paths).toEqual(['M87 2h1M167 24h1']);
		// The backgrounds cover each month's own days only (February: 28 × 6 slots).
		expect(layout.background).toBe('M0 0h180v4H0zM0 6h186v4H0zM0 16h186v4H0zM0 22h168v4H0z');
		expect([layout.width, layout.height]).toEqual([186, 26]);
	});

	test('no reading: no row and empty paths', () => {
		expect(classStripLayout([], 2)).toMatchObject({ rows: [], paths: ['', ''], background: '', height: 0 });
	});

	test('readings out of order, repeated, or with a rank outside the classes are errors naming the time', () => {
		expect(() => classStripLayout([r('2021-06-01T04:00', 0), r('2021-06-01T00:00', 0)], 1)).toThrow('2021-06-01T00:00');
		expect(() => classStripLayout([r('2021-06-01T04:00', 0), r('2021-06-01T04:00', 0)], 1)).toThrow('repeated');
		expect(() => classStripLayout([r('2021-06-01T04:00', 3)], 3)).toThrow('2021-06-01T04:00 has class rank 3');
	});
});
