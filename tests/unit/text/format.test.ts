import { describe, expect, test } from 'vitest';
import { formatChange, formatNumber, formatValue, formatValueParts, ordinal } from '../../../src/lib/text/format';

describe('formatValue', () => {
	test.each([
		{ args: [2.34, 2, 'index', 'zh'], expected: '2.34' },
		{ args: [99.5, 1, 'percent', 'zh'], expected: '99.5%' },
		{ args: [99.5, 1, 'percent', 'en'], expected: '99.5%' },
		{ args: [100, 0, 'percent', 'en'], expected: '100%' },
		{ args: [3, 0, 'rank', 'zh'], expected: '第3位' },
		{ args: [3, 0, 'rank', 'en'], expected: '3rd' },
		{ args: [19, 0, 'ug_m3', 'zh'], expected: '19\u00a0µg/m³' },
		{ args: [19, 0, 'ug_m3', 'en'], expected: '19\u00a0µg/m³' },
		{ args: [51.06, 2, 'm2_per_km', 'zh'], expected: '51.06平方米/公里' },
		{ args: [51.06, 2, 'm2_per_km', 'en'], expected: '51.06\u00a0m²/km' },
		{ args: [230, 0, 'km2', 'en'], expected: '230\u00a0km²' },
		{ args: [412, 0, 'count', 'zh'], expected: '412个' },
		{ args: [412, 0, 'count', 'en'], expected: '412' },
		{ args: [3000, 0, 't_per_year', 'en'], expected: '3,000\u00a0t a year' },
		{ args: [3000, 0, 't_per_year', 'zh'], expected: '3,000吨/年' },
		{ args: [99.18, 2, 'percent', 'en'], expected: '99.18%' },
		{ args: [80, 1, 'percent', 'en'], expected: '80.0%' }
	] as const)('$args → $expected', ({ args, expected }) => {
		expect(formatValue(args[0], args[1], args[2], args[3])).toBe(expected);
	});

	test('parts join to the whole value', () => {
		expect(formatValueParts(3, 0, 'rank', 'zh')).toEqual({ before: '第', number: '3', after: '位' });
		expect(formatValueParts(3, 0, 'rank', 'en')).toEqual({ before: '', number: '3', after: 'rd' });
		expect(formatValueParts(51.06, 2, 'm2_per_km', 'en')).toEqual({
			before: '',
			number: '51.06',
			after: '\u00a0m²/km'
		});
	});
});

describe('formatChange: sign and unit come from the data', () => {
	test.each([
		{ args: [10.5, 1, 'percentage_point', 'zh'], expected: '+10.5个百分点' },
		{ args: [10.5, 1, 'percentage_point', 'en'], expected: '+10.5\u00a0percentage points' },
		{ args: [-10.3, 1, 'percent_change', 'zh'], expected: '\u221210.3%' },
		{ args: [-10.3, 1, 'percent_change', 'en'], expected: '\u221210.3%' },
		{ args: [4, 0, 'places', 'zh'], expected: '上升4位' },
		{ args: [4, 0, 'places', 'en'], expected: 'up 4 places' },
		{ args: [-1, 0, 'places', 'en'], expected: 'down 1 place' },
		{ args: [0, 0, 'places', 'zh'], expected: '名次不变' },
		{ args: [-0.06, 2, 'index_points', 'en'], expected: '\u22120.06' },
		{ args: [0, 1, 'percentage_point', 'en'], expected: '0.0\u00a0percentage points' }
	] as const)('$args → $expected', ({ args, expected }) => {
		expect(formatChange(args[0], args[1], args[2], args[3])).toBe(expected);
	});
});

describe('formatNumber and ordinal', () => {
	test.each([
		[1, '1st'],
		[2, '2nd'],
		[3, '3rd'],
		[4, '4th'],
		[11, '11th'],
		[12, '12th'],
		[13, '13th'],
		[21, '21st'],
		[112, '112th'],
		[168, '168th']
	])('ordinal(%d) = %s', (n, expected) => expect(ordinal(n)).toBe(expected));

	test('a true minus sign, grouping, fixed decimals', () => {
		expect(formatNumber(-5, 1, 'en')).toBe('\u22125.0');
		expect(formatNumber(470000, 0, 'zh')).toBe('470,000');
		expect(formatNumber(2.5, 0, 'en')).toBe('3');
	});
});
