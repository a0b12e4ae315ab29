import { describe, expect, test } from 'vitest';
import { stationsPerDistrict } from '../../../src/lib/map/layers';
import { aqiText, featureLabel, sourceLine, tooltipFor, type TooltipContext } from '../../../src/lib/map/tooltip';
import type { Locale } from '../../../src/lib/text/format';
import { realDataset, realMap, realSources } from './data';

const ctx = (locale: Locale, date = '2023-01-20', more: Partial<TooltipContext> = {}): TooltipContext => ({
	data: realMap,
	sources: realSources,
	locale,
	date,
	waterYear: 2024,
	seaYear: 2014,
	choropleth: stationsPerDistrict(realDataset, realMap.districts),
	...more
});

describe('aqiText', () => {
	test.each([
		{ locale: 'en' as const, aqi: 48, level: 1, expected: 'AQI 48, level 1 (Excellent)' },
		{ locale: 'zh' as const, aqi: 160, level: 4, expected: 'AQI 160，四级（中度污染）' }
	])('$locale $aqi', ({ locale, aqi, level, expected }) => {
		expect(aqiText(aqi, level, locale)).toBe(expected);
	});
});

describe('tooltipFor', () => {
	test('a district: names in both languages, its value with the unit, the water bodies known only by it', () => {
		const t = tooltipFor({ layer: 'districts', id: '350212' }, ctx('zh'))!;
		expect(t.title).toBe('同安区');
		expect(t.alt).toBe("Tong'an");
		expect(t.lines).toContain('各区国控空气监测站数量：2个');
		expect(t.lines.join()).toContain('只知位于本区的水体：汀溪水库、莲花水库、东西溪、隘头潭断面（东西溪）');
		expect(t.source).toContain('CNEMC station list');
	});

	test('a station on the sample day: AQI with its level and category in words, computed, date, source', () => {
		const t = tooltipFor({ layer: 'stations', id: '1287A' }, ctx('en'))!;
		expect(t.title).toBe('Hongwen 1287A');
		expect(t.alt).toBe('洪文');
		expect(t.lines).toContain('20 Jan 2023: AQI 48, level 1 (Excellent)');
		expect(t.lines).toContain('Computed from CNEMC hourly data, not a published figure');
		expect(t.source).toContain('CNEMC national city and station files for 2023-01-20');
	});

	test('the reference site on the sample day: labelled, and no values that day', () => {
		const t = tooltipFor({ layer: 'stations', id: '1286A' }, ctx('en'))!;
		expect(t.lines[0]).toBe('Background/reference site (对照点)');
		expect(t.lines).toContain('20 Jan 2023: no valid values at this station');
	});

	test('a station on another day: no station data, nothing invented', () => {
		const t = tooltipFor({ layer: 'stations', id: '1287A' }, ctx('zh', '2023-06-01'))!;
		expect(t.lines).toContain('2023年6月1日无分站数据');
		expect(t.lines.join()).not.toMatch(/AQI/);
	});

	test('the approximate reservoir says how approximate; a district-only one says so; classes by year', () => {
		const xinglin = tooltipFor({ layer: 'water', id: 'xinglin-bay-reservoir' }, ctx('en'))!;
		expect(xinglin.lines).toContain('No class published for 2024');
		expect(xinglin.lines).toContain('Other years: 2015: Class 劣V');
		expect(xinglin.lines).toContain('Approximate position (about ±0.9 km); the dashed ring shows the uncertainty');
		const tingxi = tooltipFor({ layer: 'water', id: 'tingxi-reservoir' }, ctx('zh'))!;
		expect(tingxi.lines).toContain('2024年：II类');
		expect(tingxi.lines).toContain('位置：只知所在区（同安区），不画成点');
		expect(tingxi.source).toBe('来源：厦门市生态环境局2024年生态环境保护工作总结');
	});

	test('the sea as a whole lists every area with its bulletin category (not a GB 3097 class)', () => {
		const t = tooltipFor({ layer: 'sea', id: 'whole' }, ctx('en'))!;
		expect(t.title).toBe("Xiamen's sea");
		expect(t.lines).toContain('Maluan Bay: severely polluted');
		expect(t.lines.join(' ')).toContain('not GB 3097 classes');
		const estuary = tooltipFor({ layer: 'sea', id: 'jiulong-estuary' }, ctx('en'))!;
		expect(estuary.lines).toContain('2014: moderately polluted (bulletin category)');
		expect(estuary.lines.join(' ')).toContain('±7.6 km east–west, ±8.3 km north–south');
	});

	test('marine litter: the cleaning area as a note on the whole sea, densities with their unit', () => {
		const t = tooltipFor({ layer: 'litter', id: 'litter' }, ctx('en'))!;
		expect(t.lines).toContain('Sea area under cleaning management: 230\u00a0km² (2024)');
		expect(t.lines.join(' ')).toContain("'whole sea area'");
		expect(t.lines.join(' ')).toContain('2024: 51.06\u00a0m²/km');
	});

	test('an unknown feature has no tooltip', () => {
		expect(tooltipFor({ layer: 'stations', id: 'nope' }, ctx('en'))).toBeNull();
		expect(featureLabel(null)).toBe('');
	});

	test('featureLabel joins names, lines and source for the accessible name', () => {
		const label = featureLabel(tooltipFor({ layer: 'districts', id: '350205' }, ctx('en')));
		expect(label).toMatch(/^Haicang \(海沧区\) · National air stations per district: 0 · Source: /);
	});

	test('sourceLine: unique titles; an id the sources do not hold is an error naming it', () => {
		expect(sourceLine([], { sources: realSources, locale: 'en' })).toBe('');
		expect(sourceLine(['eeb-2024-summary', 'eeb-2024-summary'], { sources: realSources, locale: 'en' })).toBe(
			'Source: 厦门市生态环境局2024年生态环境保护工作总结'
		);
		expect(() => sourceLine(['eeb-2024-summary', 'x'], { sources: realSources, locale: 'en' })).toThrow('"x"');
	});
});
