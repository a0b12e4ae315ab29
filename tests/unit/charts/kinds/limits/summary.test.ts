import { describe, expect, test } from 'vitest';
import { limitsSentence } from '../../../../../src/lib/charts/kinds/limits/summary';

describe('limitsSentence', () => {
	const facts = [
		{ name: 'SO2', value: 3, limit: 60 },
		{ name: 'NO2', value: 20, limit: 40 },
		{ name: 'O3', value: 124, limit: 160 }
	];
	test.each([
		{
			name: 'all within: the closest to its limit is named',
			facts,
			zh: '2023年有数字的3项污染物均未超过GB 3095—2012二级限值，最接近限值的是O3（为限值的78%）。',
			en: 'In 2023, all 3 pollutants with a figure were within their GB 3095-2012 grade II limits; the closest was O3, at 78% of its limit.'
		},
		{
			name: 'one pollutant only',
			facts: [{ name: 'PM2.5', value: 18, limit: 35 }],
			zh: '2023年PM2.5未超过GB 3095—2012二级限值，为限值的51%。',
			en: 'In 2023, PM2.5 was within its GB 3095-2012 grade II limit, at 51% of it.'
		},
		{
			name: 'exceeded (above, not at, the limit)',
			facts: [...facts, { name: 'PM10', value: 71, limit: 70 }, { name: 'PM2.5', value: 35, limit: 35 }],
			zh: '2023年有数字的5项污染物中，PM10超过GB 3095—2012二级限值。',
			en: 'In 2023, PM10 exceeded the GB 3095-2012 grade II limit (5 pollutants with a figure).'
		},
		{
			name: 'nothing found',
			facts: [],
			zh: '2023年没有找到污染物的年度统计值。',
			en: 'No annual pollutant statistic was found for 2023.'
		}
	])('$name', ({ facts, zh, en }) => {
		expect(limitsSentence(2023, facts, 'GB 3095—2012', 'zh')).toBe(zh);
		expect(limitsSentence(2023, facts, 'GB 3095-2012', 'en')).toBe(en);
	});
});
