import { describe, expect, test } from 'vitest';
import { trendSentence, yearRanges } from '../../../src/lib/text/summary';
import type { ChartPoint } from '../../../src/lib/charts/series';

const pts = (...values: [number, number | null][]): ChartPoint[] => values.map(([x, y]) => ({ x, y, decimals: 2 }));

describe('trendSentence', () => {
	test.each([
		{
			name: 'fell, with gaps skipped',
			points: pts([2018, 3.31], [2019, 2.98], [2020, null], [2024, 2.34]),
			zh: '综合指数从2018年的3.31降至2024年的2.34。',
			en: 'The composite index fell from 3.31 in 2018 to 2.34 in 2024.'
		},
		{
			name: 'rose',
			points: pts([2023, 2.0], [2024, 2.5]),
			zh: '综合指数从2023年的2.00升至2024年的2.50。',
			en: 'The composite index rose from 2.00 in 2023 to 2.50 in 2024.'
		},
		{
			name: 'unchanged',
			points: pts([2023, 2.5], [2024, 2.5]),
			zh: '综合指数在2023年和2024年均为2.50。',
			en: 'The composite index was 2.50 in both 2023 and 2024.'
		},
		{
			name: 'single value',
			points: pts([2020, null], [2024, 2.34]),
			zh: '综合指数2024年为2.34。',
			en: 'The composite index was 2.34 in 2024.'
		},
		{
			name: 'empty',
			points: pts([2020, null]),
			zh: '综合指数没有公布数字。',
			en: 'No figure was published for the composite index.'
		}
	])('$name', ({ points, zh, en }) => {
		expect(trendSentence(points, '综合指数', 'index', 'zh')).toBe(zh);
		expect(trendSentence(points, 'composite index', 'index', 'en')).toBe(en);
	});

	test('units come with the values', () => {
		const points: ChartPoint[] = [
			{ x: 2023, y: 20, decimals: 0 },
			{ x: 2024, y: 19, decimals: 0 }
		];
		expect(trendSentence(points, 'PM2.5', 'ug_m3', 'en')).toBe(
			'The PM2.5 fell from 20\u00a0µg/m³ in 2023 to 19\u00a0µg/m³ in 2024.'
		);
	});
});

describe('yearRanges', () => {
	test.each([
		[[], ''],
		[[2016], '2016'],
		[[2020, 2021, 2022], '2020–2022'],
		[[2022, 2016, 2020, 2021], '2016, 2020–2022']
	])('%j → %s', (years, expected) => expect(yearRanges(years)).toBe(expected));
});
