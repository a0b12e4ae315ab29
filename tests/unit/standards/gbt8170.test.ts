import { describe, expect, it } from 'vitest';
import { roundConcentration, roundHalfEven } from '$lib/standards';

describe('roundHalfEven (GB/T 8170, decimal-safe)', () => {
	it.each([
		{ args: [2.15, 1], expected: 2.2 },
		{ args: [2.25, 1], expected: 2.2 },
		{ args: [2.35, 1], expected: 2.4 },
		{ args: [2.45, 1], expected: 2.4 },
		{ args: [2.151, 1], expected: 2.2 },
		{ args: [2.2499999, 1], expected: 2.2 },
		{ args: [35.5, 0], expected: 36 },
		{ args: [34.5, 0], expected: 34 },
		{ args: [0.5, 0], expected: 0 },
		{ args: [1.5, 0], expected: 2 },
		{ args: [2.5, 0], expected: 2 },
		{ args: [0.05, 1], expected: 0 },
		{ args: [0.15, 1], expected: 0.2 },
		{ args: [1.005, 2], expected: 1 },
		{ args: [1.015, 2], expected: 1.02 },
		{ args: [1.025, 2], expected: 1.02 },
		{ args: [1e-7, 1], expected: 0 },
		{ args: [1e21, 0], expected: 1e21 },
		{ args: [-2.5, 0], expected: -2 },
		{ args: [-3.5, 0], expected: -4 },
		{ args: [7, 1], expected: 7 }
	])('$args → $expected', ({ args, expected }) => {
		expect(roundHalfEven(args[0]!, args[1]!)).toBe(expected);
	});

	it('never returns −0', () => {
		expect(Object.is(roundHalfEven(-0.4, 0), 0)).toBe(true);
	});

	it.each([NaN, Infinity])('%s → RangeError', (v) => {
		expect(() => roundHalfEven(v, 0)).toThrow(RangeError);
	});
});

describe('roundConcentration (STANDARDS.md §7: µg/m³ → integer, CO → 1 dp)', () => {
	it.each([
		{ args: ['CO', 2.15], expected: 2.2 },
		{ args: ['CO', 2.25], expected: 2.2 },
		{ args: ['CO', 0.05], expected: 0 },
		{ args: ['PM2.5', 35.5], expected: 36 },
		{ args: ['PM2.5', 34.5], expected: 34 },
		{ args: ['O3', 160.49], expected: 160 },
		{ args: ['SO2', 0.5], expected: 0 }
	] as const)('$args → $expected', ({ args, expected }) => {
		expect(roundConcentration(args[0], args[1])).toBe(expected);
	});

	it.each([-1, NaN, -Infinity])('%s → RangeError', (v) => {
		expect(() => roundConcentration('NO2', v)).toThrow(RangeError);
	});
});
