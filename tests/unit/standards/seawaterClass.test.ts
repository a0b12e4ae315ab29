import { describe, expect, it } from 'vitest';
import type { SeaIndicator } from '$lib/standards';
import { seawaterClass, seawaterIndicatorClass } from '$lib/standards';

// Expected classes read by hand from GB 3097-1997 Table 1 (STANDARDS.md §6).
describe('seawaterIndicatorClass: inclusive limits, DO strict', () => {
	it.each([
		{ args: ['DO', 6.01], expected: '1' },
		{ args: ['DO', 6], expected: '2' }, // strict >: 6 is not > 6
		{ args: ['DO', 5], expected: '3' },
		{ args: ['DO', 4], expected: '4' },
		{ args: ['DO', 3.1], expected: '4' },
		{ args: ['DO', 3], expected: '劣四类' },
		{ args: ['pH', 7.8], expected: '1' },
		{ args: ['pH', 8.5], expected: '1' },
		{ args: ['pH', 8.6], expected: '3' },
		{ args: ['pH', 7.7], expected: '3' },
		{ args: ['pH', 6.8], expected: '3' },
		{ args: ['pH', 8.8], expected: '3' },
		{ args: ['pH', 6.7], expected: '劣四类' },
		{ args: ['pH', 8.9], expected: '劣四类' },
		{ args: ['COD', 2], expected: '1' },
		{ args: ['COD', 3], expected: '2' },
		{ args: ['COD', 4], expected: '3' },
		{ args: ['COD', 5], expected: '4' },
		{ args: ['COD', 5.1], expected: '劣四类' },
		{ args: ['BOD5', 1.5], expected: '2' },
		{ args: ['DIN', 0.2], expected: '1' },
		{ args: ['DIN', 0.21], expected: '2' },
		{ args: ['DIN', 0.3], expected: '2' },
		{ args: ['DIN', 0.4], expected: '3' },
		{ args: ['DIN', 0.5], expected: '4' },
		{ args: ['DIN', 0.51], expected: '劣四类' },
		{ args: ['nonionicNH3', 0.02], expected: '1' },
		{ args: ['nonionicNH3', 0.021], expected: '劣四类' },
		{ args: ['PO4', 0.015], expected: '1' },
		{ args: ['PO4', 0.016], expected: '2' },
		{ args: ['PO4', 0.03], expected: '2' },
		{ args: ['PO4', 0.031], expected: '4' },
		{ args: ['PO4', 0.045], expected: '4' },
		{ args: ['PO4', 0.046], expected: '劣四类' },
		{ args: ['Hg', 0.0002], expected: '2' },
		{ args: ['Cd', 0.01], expected: '3' },
		{ args: ['Pb', 0.001], expected: '1' },
		{ args: ['Pb', 0.02], expected: '4' },
		{ args: ['Cr6', 0.015], expected: '3' },
		{ args: ['Cr', 0.5], expected: '4' },
		{ args: ['As', 0.03], expected: '2' },
		{ args: ['As', 0.05], expected: '3' },
		{ args: ['Cu', 0.005], expected: '1' },
		{ args: ['Zn', 0.1], expected: '3' },
		{ args: ['Se', 0.02], expected: '2' },
		{ args: ['Ni', 0.051], expected: '劣四类' },
		{ args: ['cyanide', 0.005], expected: '1' },
		{ args: ['cyanide', 0.006], expected: '3' },
		{ args: ['sulfide', 0.25], expected: '4' },
		{ args: ['phenol', 0.005], expected: '1' },
		{ args: ['petroleum', 0.05], expected: '1' },
		{ args: ['petroleum', 0.3], expected: '3' },
		{ args: ['LAS', 0.03], expected: '1' },
		{ args: ['LAS', 0.1], expected: '2' }
	] as { args: [SeaIndicator, number]; expected: string }[])('$args → $expected', ({ args, expected }) => {
		expect(seawaterIndicatorClass(...args)).toBe(expected);
	});
});

describe('seawaterClass: point = worst indicator', () => {
	it.each([
		{
			name: 'class 4 set by PO4',
			args: { DIN: 0.35, PO4: 0.035, DO: 7 },
			expected: { class: '4', limiting: ['PO4'], excellent: false }
		},
		{
			name: 'class 2 tie, excellent',
			args: { DIN: 0.25, PO4: 0.02, pH: 8.1 },
			expected: { class: '2', limiting: ['DIN', 'PO4'], excellent: true }
		},
		{
			name: 'class 1 → limiting []',
			args: { DIN: 0.1, DO: 7, pH: 8.0 },
			expected: { class: '1', limiting: [], excellent: true }
		},
		{
			name: 'class 3 not excellent',
			args: { DIN: 0.4, COD: 1 },
			expected: { class: '3', limiting: ['DIN'], excellent: false }
		},
		{
			name: '劣四类',
			args: { DIN: 0.6, DO: 2.5, COD: 1 },
			expected: { class: '劣四类', limiting: ['DO', 'DIN'], excellent: false }
		}
	] as { name: string; args: Partial<Record<SeaIndicator, number>>; expected: unknown }[])(
		'$name',
		({ args, expected }) => {
			expect(seawaterClass(args)).toEqual(expected);
		}
	);

	it.each([{}, { DIN: -0.1 }, { DO: NaN }, { PO4: Infinity }, { TN: 1 }, { DIN: undefined }] as Partial<
		Record<SeaIndicator, number>
	>[])('invalid %j → RangeError', (values) => {
		expect(() => seawaterClass(values)).toThrow(RangeError);
	});
});
