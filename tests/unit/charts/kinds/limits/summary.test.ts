import { describe, expect, test } from 'vitest';
import { limitsFinding, limitsSentence } from '../../../../../src/lib/charts/kinds/limits/summary';
import type { LimitsChartModel } from '../../../../../src/lib/charts/kinds/limits/model';

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

describe('limitsFinding (a slide title)', () => {
	/** A limits model with only what the finding reads: the year, the edition and each row's value and limit. */
	const model = (rows: [string, number | null, number][]): LimitsChartModel =>
		({
			kind: 'limits',
			year: 2022,
			limitsEdition: '2012',
			rows: rows.map(([pollutant, value, limit]) => ({
				pollutant,
				limit,
				value: value === null ? null : { value, decimals: 0, kind: 'published', sourceIds: [] }
			}))
		}) as unknown as LimitsChartModel;
	test.each([
		{
			name: 'every pollutant has a figure, all within: the nearest named',
			rows: [
				['SO2', 6, 60],
				['NO2', 21, 40],
				['O3', 134, 160]
			] as [string, number | null, number][],
			zh: '2022年3项污染物均未超过GB 3095—2012二级限值，O3为限值的84%',
			en: '2022: all 3 pollutants within GB 3095-2012 grade II limits; O3 nearest, at 84% of its limit'
		},
		{
			name: 'only some have a figure: says so',
			rows: [
				['PM2.5', 19, 35],
				['PM10', 33, 70],
				['O3', null, 160]
			] as [string, number | null, number][],
			zh: '2022年有数字的2项污染物均未超过GB 3095—2012二级限值，PM2.5为限值的54%',
			en: '2022: the 2 pollutants with a figure within their grade II limits; PM2.5 at 54% of its limit'
		},
		{
			name: 'one exceeds: the summary sentence',
			rows: [
				['PM10', 71, 70],
				['NO2', 21, 40]
			] as [string, number | null, number][],
			zh: '2022年有数字的2项污染物中，PM10超过GB 3095—2012二级限值',
			en: 'In 2022, PM10 exceeded the GB 3095-2012 grade II limit (2 pollutants with a figure)'
		},
		{
			name: 'one pollutant: the summary sentence',
			rows: [
				['PM2.5', 18, 35],
				['O3', null, 160]
			] as [string, number | null, number][],
			zh: '2022年PM2.5未超过GB 3095—2012二级限值，为限值的51%',
			en: 'In 2022, PM2.5 was within its GB 3095-2012 grade II limit, at 51% of it'
		}
	])('$name', ({ rows, zh, en }) => {
		expect(limitsFinding(model(rows), 'zh')).toBe(zh);
		expect(limitsFinding(model(rows), 'en')).toBe(en);
	});
});
