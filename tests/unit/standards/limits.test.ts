import { describe, expect, it } from 'vitest';
import { LIMITS, limitsFor } from '$lib/standards';

// STANDARDS.md §3, typed by hand.
const L2012 = { SO2: 60, NO2: 40, PM10: 70, 'PM2.5': 35, CO: 4, O3: 160 };
const TRANSITION = { SO2: 60, NO2: 40, PM10: 60, 'PM2.5': 30, CO: 4, O3: 160 };
const FINAL = { SO2: 20, NO2: 30, PM10: 50, 'PM2.5': 25, CO: 4, O3: 160 };

describe('GB 3095 grade-II limits', () => {
	it('constants match STANDARDS.md §3', () => {
		expect(LIMITS).toEqual({ '2012': L2012, '2026-transition': TRANSITION, '2026-final': FINAL });
	});

	it.each([
		{ args: ['2012', undefined], expected: L2012 },
		{ args: ['2012', '2031-06-01'], expected: L2012 },
		{ args: ['2026', undefined], expected: TRANSITION },
		{ args: ['2026', '2026-03-01'], expected: TRANSITION },
		{ args: ['2026', '2030-12-31'], expected: TRANSITION },
		{ args: ['2026', '2031-01-01'], expected: FINAL }
	] as const)('limitsFor$args', ({ args, expected }) => {
		expect(limitsFor(args[0], args[1])).toEqual(expected);
	});

	it('malformed date → RangeError', () => {
		expect(() => limitsFor('2026', '2031-1-1')).toThrow(RangeError);
	});
});
