import { describe, expect, test } from 'vitest';
import {
	changeSentence,
	peakSentence,
	rankSentence,
	vsLimitFinding,
	vsLimitSentence,
	type SentencePoint
} from '../../../../../src/lib/charts/kinds/line/sentences';
import { monthLabel } from '../../../../../src/lib/text/dates';

const pts = (decimals: number, ...values: [number, number | null][]): SentencePoint[] =>
	values.map(([x, y]) => ({ x, y, decimals }));

describe('changeSentence', () => {
	test.each([
		{
			name: 'fell, with gaps skipped',
			points: pts(2, [2018, 3.31], [2019, 2.98], [2020, null], [2024, 2.34]),
			zh: '综合指数从2018年的3.31降至2024年的2.34。',
			en: 'The composite index fell from 3.31 in 2018 to 2.34 in 2024.'
		},
		{
			name: 'rose',
			points: pts(2, [2023, 2.0], [2024, 2.5]),
			zh: '综合指数从2023年的2.00升至2024年的2.50。',
			en: 'The composite index rose from 2.00 in 2023 to 2.50 in 2024.'
		},
		{
			name: 'unchanged',
			points: pts(2, [2023, 2.5], [2024, 2.5]),
			zh: '综合指数在2023年和2024年均为2.50。',
			en: 'The composite index was 2.50 in both 2023 and 2024.'
		},
		{
			name: 'single value',
			points: pts(2, [2020, null], [2024, 2.34]),
			zh: '综合指数2024年为2.34。',
			en: 'The composite index was 2.34 in 2024.'
		},
		{
			name: 'empty',
			points: pts(2, [2020, null]),
			zh: '综合指数没有公布数字。',
			en: 'No figure was published for the composite index.'
		}
	])('$name', ({ points, zh, en }) => {
		expect(changeSentence(points, '综合指数', 'index', 'zh')).toBe(zh);
		expect(changeSentence(points, 'composite index', 'index', 'en')).toBe(en);
	});

	test('units come with the values', () => {
		const points: SentencePoint[] = [
			{ x: 2023, y: 20, decimals: 0 },
			{ x: 2024, y: 19, decimals: 0 }
		];
		expect(changeSentence(points, 'PM2.5', 'ug_m3', 'en')).toBe(
			'The PM2.5 fell from 20\u00a0µg/m³ in 2023 to 19\u00a0µg/m³ in 2024.'
		);
	});
});

describe('changeSentence: derived values', () => {
	const p = (x: number, y: number, kind = 'published'): SentencePoint => ({ x, y, decimals: 1, kind });
	test.each([
		{
			name: 'a derived value speaks where there are fewer than two published ones',
			points: [p(2023, 33.3, 'derived'), p(2024, 50)],
			zh: '比例从2023年的33.3%（推算）升至2024年的50.0%。',
			en: 'The share rose from 33.3% (derived) in 2023 to 50.0% in 2024.'
		},
		{
			name: 'published values speak where there are two',
			points: [p(2017, 3.4, 'derived'), p(2018, 3.3), p(2024, 2.3)],
			zh: '比例从2018年的3.3%降至2024年的2.3%。',
			en: 'The share fell from 3.3% in 2018 to 2.3% in 2024.'
		},
		{
			name: 'unchanged',
			points: [p(2013, 49.8), p(2014, 49.8)],
			zh: '比例在2013年和2014年均为49.8%。',
			en: 'The share was 49.8% in both 2013 and 2014.'
		}
	])('$name', ({ points, zh, en }) => {
		expect(changeSentence(points, '比例', 'percent', 'zh')).toBe(zh);
		expect(changeSentence(points, 'share', 'percent', 'en')).toBe(en);
	});
});

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

describe('vsLimitFinding (a slide title)', () => {
	test.each([
		{
			name: 'latest value against the limit, the year first',
			points: pts(0, [2018, null], [2022, 21], [2023, 20]),
			zh: '2023年NO2年均浓度为20\u00a0µg/m³，是限值的50%',
			en: '2023: the NO2 annual mean was 20\u00a0µg/m³, 50% of the limit'
		},
		{
			name: 'over the limit',
			points: pts(0, [2021, 44]),
			zh: '2021年NO2年均浓度为44\u00a0µg/m³，是限值的110%',
			en: '2021: the NO2 annual mean was 44\u00a0µg/m³, 110% of the limit'
		},
		{ name: 'no value: none', points: pts(0, [2018, null]), zh: null, en: null }
	])('$name', ({ points, zh, en }) => {
		expect(vsLimitFinding(points, 'NO2年均浓度', 'ug_m3', 40, 'zh')).toBe(zh);
		expect(vsLimitFinding(points, 'NO2 annual mean', 'ug_m3', 40, 'en')).toBe(en);
	});
});
