import { describe, expect, it } from 'vitest';
import type { Averaging, Pollutant, Version } from '$lib/standards';
import { iaqi } from '$lib/standards';

type Args = readonly [Pollutant, Averaging, number, Version];
const run = (rows: { args: Args; expected: number | null }[]) =>
	it.each(rows)('iaqi$args → $expected', ({ args, expected }) => {
		expect(iaqi(...args)).toBe(expected);
	});

// Expected values computed by hand with HJ 633 formula (1), then rounded UP.
describe('between breakpoints: ceiling, not round or truncate', () => {
	run([
		{ args: ['PM2.5', '24h', 36, '2012'], expected: 52 }, // 50/40·1 + 50 = 51.25
		{ args: ['PM2.5', '24h', 1, '2012'], expected: 2 }, // 50/35 = 1.43
		{ args: ['PM2.5', '24h', 76, '2012'], expected: 102 }, // 101.25
		{ args: ['PM2.5', '24h', 36, '2026'], expected: 52 }, // 50/25·1 + 50 = 52 exactly
		{ args: ['PM2.5', '24h', 59, '2026'], expected: 98 }, // 2·24 + 50
		{ args: ['PM2.5', '24h', 61, '2026'], expected: 101 }, // 100.91
		{ args: ['PM10', '24h', 151, '2012'], expected: 101 }, // 100.5
		{ args: ['PM10', '24h', 100, '2012'], expected: 75 },
		{ args: ['PM10', '24h', 100, '2026'], expected: 86 }, // 50/70·50 + 50 = 85.71
		{ args: ['PM10', '24h', 121, '2026'], expected: 101 }, // 100.38
		{ args: ['PM10', '24h', 150, '2026'], expected: 112 }, // 50/130·30 + 100 = 111.54
		{ args: ['PM10', '1h', 121, '2026'], expected: 101 }, // §4.2.4: daily breakpoints
		{ args: ['SO2', '24h', 151, '2012'], expected: 101 }, // 100.15
		{ args: ['SO2', '24h', 100, '2012'], expected: 75 },
		{ args: ['SO2', '24h', 476, '2026'], expected: 151 }, // 150.15
		{ args: ['SO2', '24h', 1000, '2012'], expected: 225 }, // 200 + 100/800·200
		{ args: ['SO2', '1h', 151, '2012'], expected: 51 }, // 50.14
		{ args: ['SO2', '1h', 700, '2026'], expected: 167 }, // 166.67
		{ args: ['NO2', '24h', 81, '2012'], expected: 101 }, // 100.5
		{ args: ['NO2', '24h', 60, '2026'], expected: 75 },
		{ args: ['NO2', '1h', 201, '2012'], expected: 101 }, // 100.1
		{ args: ['NO2', '1h', 150, '2026'], expected: 75 },
		{ args: ['CO', '24h', 2.1, '2012'], expected: 53 }, // 52.5
		{ args: ['CO', '24h', 5, '2026'], expected: 105 },
		{ args: ['CO', '24h', 0.1, '2012'], expected: 3 }, // 2.5
		{ args: ['CO', '1h', 6, '2012'], expected: 60 },
		{ args: ['CO', '1h', 10.1, '2026'], expected: 101 }, // 100.2
		{ args: ['O3', '1h', 201, '2012'], expected: 101 }, // 100.5
		{ args: ['O3', '1h', 161, '2026'], expected: 52 }, // 51.25
		{ args: ['O3', '8h', 161, '2012'], expected: 101 }, // 100.91
		{ args: ['O3', '8h', 101, '2026'], expected: 51 }, // 50.83
		{ args: ['O3', '8h', 500, '2012'], expected: 244 } // 200 + 100/535·235 = 243.93
	]);
});

describe('exact integers are not pushed up by binary noise', () => {
	run([
		{ args: ['CO', '1h', 0.3, '2012'], expected: 3 }, // float 10 × 0.3 = 3.0000000000000004
		{ args: ['CO', '1h', 0.7, '2026'], expected: 7 }, // float 10 × 0.7 = 7.000000000000001
		{ args: ['CO', '24h', 4.2, '2012'], expected: 101 }, // float 5 × (4.2 − 4) = 1.0000000000000009
		{ args: ['CO', '24h', 2.4, '2012'], expected: 60 }
	]);
});

describe('GB/T 8170 pre-rounding before lookup', () => {
	run([
		{ args: ['PM2.5', '24h', 35.5, '2012'], expected: 52 }, // → 36
		{ args: ['PM2.5', '24h', 34.5, '2012'], expected: 49 }, // → 34: 50/35·34 = 48.57
		{ args: ['PM2.5', '24h', 35.4, '2012'], expected: 50 }, // → 35
		{ args: ['PM2.5', '24h', 75.4, '2012'], expected: 100 }, // → 75
		{ args: ['PM2.5', '24h', 74.5, '2012'], expected: 99 }, // → 74: 98.75
		{ args: ['PM2.5', '24h', 0.5, '2012'], expected: 0 }, // → 0
		{ args: ['PM2.5', '24h', 1.5, '2026'], expected: 3 }, // → 2: 2.86
		{ args: ['PM10', '24h', 150.5, '2012'], expected: 100 }, // → 150
		{ args: ['PM10', '24h', 151.5, '2012'], expected: 101 }, // → 152
		{ args: ['CO', '24h', 2.15, '2012'], expected: 55 }, // → 2.2 (not 2.1 → 53)
		{ args: ['CO', '24h', 2.25, '2026'], expected: 55 }, // → 2.2
		{ args: ['CO', '24h', 2.05, '2012'], expected: 50 }, // → 2.0
		{ args: ['CO', '24h', 0.05, '2012'], expected: 0 }, // → 0.0
		{ args: ['CO', '24h', 4.15, '2012'], expected: 101 }, // → 4.2
		{ args: ['CO', '24h', 4.25, '2012'], expected: 101 }, // → 4.2
		{ args: ['CO', '24h', 4.35, '2012'], expected: 102 }, // → 4.4
		{ args: ['SO2', '1h', 800.5, '2012'], expected: 200 }, // → 800, not above it
		{ args: ['O3', '8h', 800.4, '2012'], expected: 300 } // → 800
	]);
});

describe('special cases and cap', () => {
	run([
		{ args: ['SO2', '1h', 801, '2012'], expected: null }, // Table 1 note 2
		{ args: ['SO2', '1h', 5000, '2012'], expected: null },
		{ args: ['SO2', '1h', 800.6, '2012'], expected: null }, // → 801
		{ args: ['O3', '8h', 801, '2012'], expected: null }, // Table 1 note 3
		{ args: ['SO2', '1h', 801, '2026'], expected: 200 }, // Table 3 note b
		{ args: ['SO2', '1h', 5000, '2026'], expected: 200 },
		{ args: ['O3', '8h', 801, '2026'], expected: 300 }, // Table 3 note c
		{ args: ['PM2.5', '24h', 600, '2012'], expected: 500 },
		{ args: ['PM2.5', '24h', 501, '2026'], expected: 500 },
		{ args: ['PM10', '1h', 1000, '2026'], expected: 500 },
		{ args: ['SO2', '24h', 3000, '2012'], expected: 500 },
		{ args: ['CO', '24h', 60.1, '2012'], expected: 500 },
		{ args: ['O3', '1h', 1e9, '2026'], expected: 500 },
		{ args: ['SO2', '24h', 1e21, '2026'], expected: 500 },
		{ args: ['PM2.5', '24h', 0, '2026'], expected: 0 } // project decision: 0 stays 0 under 2026
	]);
});

describe('invalid input → RangeError', () => {
	it.each([
		['PM2.5', '24h', -1, '2012'],
		['PM2.5', '24h', -0.1, '2026'],
		['PM2.5', '24h', NaN, '2012'],
		['CO', '24h', Infinity, '2026'],
		['PM2.5', '8h', 10, '2012'],
		['PM10', '8h', 10, '2026'],
		['CO', '8h', 1, '2012'],
		['O3', '24h', 10, '2026'],
		['SO2', '8h', 10, '2012'],
		['PM2.5', '1h', 10, '2012'], // no PM 1h table in 2012
		['PM10', '1h', 10, '2012'],
		['PM2.5', '24h', 10, '2020'],
		['Pb', '24h', 1, '2012']
	] as unknown as Args[])('iaqi(%s, %s, %s, %s)', (...args) => {
		expect(() => iaqi(...(args as unknown as Args))).toThrow(RangeError);
	});
});
