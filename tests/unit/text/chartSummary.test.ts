import { describe, expect, test } from 'vitest';
import {
	aqiCategoryName,
	barTopSentence,
	calendarSentence,
	limitsSentence,
	multiplesSentence,
	peakSentence,
	rankSentence,
	sharesSentence,
	vsLimitSentence
} from '../../../src/lib/text/chartSummary';
import { formatDate, formatDayRange, monthLabel, weekdayInitials } from '../../../src/lib/text/dates';
import type { ChartPoint } from '../../../src/lib/charts/series';

const pts = (decimals: number, ...values: [number, number | null][]): ChartPoint[] =>
	values.map(([x, y]) => ({ x, y, decimals }));

describe('rankSentence (1st is best)', () => {
	test.each([
		{
			name: 'improved: a smaller number',
			points: pts(0, [2018, 7], [2021, null], [2024, 3]),
			zh: '排名从2018年的第7位升至2024年的第3位。',
			en: 'The rank improved from 7th in 2018 to 3rd in 2024.'
		},
		{
			name: 'slipped',
			points: pts(0, [2020, 4], [2022, 9]),
			zh: '排名从2020年的第4位降至2022年的第9位。',
			en: 'The rank slipped from 4th in 2020 to 9th in 2022.'
		},
		{
			name: 'unchanged',
			points: pts(0, [2019, 4], [2020, 4]),
			zh: '排名在2019年和2020年均为第4位。',
			en: 'The rank was 4th in both 2019 and 2020.'
		},
		{ name: 'single', points: pts(0, [2024, 3]), zh: '排名2024年为第3位。', en: 'The rank was 3rd in 2024.' },
		{
			name: 'empty',
			points: pts(0, [2021, null]),
			zh: '排名没有公布数字。',
			en: 'No figure was published for the rank.'
		}
	])('$name', ({ points, zh, en }) => {
		expect(rankSentence(points, '排名', 'zh')).toBe(zh);
		expect(rankSentence(points, 'rank', 'en')).toBe(en);
	});
});

describe('vsLimitSentence', () => {
	test.each([
		{
			name: 'latest value against the limit',
			points: pts(0, [2018, null], [2022, 21], [2023, 20]),
			zh: 'NO2年均浓度2023年为20\u00a0µg/m³，是限值40\u00a0µg/m³的50%。',
			en: 'The NO2 annual mean was 20\u00a0µg/m³ in 2023, 50% of the limit of 40\u00a0µg/m³.'
		},
		{
			name: 'empty',
			points: pts(0, [2018, null]),
			zh: 'NO2年均浓度没有公布数字。',
			en: 'No figure was published for the NO2 annual mean.'
		}
	])('$name', ({ points, zh, en }) => {
		expect(vsLimitSentence(points, 'NO2年均浓度', 'ug_m3', 40, 'zh')).toBe(zh);
		expect(vsLimitSentence(points, 'NO2 annual mean', 'ug_m3', 40, 'en')).toBe(en);
	});
});

describe('peakSentence', () => {
	const month = (x: number) => monthLabel(x, 'en');
	test.each([
		{
			name: 'highest and lowest; gaps skipped; ties → the earliest',
			points: pts(1, [1, 61.3], [2, null], [3, 35.5], [8, 90.3], [9, 90.3]),
			en: 'In 2023, the share of excellent days was highest in Aug (90.3%) and lowest in Mar (35.5%).'
		},
		{
			name: 'a single month',
			points: pts(1, [1, 32.3], [2, null]),
			en: 'In 2024, only Jan has a share of excellent days: 32.3%.'
		},
		{ name: 'empty', points: pts(1, [2, null]), en: 'No figure was published for the share of excellent days.' }
	])('$name', ({ points, en }) => {
		const series = points.length === 2 ? '2024' : '2023';
		expect(peakSentence(points, 'share of excellent days', series, 'percent', month, 'en')).toBe(en);
	});
	test('zh', () => {
		expect(
			peakSentence(pts(1, [3, 35.5], [8, 90.3]), '优级天数比例', '2023年', 'percent', (x) => monthLabel(x, 'zh'), 'zh')
		).toBe('2023年优级天数比例最高在8月（90.3%），最低在3月（35.5%）。');
	});
});

describe('calendarSentence', () => {
	const counts = (l: number[], missing: number) => ({
		levels: { 1: l[0]!, 2: l[1]!, 3: l[2]!, 4: l[3]!, 5: l[4]!, 6: l[5]! },
		missing,
		total: l.reduce((a, b) => a + b, 0) + missing
	});
	test.each([
		{
			name: 'a year with a missing day',
			args: [2023, counts([221, 143, 0, 0, 0, 0], 1)],
			zh: '2023年数据覆盖的365天中，优221天、良143天、污染0天，另有1天没有有效AQI。',
			en: 'Of the 365 days of 2023 covered by the data, 221 were excellent, 143 good and 0 polluted; 1 had no valid AQI.'
		},
		{
			name: 'polluted days add up levels 3–6; a partial year says how many days',
			args: [2024, counts([26, 28, 1, 0, 0, 0], 0)],
			zh: '2024年数据覆盖的55天中，优26天、良28天、污染1天。',
			en: 'Of the 55 days of 2024 covered by the data, 26 were excellent, 28 good and 1 polluted.'
		},
		{
			name: 'every level counted as polluted above 100',
			args: [2022, counts([1, 1, 1, 1, 1, 1], 0)],
			zh: '2022年数据覆盖的6天中，优1天、良1天、污染4天。',
			en: 'Of the 6 days of 2022 covered by the data, 1 were excellent, 1 good and 4 polluted.'
		}
	] as const)('$name', ({ args, zh, en }) => {
		expect(calendarSentence(args[0], args[1], 'zh')).toBe(zh);
		expect(calendarSentence(args[0], args[1], 'en')).toBe(en);
	});
});

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

describe('multiplesSentence', () => {
	const items = [
		{ label: 'Xidong', value: null },
		{ label: 'Hongwen', value: 48 },
		{ label: 'Gulangyu', value: 50 }
	];
	test('range over items with data; items without data are named', () => {
		expect(multiplesSentence('Daily AQI on 20 Jan 2023', items, 'stations', 'index', 0, 'en')).toBe(
			'Daily AQI on 20 Jan 2023: 48 to 50 at the 2 stations with data; no data for Xidong.'
		);
		expect(
			multiplesSentence(
				'2023年1月20日的日AQI',
				items.map((i) => ({ ...i, label: i.label === 'Xidong' ? '溪东' : i.label })),
				'站点',
				'index',
				0,
				'zh'
			)
		).toBe('2023年1月20日的日AQI：有数据的2个站点介于48至50之间；溪东无数据。');
	});
	test('all items with data; none with data', () => {
		expect(multiplesSentence('AQI', items.slice(1), 'stations', 'index', 0, 'en')).toBe(
			'AQI: 48 to 50 at all 2 stations.'
		);
		expect(multiplesSentence('AQI', items.slice(0, 1), 'stations', 'index', 0, 'en')).toBe(
			'No figure was published for the AQI.'
		);
	});
});

describe('names and dates', () => {
	test.each([
		{ level: 1, zh: '优', en: 'excellent' },
		{ level: 3, zh: '轻度污染', en: 'lightly polluted' },
		{ level: 6, zh: '严重污染', en: 'severely polluted' }
	] as const)('aqiCategoryName($level)', ({ level, zh, en }) => {
		expect(aqiCategoryName(level, 'zh')).toBe(zh);
		expect(aqiCategoryName(level, 'en')).toBe(en);
	});
	test('dates and months in both languages', () => {
		expect(formatDate('2023-01-20', 'zh')).toBe('2023年1月20日');
		expect(formatDate('2023-01-20', 'en')).toBe('20 Jan 2023');
		expect(formatDayRange('2024-01-01', '2024-02-24', 'zh')).toBe('1月1日—2月24日');
		expect(formatDayRange('2024-01-01', '2024-02-24', 'en')).toBe('1 Jan–24 Feb');
		expect([monthLabel(2, 'zh'), monthLabel(2, 'en'), monthLabel(12, 'en')]).toEqual(['2月', 'Feb', 'Dec']);
		expect(weekdayInitials('zh')).toHaveLength(7);
		expect(weekdayInitials('en')[0]).toBe('M');
	});
});
