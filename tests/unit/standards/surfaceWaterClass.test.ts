import { describe, expect, it } from 'vitest';
import type { WaterIndicator } from '$lib/standards';
import { surfaceWaterClass, surfaceWaterIndicatorClass } from '$lib/standards';

type Body = 'river' | 'lake';

// Expected classes read by hand from GB 3838-2002 Table 1 (STANDARDS.md §5).
describe('surfaceWaterIndicatorClass: inclusive limits, ties → better class', () => {
	it.each([
		{ args: ['pH', 6, 'river'], expected: 'I' },
		{ args: ['pH', 9, 'lake'], expected: 'I' },
		{ args: ['pH', 5.9, 'river'], expected: '劣V' },
		{ args: ['pH', 9.1, 'river'], expected: '劣V' },
		{ args: ['DO', 7.5, 'river'], expected: 'I' },
		{ args: ['DO', 7.4, 'river'], expected: 'II' },
		{ args: ['DO', 6, 'river'], expected: 'II' },
		{ args: ['DO', 5.99, 'river'], expected: 'III' },
		{ args: ['DO', 3, 'river'], expected: 'IV' },
		{ args: ['DO', 2, 'river'], expected: 'V' },
		{ args: ['DO', 1.99, 'river'], expected: '劣V' },
		{ args: ['CODMn', 2, 'river'], expected: 'I' },
		{ args: ['CODMn', 2.1, 'river'], expected: 'II' },
		{ args: ['CODMn', 15.1, 'river'], expected: '劣V' },
		{ args: ['COD', 15, 'river'], expected: 'I' },
		{ args: ['COD', 15.1, 'river'], expected: 'III' },
		{ args: ['COD', 20, 'river'], expected: 'III' },
		{ args: ['COD', 40, 'river'], expected: 'V' },
		{ args: ['COD', 40.1, 'river'], expected: '劣V' },
		{ args: ['BOD5', 3, 'river'], expected: 'I' },
		{ args: ['BOD5', 3.5, 'river'], expected: 'III' },
		{ args: ['NH3N', 0.15, 'river'], expected: 'I' },
		{ args: ['NH3N', 0.16, 'river'], expected: 'II' },
		{ args: ['NH3N', 2.0, 'river'], expected: 'V' },
		{ args: ['NH3N', 2.01, 'river'], expected: '劣V' },
		{ args: ['TP', 0.02, 'river'], expected: 'I' },
		{ args: ['TP', 0.025, 'river'], expected: 'II' },
		{ args: ['TP', 0.1, 'river'], expected: 'II' },
		{ args: ['TP', 0.21, 'river'], expected: 'IV' },
		{ args: ['TP', 0.4, 'river'], expected: 'V' },
		{ args: ['TP', 0.01, 'lake'], expected: 'I' },
		{ args: ['TP', 0.02, 'lake'], expected: 'II' },
		{ args: ['TP', 0.025, 'lake'], expected: 'II' },
		{ args: ['TP', 0.026, 'lake'], expected: 'III' },
		{ args: ['TP', 0.1, 'lake'], expected: 'IV' },
		{ args: ['TP', 0.2, 'lake'], expected: 'V' },
		{ args: ['TP', 0.21, 'lake'], expected: '劣V' },
		{ args: ['TN', 1.2, 'river'], expected: 'IV' },
		{ args: ['TN', 0.2, 'lake'], expected: 'I' },
		{ args: ['TN', 2.1, 'lake'], expected: '劣V' },
		{ args: ['Cu', 0.01, 'river'], expected: 'I' },
		{ args: ['Cu', 0.02, 'river'], expected: 'II' },
		{ args: ['Cu', 1.1, 'river'], expected: '劣V' },
		{ args: ['Zn', 1.5, 'river'], expected: 'IV' },
		{ args: ['fluoride', 1.0, 'river'], expected: 'I' },
		{ args: ['fluoride', 1.2, 'river'], expected: 'IV' },
		{ args: ['Se', 0.01, 'river'], expected: 'I' },
		{ args: ['Se', 0.015, 'river'], expected: 'IV' },
		{ args: ['As', 0.05, 'river'], expected: 'I' },
		{ args: ['As', 0.06, 'river'], expected: 'IV' },
		{ args: ['Hg', 0.00005, 'river'], expected: 'I' },
		{ args: ['Hg', 0.00006, 'river'], expected: 'III' },
		{ args: ['Hg', 0.0011, 'river'], expected: '劣V' },
		{ args: ['Cd', 0.001, 'river'], expected: 'I' },
		{ args: ['Cd', 0.002, 'river'], expected: 'II' },
		{ args: ['Cd', 0.006, 'river'], expected: 'V' },
		{ args: ['Cr6', 0.05, 'river'], expected: 'II' },
		{ args: ['Pb', 0.01, 'river'], expected: 'I' },
		{ args: ['Pb', 0.05, 'river'], expected: 'III' },
		{ args: ['cyanide', 0.2, 'river'], expected: 'III' },
		{ args: ['phenol', 0.002, 'river'], expected: 'I' },
		{ args: ['phenol', 0.003, 'river'], expected: 'III' },
		{ args: ['petroleum', 0.05, 'river'], expected: 'I' },
		{ args: ['petroleum', 0.06, 'river'], expected: 'IV' },
		{ args: ['LAS', 0.2, 'river'], expected: 'I' },
		{ args: ['LAS', 0.25, 'river'], expected: 'IV' },
		{ args: ['sulfide', 0.05, 'river'], expected: 'I' },
		{ args: ['sulfide', 1.01, 'river'], expected: '劣V' },
		{ args: ['fecalColiform', 2000, 'river'], expected: 'II' },
		{ args: ['fecalColiform', 40001, 'lake'], expected: '劣V' }
	] as { args: [WaterIndicator, number, Body]; expected: string }[])('$args → $expected', ({ args, expected }) => {
		expect(surfaceWaterIndicatorClass(...args)).toBe(expected);
	});
});

describe('surfaceWaterClass: section = worst assessed indicator', () => {
	it.each([
		{
			name: 'worst indicator, ties listed in Table 1 order',
			args: [{ DO: 5.5, NH3N: 1.2, CODMn: 8 }, 'river'],
			expected: { class: 'IV', limiting: ['CODMn', 'NH3N'], excellent: false }
		},
		{
			name: 'class II is excellent',
			args: [{ DO: 8, CODMn: 3 }, 'river'],
			expected: { class: 'II', limiting: ['CODMn'], excellent: true }
		},
		{
			name: 'class III is excellent',
			args: [{ pH: 7.2, DO: 5, TP: 0.15 }, 'river'],
			expected: { class: 'III', limiting: ['DO', 'TP'], excellent: true }
		},
		{
			name: 'all class I → limiting []',
			args: [{ pH: 7, DO: 8, COD: 15, BOD5: 3 }, 'river'],
			expected: { class: 'I', limiting: [], excellent: true }
		},
		{
			name: 'river: TN does not set the class',
			args: [{ COD: 10, TN: 5 }, 'river'],
			expected: { class: 'I', limiting: [], excellent: true }
		},
		{
			name: 'lake: TN sets the class',
			args: [{ COD: 10, TN: 5 }, 'lake'],
			expected: { class: '劣V', limiting: ['TN'], excellent: false }
		},
		{
			name: 'fecal coliform never sets the class (river)',
			args: [{ COD: 18, fecalColiform: 50000 }, 'river'],
			expected: { class: 'III', limiting: ['COD'], excellent: true }
		},
		{
			name: 'fecal coliform never sets the class (lake)',
			args: [{ COD: 18, fecalColiform: 50000 }, 'lake'],
			expected: { class: 'III', limiting: ['COD'], excellent: true }
		},
		{
			name: 'TP 0.1: river II, lake IV',
			args: [{ TP: 0.1, COD: 10 }, 'lake'],
			expected: { class: 'IV', limiting: ['TP'], excellent: false }
		},
		{
			name: 'TP 0.1 in a river',
			args: [{ TP: 0.1, COD: 10 }, 'river'],
			expected: { class: 'II', limiting: ['TP'], excellent: true }
		},
		{
			name: 'pH outside 6–9 → 劣V',
			args: [{ pH: 9.5, COD: 10 }, 'river'],
			expected: { class: '劣V', limiting: ['pH'], excellent: false }
		},
		{
			name: 'class V is not excellent',
			args: [{ NH3N: 1.8 }, 'river'],
			expected: { class: 'V', limiting: ['NH3N'], excellent: false }
		},
		{
			name: 'undefined values are skipped',
			args: [{ COD: 16, BOD5: undefined }, 'river'],
			expected: { class: 'III', limiting: ['COD'], excellent: true }
		}
	] as { name: string; args: [Partial<Record<WaterIndicator, number>>, Body]; expected: unknown }[])(
		'$name',
		({ args, expected }) => {
			expect(surfaceWaterClass(...args)).toEqual(expected);
		}
	);

	it.each([
		[{}, 'river'],
		[{ COD: -1 }, 'river'],
		[{ COD: NaN }, 'lake'],
		[{ DO: Infinity }, 'river'],
		[{ TN: 1 }, 'river'], // nothing that sets a river's class
		[{ fecalColiform: 10 }, 'lake'],
		[{ Fe: 0.1 }, 'river'], // not a GB 3838 Table 1 key
		[{ COD: 10 }, 'sea']
	] as [Partial<Record<WaterIndicator, number>>, Body][])('invalid %j %s → RangeError', (values, body) => {
		expect(() => surfaceWaterClass(values, body)).toThrow(RangeError);
	});
});
