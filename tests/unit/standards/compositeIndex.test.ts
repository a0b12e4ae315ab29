import { describe, expect, it } from 'vitest';
import type { LimitsEdition } from '$lib/standards';
import { compositeIndex } from '$lib/standards';

const c = (SO2: number, NO2: number, PM10: number, PM25: number, CO: number, O3: number) => ({
	SO2,
	NO2,
	PM10,
	'PM2.5': PM25,
	CO,
	O3
});

describe('compositeIndex (STANDARDS.md §4, §7: sum at full precision, rounded once, half-even)', () => {
	it.each([
		{ name: 'K1', args: c(9, 15, 39, 21, 0.7, 192), expected: 3.06 }, // 3.0571
		{ name: 'K7', args: c(3, 13, 16, 13, 0.9, 87), expected: 1.74 }, // 1.74375
		{ name: 'K8', args: c(11, 16, 40, 16, 0.6, 139), expected: 2.63 }, // 2.6307
		{ name: 'K9', args: c(9, 14, 77, 23, 1.1, 96), expected: 3.13 }, // 3.1321
		{ name: 'K10', args: c(7.1, 23.5, 72.3, 48.5, 1.2, 81), expected: 3.93 }, // 3.9307 (inputs not pre-rounded)
		{ name: 'zero', args: c(0, 0, 0, 0, 0, 0), expected: 0 },
		{ name: 'tie 0.005 → 0.00', args: c(0.3, 0, 0, 0, 0, 0), expected: 0 },
		{ name: 'tie 0.015 → 0.02', args: c(0, 0.6, 0, 0, 0, 0), expected: 0.02 },
		{ name: 'tie 0.025 → 0.02', args: c(0, 0, 0, 0, 0.1, 0), expected: 0.02 },
		{ name: 'tie 0.035 → 0.04', args: c(0, 1.4, 0, 0, 0, 0), expected: 0.04 },
		{ name: 'tie O3 0.005 → 0.00', args: c(0, 0, 0, 0, 0, 0.8), expected: 0 },
		{ name: 'all at the limit → 6', args: c(60, 40, 70, 35, 4, 160), expected: 6 }
	])('$name → $expected', ({ args, expected }) => {
		expect(compositeIndex(args)).toBe(expected);
	});

	it.each([
		{ args: ['2012'], expected: 3.06 },
		{ args: ['2026-transition'], expected: 3.25 }, // .15 + .375 + .65 + .7 + .175 + 1.2
		{ args: ['2026-final'], expected: 3.94 } // .45 + .5 + .78 + .84 + .175 + 1.2 = 3.945 → half-even
	] as { args: [LimitsEdition]; expected: number }[])('K1 with limits $args → $expected', ({ args, expected }) => {
		expect(compositeIndex(c(9, 15, 39, 21, 0.7, 192), ...args)).toBe(expected);
	});

	it.each([
		c(-1, 15, 39, 21, 0.7, 192),
		c(9, NaN, 39, 21, 0.7, 192),
		c(9, 15, Infinity, 21, 0.7, 192),
		{ SO2: 9, NO2: 15, PM10: 39, CO: 0.7, O3: 192 } as unknown as ReturnType<typeof c>
	])('invalid %j → RangeError', (args) => {
		expect(() => compositeIndex(args)).toThrow(RangeError);
	});

	it('unknown edition → RangeError', () => {
		expect(() => compositeIndex(c(1, 1, 1, 1, 1, 1), '2013' as LimitsEdition)).toThrow(RangeError);
	});
});
