import { describe, expect, test } from 'vitest';
import { mapFinding, nameList } from '../../../src/lib/map/finding';
import { mapShowing, xiamenMap } from '../../../src/lib/charts/kinds/map/build';
import type { MapChartModel } from '../../../src/lib/charts/kinds/map/model';
import type { MapLayerId } from '../../../src/lib/map/types';
import { realDataset } from './data';

const whole = xiamenMap(realDataset, 'map-xiamen', 'map');
const showing = (layers: MapLayerId[]) => mapShowing(whole, realDataset, layers);

describe('nameList', () => {
	test.each([
		{ names: ['甲'], locale: 'zh' as const, expected: '甲' },
		{ names: ['甲', '乙'], locale: 'zh' as const, expected: '甲、乙' },
		{ names: ['甲', '乙', '丙'], locale: 'zh' as const, expected: '甲等3处' },
		{ names: ['A', 'B'], locale: 'en' as const, expected: 'A and B' },
		{ names: ['A', 'B', 'C'], locale: 'en' as const, expected: 'A and 2 more' }
	])('$names in $locale', ({ names, locale, expected }) => {
		expect(nameList(names, locale)).toBe(expected);
	});
});

describe('mapFinding: the figure a map slide states, from the layers it shows', () => {
	test.each([
		{
			layers: ['districts', 'stations'],
			locale: 'zh',
			expected: '2023年1月20日有数据的5个站点均为优，洪文AQI最低（48）'
		},
		{
			layers: ['districts', 'stations'],
			locale: 'en',
			expected: '20 Jan 2023: all 5 reporting stations Excellent, lowest AQI Hongwen (48)'
		},
		{ layers: ['districts', 'water'], locale: 'zh', expected: '2024年有类别的2个水体均为II类' },
		{
			layers: ['districts', 'water'],
			locale: 'en',
			expected: '2024: the 2 water bodies with a class are all Class II'
		},
		{ layers: ['districts', 'sea'], locale: 'zh', expected: '2014年7个海域中3个清洁或较清洁，马銮湾严重污染' },
		{
			layers: ['districts', 'sea'],
			locale: 'en',
			expected: '2014: 3 of 7 sea areas clean or fairly clean; Maluan Bay severely polluted'
		},
		{ layers: ['districts', 'litter'], locale: 'zh', expected: '海上保洁管理面积：230平方公里（2024年）' },
		{
			layers: ['districts', 'litter'],
			locale: 'en',
			expected: 'Sea area under cleaning management: 230\u00a0km² (2024)'
		}
	] as { layers: MapLayerId[]; locale: 'zh' | 'en'; expected: string }[])(
		'$layers ($locale)',
		({ layers, locale, expected }) => {
			expect(mapFinding(showing(layers), locale)).toBe(expected);
		}
	);

	/** The whole map with one station's AQI on the day drawn, and one water body's class in the year drawn, changed. */
	function changed(aqi: number, level: 1 | 2 | 3 | 4 | 5 | 6, waterClass: 'IV' | null): MapChartModel {
		const { date, waterYear } = whole.mapOptions;
		const day = whole.map.stationDays[date]!;
		const first = whole.map.water.find((w) => w.classes.some((c) => c.year === waterYear))!;
		const water = whole.map.water.map((w) =>
			w === first && waterClass
				? { ...w, classes: w.classes.map((c) => (c.year === waterYear ? { ...c, class: waterClass } : c)) }
				: w
		);
		const stationDays = { ...whole.map.stationDays, [date]: { ...day, '1288A': { ...day['1288A']!, aqi, level } } };
		return { ...whole, map: { ...whole.map, stationDays, water } };
	}

	test('stations in more than one category: the highest and the lowest, ties named together', () => {
		expect(mapFinding(changed(60, 2, null), 'zh')).toBe('2023年1月20日鼓浪屿AQI最高（60），洪文最低（48）');
		expect(mapFinding(changed(48, 1, null), 'en')).toMatch(
			/^20 Jan 2023: all 5 reporting stations Excellent, lowest AQI .+ and .+ \(48\)$/
		);
	});

	test('water bodies of different classes: how many are Class III or better, which is worst', () => {
		const model = changed(60, 2, 'IV');
		expect(mapFinding({ ...model, mapOptions: { ...model.mapOptions, layers: ['districts', 'water'] } }, 'zh')).toMatch(
			/^2024年2个水体中1个达III类或更好，.+最差（IV类）$/
		);
	});

	test('a map of the districts alone states no figure', () => {
		expect(mapFinding(showing(['districts']), 'zh')).toBeNull();
	});
});
