import { describe, expect, test } from 'vitest';
import { barTopSentence, sharesSentence } from '../../../../../src/lib/charts/kinds/bar/summary';

describe('barTopSentence', () => {
	test.each([
		{
			name: 'the largest value, nulls skipped',
			rows: [
				{ label: 'O3', value: 101 },
				{ label: 'PM10', value: null },
				{ label: 'NO2', value: 13 }
			],
			zh: '2023年作为首要污染物的天数最多的是O3：101天。',
			en: 'In 2023, O3 had the most days as primary pollutant: 101\u00a0days.'
		},
		{
			name: 'all zero or missing: nothing to name',
			rows: [
				{ label: 'O3', value: 0 },
				{ label: 'PM10', value: null }
			],
			zh: '作为首要污染物的天数没有公布数字。',
			en: 'No figure was published for the days as primary pollutant.'
		}
	])('$name', ({ rows, zh, en }) => {
		expect(barTopSentence(rows, '2023年', '作为首要污染物的天数', 'days', 0, 'zh')).toBe(zh);
		expect(barTopSentence(rows, '2023', 'days as primary pollutant', 'days', 0, 'en')).toBe(en);
	});
});

describe('sharesSentence', () => {
	test.each([
		{
			name: 'the two largest shares',
			shares: [
				{ label: 'excellent', share: 60.548 },
				{ label: 'good', share: 39.178 },
				{ label: 'no valid AQI', share: 0.274 }
			],
			en: 'In 2023, 60.5% of days were excellent and 39.2% good.'
		},
		{ name: 'one', shares: [{ label: 'good', share: 100 }], en: 'In 2023, 100.0% of days were good.' },
		{ name: 'none', shares: [{ label: 'good', share: 0 }], en: 'No data for 2023.' }
	])('$name', ({ shares, en }) => {
		expect(sharesSentence('2023', shares, 'en')).toBe(en);
	});
	test('zh', () => {
		expect(
			sharesSentence(
				'2023年',
				[
					{ label: '良', share: 39.178 },
					{ label: '优', share: 60.548 }
				],
				'zh'
			)
		).toBe('2023年60.5%的天数为优，39.2%为良。');
	});
});
