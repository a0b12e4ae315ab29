import { describe, expect, test } from 'vitest';
import {
	aqiRows,
	compositeExample,
	glossaryEntries,
	latestCompleteYear,
	learnContent,
	waterRows
} from '../../../src/lib/learn/content';
import { termAnchor, termPath } from '../../../src/lib/learn/anchors';
import { AQI_CATEGORIES, compositeIndex, LIMITS, WATER_CLASSES } from '../../../src/lib/standards';
import { realDataset } from '../map/data';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { dataWith, memoryReader } from '../pipeline/helpers';

const minimal = buildDataset(memoryReader(dataWith())).dataset;

describe('AQI: the six levels and their official colours come from the standards engine', () => {
	test.each(['zh', 'en'] as const)('%s', (locale) => {
		const rows = aqiRows(locale);
		expect(rows.map((r) => r.colour)).toEqual(AQI_CATEGORIES.map((c) => c.colour));
		expect(rows.map((r) => r.category)).toEqual(AQI_CATEGORIES.map((c) => c[locale]));
		expect(rows.map((r) => r.range.replace(/\D+/g, ' ').trim())).toEqual([
			'0 50',
			'51 100',
			'101 150',
			'151 200',
			'201 300',
			'300'
		]);
		// Text on each swatch reads: black on the light colours, white on purple and maroon.
		expect(rows.map((r) => r.ink)).toEqual(['#000000', '#000000', '#000000', '#000000', '#ffffff', '#ffffff']);
	});

	test('level words and colour names', () => {
		expect(aqiRows('zh').map((r) => `${r.levelText}${r.colourName}`)).toEqual([
			'一级绿色',
			'二级黄色',
			'三级橙色',
			'四级红色',
			'五级紫色',
			'六级褐红色'
		]);
		expect(aqiRows('en').map((r) => r.levelText)).toEqual([
			'Level 1',
			'Level 2',
			'Level 3',
			'Level 4',
			'Level 5',
			'Level 6'
		]);
		expect(aqiRows('en').at(-1)!.range).toBe('above 300');
	});
});

describe('water classes in the engine’s order', () => {
	test.each(['zh', 'en'] as const)('%s: I … 劣V, the first three excellent or good', (locale) => {
		const rows = waterRows(locale);
		expect(rows.map((r) => r.class)).toEqual([...WATER_CLASSES]);
		expect(rows.map((r) => r.good)).toEqual([true, true, true, false, false, false]);
		expect(new Set(rows.map((r) => r.use)).size).toBe(6);
	});
	test('labels', () => {
		expect(waterRows('zh').map((r) => r.label)).toEqual(['Ⅰ类', 'Ⅱ类', 'Ⅲ类', 'Ⅳ类', 'Ⅴ类', '劣Ⅴ类']);
		expect(
			waterRows('en')
				.map((r) => r.label)
				.at(-1)
		).toBe('worse than class V (劣V)');
	});
});

describe('the composite index worked out from the project’s computed statistics', () => {
	const example = compositeExample(realDataset, 'en')!;
	const row = realDataset.monitoring.annualComputed.find((a) => a.year === example.year)!;

	test('the latest complete computed year (2023; 2024 is incomplete), computed with compositeIndex', () => {
		expect(latestCompleteYear(realDataset)).toBe(2023);
		expect(example.year).toBe(2023);
		const computed = compositeIndex({
			SO2: row.SO2!,
			NO2: row.NO2!,
			PM10: row.PM10!,
			'PM2.5': row.PM2_5!,
			CO: row.CO_p95!,
			O3: row.O3_8h_p90!
		});
		// The shown (rounded) statistics give 2.60; the index from the unrounded ones is 2.61, the published figure.
		expect(computed).toBe(2.6);
		expect(row.compositeIndex).toBe(2.61);
		expect(example.computed).toBe('2.61');
		expect(example.published).toBe('2.61');
		expect(example.rows.map((r) => r.limit)).toEqual(
			Object.values(LIMITS['2012']).map((v, i) => `${v}\u00a0${i === 4 ? 'mg/m³' : 'µg/m³'}`)
		);
		expect(example.rows.map((r) => r.ratio)).toEqual(['0.050', '0.500', '0.529', '0.571', '0.175', '0.775']);
		expect(example.sum).toBe('2.600');
	});

	test('labelled computed, beside the published figure, with both sources and the rounding explained', () => {
		expect(example.result.text).toBe(
			"This site's result is 2.61 (from the unrounded annual statistics, rounded once to two decimals after adding); the published 2023 index is 2.61."
		);
		const ids = example.result.sources.map((s) => s.id);
		expect(ids).toEqual(
			expect.arrayContaining([...row.sourceIds, 'bulletin-2023-dnw-mirror', 'std-city-ranking-rules'])
		);
		expect(example.rounding).toContain('add up to 2.60');
		expect(example.rounding).toContain('unrounded statistics, which gives 2.61');
		expect(example.trend!.text).toBe(
			'The published index for 2024 is 2.34, lower than 2.61 the year before: the air got cleaner.'
		);
	});

	test('zh', () => {
		const zh = compositeExample(realDataset, 'zh')!;
		expect(zh.result.text).toBe(
			'本站的计算结果是2.61（用未修约的年度统计值计算，相加后只保留一次两位小数）；公布的2023年综合指数是2.61。'
		);
		expect(zh.caption).toBe('2023年厦门空气质量综合指数的计算（计算值）');
	});

	test('a year without complete statistics gives nothing (never filled in)', () => {
		expect(compositeExample(realDataset, 'en', 2024)).toBeNull();
		expect(compositeExample(realDataset, 'en', 1999)).toBeNull();
	});

	test('no published figure for the year: the computed value alone, the note only where the shown ratios differ', () => {
		const noFigure = { ...realDataset, figures: realDataset.figures.filter((f) => f.metric !== 'composite_index') };
		const alone = compositeExample(noFigure, 'en')!;
		expect(alone.published).toBeNull();
		expect(alone.result.text).toBe('2.61');
		expect(alone.rounding).toContain('add up to 2.60');
		const agreeing = {
			...noFigure,
			monitoring: {
				...noFigure.monitoring,
				annualComputed: noFigure.monitoring.annualComputed.map((a) =>
					a.year === 2023 ? { ...a, compositeIndex: 2.6 } : a
				)
			}
		};
		expect(compositeExample(agreeing, 'en')!.rounding).toBeNull();
		expect(alone.trend).toBeNull();
	});
});

describe('marine litter and the rest, from the data with their sources', () => {
	test.each([
		{
			locale: 'en' as const,
			share: 'about 80% of',
			stems: '95%',
			density: 'from 240.38\u00a0m²/km in 2020 to 51.06\u00a0m²/km in 2024'
		},
		{
			locale: 'zh' as const,
			share: '大约80%来自九龙江',
			stems: '95%',
			density: '从2020年的240.38平方米/公里降到2024年的51.06平方米/公里'
		}
	])('$locale', ({ locale, share, stems, density }) => {
		const content = learnContent(realDataset, locale);
		const [jiulong, plant, trend] = content.litter;
		expect(jiulong!.text).toContain(share);
		expect(jiulong!.sources.map((s) => s.id)).toEqual(['litter-2023-xmtv']);
		expect(plant!.text).toContain(stems);
		expect(plant!.sources.map((s) => s.id)).toEqual(['litter-2018-dnw']);
		expect(trend!.text).toContain(density);
		expect(content.aqi.good!.text).toContain(locale === 'en' ? '99.5%' : '99.5%');
		expect(content.aqi.sources.map((s) => s.id)).toEqual(['std-hj-633-2012', 'std-hj-633-2026']);
		expect(content.water.example!.text).toContain(
			locale === 'en' ? 'was class III in 2015 and class II in 2024' : '2015年是Ⅲ类，2024年是Ⅱ类'
		);
	});

	test('with the minimal data: only what it supports (no litter, no composite example)', () => {
		const content = learnContent(minimal, 'en');
		expect(content.litter).toEqual([]);
		expect(content.composite!.year).toBe(2023);
		expect(content.water.example).toBeNull();
		expect(content.aqi.good).toBeNull();
	});
});

describe('glossary entries and anchors', () => {
	test('in the page’s language, the other language beside it, the source resolved', () => {
		const zh = glossaryEntries(realDataset, 'zh').find((e) => e.id === 'aqi')!;
		expect(zh).toMatchObject({ term: '空气质量指数（AQI）', otherTerm: 'Air Quality Index (AQI)' });
		expect(zh.source.id).toBe('std-hj-633-2012');
		const en = glossaryEntries(realDataset, 'en').find((e) => e.id === 'aqi')!;
		expect(en.term).toBe('Air Quality Index (AQI)');
		expect(en.definition).toMatch(/^One whole number/);
	});
	test('anchors', () => {
		expect(termAnchor('aqi')).toBe('term-aqi');
		expect(termPath('o3-8h')).toBe('/learn/#term-o3-8h');
	});
});
