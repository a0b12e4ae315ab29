import { describe, expect, test } from 'vitest';
import { formatQualified, metricQualifier, writtenQualifierOf } from '../../../src/lib/text/qualified';

describe('metricQualifier', () => {
	test.each([
		{ args: 'litter_collected_t_per_year_approx', expected: 'approx' },
		{ args: 'litter_collected_one_week_peak_t_min', expected: 'lower_bound' },
		{ args: 'floating_litter_density', expected: 'exact' },
		{ args: 'approx_in_the_middle', expected: 'exact' }
	] as const)('$args → $expected', ({ args, expected }) => {
		expect(metricQualifier(args)).toBe(expected);
	});
});

describe('formatQualified: an approximate or lower-bound value is never a plain number', () => {
	test.each([
		{ args: [3000, 0, 't_per_year', 'zh', 'approx'], expected: '约3,000吨/年' },
		{ args: [3000, 0, 't_per_year', 'en', 'approx'], expected: 'about 3,000\u00a0t a year' },
		{ args: [100, 0, 't', 'zh', 'lower_bound'], expected: '逾100吨' },
		{ args: [100, 0, 't', 'en', 'lower_bound'], expected: 'more than 100\u00a0t' },
		{ args: [80, 0, 'percent', 'zh', 'approx'], expected: '约80%' },
		{ args: [51.06, 2, 'm2_per_km', 'en', 'exact'], expected: '51.06\u00a0m²/km' },
		{ args: [62, 0, 'percent_change', 'zh', 'exact'], expected: '+62%' },
		{ args: [7.5, 1, 'percentage_point', 'en', 'exact'], expected: '+7.5\u00a0percentage points' },
		{ args: [43.7, 1, 'km', 'zh', 'exact'], expected: '43.7公里' },
		{ args: [204, 0, 'sightings', 'zh', 'exact'], expected: '204次' },
		{ args: [1000, 0, 'kwh_10k', 'zh', 'lower_bound'], expected: '逾1,000万千瓦时' },
		{ args: [1000, 0, 'kwh_10k', 'en', 'lower_bound'], expected: 'more than 10\u00a0million\u00a0kWh' },
		{ args: [17000, 0, 't', 'en', 'lower_bound'], expected: 'more than 17,000\u00a0t' },
		{ args: [16053, 0, 'cny_10k', 'en', 'approx'], expected: 'about CNY\u00a0160.53\u00a0million' },
		{ args: [-13.1, 1, 'percent_change', 'zh', 'exact'], expected: '\u221213.1%' }
	] as const)('$args → $expected', ({ args, expected }) => {
		expect(formatQualified(args[0], args[1], args[2], args[3], args[4])).toBe(expected);
	});
});

describe('work figures: how exact, from data/work.csv (min → 逾/more than, approx → 约/about)', () => {
	test.each([
		{ args: 'exact', expected: 'exact' },
		{ args: 'min', expected: 'lower_bound' },
		{ args: 'approx', expected: 'approx' }
	] as const)('$args → $expected', ({ args, expected }) => {
		expect(writtenQualifierOf(args)).toBe(expected);
	});

	test.each([
		{ args: [20, '家', 'zh', 'min'], expected: '逾20家' },
		{ args: [20, '家', 'en', 'min'], expected: 'more than 20' },
		{ args: [4000, '件', 'zh', 'min'], expected: '逾4,000件' },
		{ args: [75, '台', 'zh', 'exact'], expected: '75台' }
	] as const)('a count with its measure word: $args → $expected', ({ args, expected }) => {
		expect(formatQualified(args[0], 0, 'count', args[2], writtenQualifierOf(args[3]), args[1])).toBe(expected);
	});
});
