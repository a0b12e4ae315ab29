import { describe, expect, it } from 'vitest';
import type { Averaging, Pollutant, Version } from '$lib/standards';
import { BREAKPOINTS, breakpointsFor, iaqi } from '$lib/standards';

// Retyped by hand from STANDARDS.md §1.1 (HJ 633-2012 Table 1) and §2 (HJ 633-2026 Table 3).
const LEVELS = [0, 50, 100, 150, 200, 300, 400, 500];
type Col = [Pollutant, Averaging, number[]];
const COMMON: Col[] = [
	['SO2', '24h', [0, 50, 150, 475, 800, 1600, 2100, 2620]],
	['SO2', '1h', [0, 150, 500, 650, 800]],
	['NO2', '24h', [0, 40, 80, 180, 280, 565, 750, 940]],
	['NO2', '1h', [0, 100, 200, 700, 1200, 2340, 3090, 3840]],
	['CO', '24h', [0, 2, 4, 14, 24, 36, 48, 60]],
	['CO', '1h', [0, 5, 10, 35, 60, 90, 120, 150]],
	['O3', '1h', [0, 160, 200, 300, 400, 800, 1000, 1200]],
	['O3', '8h', [0, 100, 160, 215, 265, 800]]
];
const TABLE: Record<Version, Col[]> = {
	'2012': [
		...COMMON,
		['PM10', '24h', [0, 50, 150, 250, 350, 420, 500, 600]],
		['PM2.5', '24h', [0, 35, 75, 115, 150, 250, 350, 500]]
	],
	'2026': [
		...COMMON,
		['PM10', '24h', [0, 50, 120, 250, 350, 420, 500, 600]],
		['PM10', '1h', [0, 50, 120, 250, 350, 420, 500, 600]], // §4.2.4: PM 1h uses the daily breakpoints
		['PM2.5', '24h', [0, 35, 60, 115, 150, 250, 350, 500]],
		['PM2.5', '1h', [0, 35, 60, 115, 150, 250, 350, 500]]
	]
};

const everyBreakpoint = (['2012', '2026'] as const).flatMap((version) =>
	TABLE[version].flatMap(([pollutant, averaging, bps]) =>
		bps.map((c, i) => ({ args: [pollutant, averaging, c, version] as const, expected: LEVELS[i]! }))
	)
);

describe('every breakpoint of every column gives its IAQI', () => {
	// common 59 (8+5+8+8+8+8+8+6); 2012 + PM 16 = 75; 2026 + PM 32 (24h and 1h) = 91.
	it('covers 166 breakpoints', () => expect(everyBreakpoint).toHaveLength(166));
	it.each(everyBreakpoint)('iaqi$args → $expected', ({ args, expected }) => {
		expect(iaqi(...args)).toBe(expected);
	});
});

describe('exported tables', () => {
	it.each((['2012', '2026'] as const).flatMap((v) => TABLE[v].map((col) => [v, ...col] as const)))(
		'%s %s %s',
		(version, pollutant, averaging, bps) => {
			expect(breakpointsFor(pollutant, averaging, version)).toEqual({
				concentrations: bps,
				iaqi: LEVELS.slice(0, bps.length)
			});
		}
	);

	it('2012 has no PM 1h column; nobody has PM2.5 8h', () => {
		expect(breakpointsFor('PM2.5', '1h', '2012')).toBeUndefined();
		expect(breakpointsFor('PM10', '1h', '2012')).toBeUndefined();
		expect(breakpointsFor('PM2.5', '8h', '2026')).toBeUndefined();
		expect(BREAKPOINTS['2026'].PM10['1h']).toBeUndefined(); // the table itself stays faithful to Table 3
	});
});
