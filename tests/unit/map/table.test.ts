import { describe, expect, test } from 'vitest';
import { stationsPerDistrict } from '../../../src/lib/map/layers';
import { mapTable } from '../../../src/lib/map/table';
import { MAP_LAYERS } from '../../../src/lib/map/types';
import { mapSentence } from '../../../src/lib/text/mapSummary';
import { realDataset, realMap, realSources } from './data';

const choropleth = stationsPerDistrict(realDataset, realMap.districts);
const options = { layers: [...MAP_LAYERS], date: '2023-01-20', waterYear: 2024, seaYear: 2014, choropleth };

describe('mapTable', () => {
	test('one row per feature of the layers shown', () => {
		const { columns, rows } = mapTable(realMap, options, realSources, 'en');
		expect(columns).toEqual(['Feature', 'Layer', 'Location', 'Value or class', 'Day or year', 'Source']);
		expect(rows).toHaveLength(6 + 6 + 12 + 7 + 2 + 3);
		expect(rows.find((r) => r[0]!.startsWith('Hongwen'))).toEqual([
			'Hongwen 1287A',
			'Air-monitoring stations',
			'24.47939, 118.14650 (WGS-84)',
			'AQI 48, level 1 (Excellent)',
			'20 Jan 2023',
			expect.stringContaining('CNEMC')
		]);
		expect(rows.find((r) => r[0]!.startsWith('Xidong'))![3]).toBe('No valid values');
		expect(rows.find((r) => r[0] === 'Huobian Reservoir')![2]).toBe(
			'No location in the sources: listed beside the map only'
		);
	});

	test('only the layers asked for; another day says there is no station data', () => {
		const { rows } = mapTable(realMap, { ...options, layers: ['stations'], date: '2023-02-01' }, realSources, 'zh');
		expect(rows).toHaveLength(6);
		expect(rows.every((r) => r[3] === '2023年2月1日无分站数据')).toBe(true);
	});
});

describe('mapSentence', () => {
	test.each([
		{
			locale: 'en' as const,
			date: '2023-01-20',
			expected:
				"The map shows Xiamen's 6 districts and the air quality index of its 6 national air-monitoring stations on 20 Jan 2023 (stations with a value: 5). Water bodies named in the sources: 12 (approximate point: 1; district only: 5; no location: 6). Sea areas: 7, listed beside the map because no outline is published."
		},
		{
			locale: 'zh' as const,
			date: '2022-05-01',
			expected:
				'地图显示厦门6个行政区和6个国控空气监测站（2022年5月1日无分站数据）。来源提到的水体12个（近似点位1个，只知所在区5个，无位置6个）。海域7个，因无公布边界而列于图旁。'
		}
	])('$locale, $date', ({ locale, date, expected }) => {
		expect(mapSentence(realMap, date, locale)).toBe(expected);
	});
});
