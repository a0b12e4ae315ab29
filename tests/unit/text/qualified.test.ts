import { describe, expect, test } from 'vitest';
import { formatQualified, metricQualifier } from '../../../src/lib/text/qualified';

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
		{ args: [204, 0, 'sightings', 'zh', 'exact'], expected: '204次' }
	] as const)('$args → $expected', ({ args, expected }) => {
		expect(formatQualified(args[0], args[1], args[2], args[3], args[4])).toBe(expected);
	});
});
