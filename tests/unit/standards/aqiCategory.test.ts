import { describe, expect, it } from 'vitest';
import { aqiCategory } from '$lib/standards';

const C1 = { level: 1, zh: '优', en: 'Excellent', colour: '#00E400' };
const C2 = { level: 2, zh: '良', en: 'Good', colour: '#FFFF00' };
const C3 = { level: 3, zh: '轻度污染', en: 'Lightly polluted', colour: '#FF7E00' };
const C4 = { level: 4, zh: '中度污染', en: 'Moderately polluted', colour: '#FF0000' };
const C5 = { level: 5, zh: '重度污染', en: 'Heavily polluted', colour: '#99004C' };
const C6 = { level: 6, zh: '严重污染', en: 'Severely polluted', colour: '#7E0023' };

describe('aqiCategory (HJ 633-2012 Table 2, Table A.1)', () => {
	it.each([
		{ args: 0, expected: C1 },
		{ args: 1, expected: C1 },
		{ args: 50, expected: C1 },
		{ args: 51, expected: C2 },
		{ args: 100, expected: C2 },
		{ args: 101, expected: C3 },
		{ args: 150, expected: C3 },
		{ args: 151, expected: C4 },
		{ args: 200, expected: C4 },
		{ args: 201, expected: C5 },
		{ args: 300, expected: C5 },
		{ args: 301, expected: C6 },
		{ args: 500, expected: C6 }
	])('$args → level $expected.level', ({ args, expected }) => {
		expect(aqiCategory(args)).toEqual(expected);
	});

	it.each([-1, NaN, Infinity])('%s → RangeError', (v) => {
		expect(() => aqiCategory(v)).toThrow(RangeError);
	});
});
