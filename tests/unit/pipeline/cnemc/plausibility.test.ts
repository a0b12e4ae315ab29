import { describe, expect, test } from 'vitest';
import { CEILINGS } from '$lib/data/schema/ranges';
import { aggregateDay } from '$lib/pipeline/cnemc/daily';
import { flagSuspectHours, removeFlagged, SPIKE_FACTOR, spikeMargin } from '$lib/pipeline/cnemc/plausibility';
import { block, hours } from './helpers';

/** 24 hours of `v` with some hours replaced. */
const day = (v: number, replace: Record<number, number> = {}) =>
	Array.from({ length: 24 }, (_, h) => (h in replace ? replace[h]! : v));

describe('the documented ceilings and margins (docs/data-checks.md)', () => {
	test('ceiling = twice the end of the AQI scale of HJ 633-2012 Table 1', () => {
		expect(CEILINGS).toEqual({ SO2: 5240, NO2: 7680, PM10: 1200, 'PM2.5': 1000, CO: 300, O3: 2400 });
	});
	test('spike margin = the concentration at IAQI 100 (1-hour for gases, 24-hour for PM)', () => {
		expect((['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3'] as const).map(spikeMargin)).toEqual([
			500, 200, 150, 75, 10, 200
		]);
		expect(SPIKE_FACTOR).toBe(4);
	});
});

describe('flagSuspectHours', () => {
	test.each([
		{
			name: 'an hourly PM10 of 99,999 is above the ceiling',
			days: [{ date: '2024-01-05', block: block({ PM10: day(40, { 5: 99999 }) }) }],
			flags: [{ date: '2024-01-05', hour: 5, pollutant: 'PM10', value: 99999, rule: 'ceiling', reference: 1200 }]
		},
		{
			name: 'a one-hour spike of 900 against neighbours of 40 and 45 (below the ceiling)',
			days: [{ date: '2024-01-05', block: block({ PM10: day(40, { 5: 900, 6: 45 }) }) }],
			flags: [{ date: '2024-01-05', hour: 5, pollutant: 'PM10', value: 900, rule: 'spike', reference: 45 }]
		},
		{
			name: 'low-level noise is never a spike (SO2 3 → 25 → 3: over 4 times, but not 500 above)',
			days: [{ date: '2024-01-05', block: block({ SO2: day(3, { 5: 25 }) }) }],
			flags: []
		},
		{
			name: 'a sustained rise (fireworks: 30 → 300 for hours) is not a spike',
			days: [{ date: '2024-02-10', block: block({ 'PM2.5': day(30, { 1: 300, 2: 320, 3: 310 }) }) }],
			flags: []
		},
		{
			name: 'the real maxima of Xiamen 2022–2024 are far below every ceiling',
			days: [
				{
					date: '2023-03-01',
					block: block({ SO2: day(31), NO2: day(91), PM10: day(208), 'PM2.5': day(187), CO: day(1.55), O3: day(259) })
				}
			],
			flags: []
		},
		{
			name: 'neighbours across midnight when the next day is in the import',
			days: [
				{ date: '2024-01-05', block: block({ PM10: day(40, { 23: 2000 }) }) },
				{ date: '2024-01-06', block: block({ PM10: day(40) }) }
			],
			flags: [{ date: '2024-01-05', hour: 23, pollutant: 'PM10', value: 2000, rule: 'ceiling', reference: 1200 }]
		},
		{
			name: 'a spike at the last hour before a missing day has one neighbour only: not judged as a spike',
			days: [
				{ date: '2024-01-05', block: block({ PM10: day(40, { 23: 900 }) }) },
				{ date: '2024-01-07', block: block({ PM10: day(40) }) }
			],
			flags: []
		},
		{
			name: 'a ceiling value is no neighbour: the hour beside it is not judged against it',
			days: [{ date: '2024-01-05', block: block({ PM10: day(40, { 5: 99999, 6: 900 }) }) }],
			flags: [{ date: '2024-01-05', hour: 5, pollutant: 'PM10', value: 99999, rule: 'ceiling', reference: 1200 }]
		}
	])('$name', ({ days, flags }) => {
		expect(flagSuspectHours(days)).toEqual(flags);
	});

	test('issue 14: a PM10 of 99,999 in one hour no longer makes a severe-pollution day', () => {
		const b = block({
			SO2: hours(24, 5),
			NO2: hours(24, 20),
			PM10: day(40, { 5: 99999 }),
			'PM2.5': hours(24, 20),
			CO: hours(24, 0.6),
			O3: hours(24, 60)
		});
		const before = aggregateDay('2023-05-05', b.slice());
		expect(before.means.PM10).toBe(4205); // (23 × 40 + 99,999) / 24, the bug the issue found
		expect(before.aqi).toBe(500);
		const days = [{ date: '2023-05-05', block: b }];
		removeFlagged(days, flagSuspectHours(days));
		const after = aggregateDay('2023-05-05', b);
		expect(after.hours.PM10).toBe(23);
		expect(after.means.PM10).toBe(40);
		expect(after.aqi).toBe(40);
		expect(after.level).toBe(1);
	});
});
