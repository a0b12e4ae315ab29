import { describe, expect, test } from 'vitest';
import {
	formatChange,
	formatDirected,
	formatNumber,
	formatValue,
	formatValueParts,
	ordinal,
	unitConversion
} from '../../../src/lib/text/format';

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

describe('formatValue: the work units (万 units converted in English, exactly)', () => {
	test.each([
		{ args: [16053, 0, 'cny_10k', 'zh'], expected: '16,053万元' },
		{ args: [16053, 0, 'cny_10k', 'en'], expected: 'CNY\u00a0160.53\u00a0million' },
		{ args: [1345, 0, 'cny_10k', 'en'], expected: 'CNY\u00a013.45\u00a0million' },
		{ args: [467.57, 2, 'cny_10k', 'en'], expected: 'CNY\u00a04,675,700' },
		{ args: [467.5, 1, 'cny_10k', 'en'], expected: 'CNY\u00a04,675,000' },
		{ args: [250, 0, 'cny_10k', 'en'], expected: 'CNY\u00a02.5\u00a0million' },
		{ args: [467.57, 2, 'cny_10k', 'zh'], expected: '467.57万元' },
		{ args: [5, 0, 'cny_10k', 'en'], expected: 'CNY\u00a050,000' },
		{ args: [0.5, 1, 'cny_10k', 'en'], expected: 'CNY\u00a05,000' },
		{ args: [100, 0, 'cny_10k', 'en'], expected: 'CNY\u00a01\u00a0million' },
		{ args: [1000, 0, 'kwh_10k', 'zh'], expected: '1,000万千瓦时' },
		{ args: [1000, 0, 'kwh_10k', 'en'], expected: '10\u00a0million\u00a0kWh' },
		{ args: [12, 0, 'kwh_10k', 'en'], expected: '120,000\u00a0kWh' },
		{ args: [1871, 0, 'm3_10k', 'zh'], expected: '1,871万立方米' },
		{ args: [1871, 0, 'm3_10k', 'en'], expected: '18.71\u00a0million\u00a0m³' },
		{ args: [14310, 0, 'working_days', 'zh'], expected: '14,310个工作日' },
		{ args: [14310, 0, 'working_days', 'en'], expected: '14,310\u00a0working days' },
		{ args: [1, 0, 'working_days', 'en'], expected: '1\u00a0working day' },
		{ args: [3, 0, 'years', 'zh'], expected: '3年' },
		{ args: [3, 0, 'years', 'en'], expected: '3\u00a0years' },
		{ args: [1, 0, 'years', 'en'], expected: '1\u00a0year' },
		{ args: [1, 0, 'days', 'en'], expected: '1\u00a0day' },
		{ args: [17000, 0, 't', 'zh'], expected: '17,000吨' },
		{ args: [0, 0, 'count', 'en'], expected: '0' }
	] as const)('$args → $expected', ({ args, expected }) => {
		expect(formatValue(args[0], args[1], args[2], args[3])).toBe(expected);
	});

	test.each([
		{ args: [75, '台', 'zh'], expected: '75台' },
		{ args: [4419, '家', 'zh'], expected: '4,419家' },
		{ args: [513, '家次', 'zh'], expected: '513家次' },
		{ args: [75, '台', 'en'], expected: '75' },
		{ args: [75, '', 'zh'], expected: '75个' }
	] as const)('a count with its measure word: $args → $expected', ({ args, expected }) => {
		expect(formatValue(args[0], 0, 'count', args[2], args[1])).toBe(expected);
	});

	test('parts of a converted value join to the whole, with the number alone in the middle', () => {
		expect(formatValueParts(16053, 0, 'cny_10k', 'en')).toEqual({
			before: 'CNY\u00a0',
			number: '160.53',
			after: '\u00a0million'
		});
		expect(formatValueParts(1000, 0, 'kwh_10k', 'en')).toEqual({
			before: '',
			number: '10',
			after: '\u00a0million\u00a0kWh'
		});
		expect(formatValueParts(16053, 0, 'cny_10k', 'zh')).toEqual({ before: '', number: '16,053', after: '万元' });
		expect(formatValueParts(75, 0, 'count', 'zh', '台')).toEqual({ before: '', number: '75', after: '台' });
	});

	test.each([
		{ args: ['cny_10k', 'en'], expected: '1\u00a0万元 = CNY\u00a010,000' },
		{ args: ['kwh_10k', 'en'], expected: '1\u00a0万千瓦时 = 10,000\u00a0kWh' },
		{ args: ['m3_10k', 'en'], expected: '1\u00a0万立方米 = 10,000\u00a0m³' },
		{ args: ['cny_10k', 'zh'], expected: null },
		{ args: ['count', 'en'], expected: null },
		{ args: ['percent', 'en'], expected: null }
	] as const)('the conversion stated: $args → $expected', ({ args, expected }) => {
		expect(unitConversion(args[0], args[1])).toBe(expected);
	});
});

describe('formatDirected: a change in words', () => {
	test.each([
		{ args: [-13.1, 1, 'percent_change', 'zh'], expected: '下降13.1%' },
		{ args: [-13.1, 1, 'percent_change', 'en'], expected: 'down 13.1%' },
		{ args: [133, 0, 'percent_change', 'zh'], expected: '增长133%' },
		{ args: [133, 0, 'percent_change', 'en'], expected: 'up 133%' },
		{ args: [10.5, 1, 'percentage_point', 'zh'], expected: '上升10.5个百分点' },
		{ args: [-10.5, 1, 'percentage_point', 'en'], expected: 'down 10.5\u00a0percentage points' },
		{ args: [4, 0, 'places', 'zh'], expected: '上升4位' },
		{ args: [0, 1, 'percent_change', 'zh'], expected: '持平' },
		{ args: [0, 1, 'percent_change', 'en'], expected: 'unchanged' }
	] as const)('$args → $expected', ({ args, expected }) => {
		expect(formatDirected(args[0], args[1], args[2], args[3])).toBe(expected);
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
