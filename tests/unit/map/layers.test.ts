import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
	buildMapData,
	cityAqiOn,
	cityDailySeries,
	cityLastDate,
	locationLevel,
	parseUncertaintyKm,
	placeFor,
	stationDays,
	stationsPerDistrict
} from '../../../src/lib/map/layers';
import { decodeCompactPath } from '../../../src/lib/map/paths';
import { mapSourceIds } from '../../../src/lib/map/sources';
import { MAP_LAYERS, type MapLayerId } from '../../../src/lib/map/types';
import type { DailyAir, Place } from '../../../src/lib/data/types';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { dataWith, memoryReader } from '../pipeline/helpers';
import { realDataset, realMap } from './data';

describe('parseUncertaintyKm', () => {
	test.each([
		{ note: 'good to about ±0.9 km; stands for the bay', expected: [0.9, 0.9] },
		{ note: 'spans about ±7.6 km east–west and ±8.3 km north–south of it', expected: [7.6, 8.3] },
		{ note: 'spans ±2 km north–south and ±5 km east–west', expected: [5, 2] },
		{ note: 'arc-second precision (≈ 30 m)', expected: null },
		{ note: '', expected: null }
	])('"$note"', ({ note, expected }) => {
		expect(parseUncertaintyKm(note)).toEqual(expected);
	});
});

describe('placeFor and locationLevel', () => {
	const place = (zh: string, approximate = false) => ({ name: { zh, en: zh }, approximate }) as Place;
	const places = [place('杏林湾水库', true), place('九龙江口', true), place('鼓浪屿')];

	test.each([
		{ name: '杏林湾水库', expected: '杏林湾水库' },
		{ name: '九龙江口（河口区）', expected: '九龙江口' },
		{ name: '东部海域（东南部海域）', expected: undefined },
		{ name: '坂头-石兜水库', expected: undefined }
	])('$name', ({ name, expected }) => {
		expect(placeFor(places, name)?.name.zh).toBe(expected);
	});

	test.each([
		{ place: place('x'), district: null, expected: 'point' },
		{ place: place('x', true), district: '350211', expected: 'approximate' },
		{ place: undefined, district: '350211', expected: 'district' },
		{ place: null, district: null, expected: 'none' }
	])('location $expected', ({ place: p, district, expected }) => {
		expect(locationLevel(p, district)).toBe(expected);
	});
});

describe('city daily series', () => {
	const day = (date: string, aqi: number | null, sourceId = 'a') => ({ date, aqi, sourceId }) as DailyAir;

	test('one value per day, gaps as null, source runs', () => {
		const series = cityDailySeries([
			day('2022-01-03', 40, 'b'),
			day('2022-01-01', 30),
			day('2021-12-31', null),
			day('2022-01-02', 35, 'b')
		]);
		expect(series.start).toBe('2021-12-31');
		expect(series.aqi).toEqual([null, 30, 35, 40]);
		expect(series.sources).toEqual([
			{ from: '2021-12-31', to: '2022-01-01', sourceId: 'a' },
			{ from: '2022-01-02', to: '2022-01-03', sourceId: 'b' }
		]);
		expect(cityLastDate(series)).toBe('2022-01-03');
	});

	test('a missing day inside the range is a gap, not filled', () => {
		const series = cityDailySeries([day('2022-01-01', 30), day('2022-01-04', 50)]);
		expect(series.aqi).toEqual([30, null, null, 50]);
		expect(cityAqiOn(series, '2022-01-02')).toMatchObject({ aqi: null });
	});

	test.each([
		{ date: '2023-01-20', expected: { aqi: 49, sourceId: 'cnemc-hourly-ecoaudit' } },
		{ date: '2024-02-24', expected: { sourceId: 'cnemc-hourly-endorphin313' } },
		{ date: '2021-12-31', expected: undefined },
		{ date: '2024-02-25', expected: undefined },
		{ date: 'not a date', expected: undefined }
	])('the real series on $date', ({ date, expected }) => {
		const got = cityAqiOn(realMap.city, date);
		if (expected === undefined) expect(got).toBeUndefined();
		else expect(got).toMatchObject(expected);
	});

	test('empty input', () => {
		const series = cityDailySeries([]);
		expect(series).toEqual({ start: '', aqi: [], sources: [] });
		expect(cityAqiOn(series, '2023-01-20')).toBeUndefined();
		expect(cityLastDate(series)).toBe('');
	});

	test('the real series covers 2022-01-01 to 2024-02-24 (785 days)', () => {
		expect(realMap.city.start).toBe('2022-01-01');
		expect(realMap.city.aqi).toHaveLength(785);
	});
});

describe('stationDays', () => {
	test('groups by date and station; the real data has one day, 1286A without values', () => {
		expect(stationDays([])).toEqual({});
		expect(Object.keys(realMap.stationDays)).toEqual(['2023-01-20']);
		const day = realMap.stationDays['2023-01-20']!;
		expect(Object.keys(day).sort()).toEqual(['1286A', '1287A', '1288A', '2842A', '3527A', '3528A']);
		expect(day['1286A']!.aqi).toBeNull();
		expect(day['1287A']).toMatchObject({ aqi: 48, level: 1 });
	});
});

describe('buildMapData on the real data', () => {
	const { base } = realMap;
	const inside = ([x, y]: [number, number]) => x >= 0 && x <= base.width && y >= 0 && y <= base.height;

	test('six districts with adcodes and both names; label points inside their box', () => {
		expect(realMap.districts.map((d) => [d.adcode, d.name.zh, d.name.en])).toEqual([
			['350203', '思明区', 'Siming'],
			['350205', '海沧区', 'Haicang'],
			['350206', '湖里区', 'Huli'],
			['350211', '集美区', 'Jimei'],
			['350212', '同安区', "Tong'an"],
			['350213', '翔安区', "Xiang'an"]
		]);
		for (const d of realMap.districts) {
			expect(d.label[0]).toBeGreaterThanOrEqual(d.bbox[0]);
			expect(d.label[0]).toBeLessThanOrEqual(d.bbox[2]);
			expect(d.label[1]).toBeGreaterThanOrEqual(d.bbox[1]);
			expect(d.label[1]).toBeLessThanOrEqual(d.bbox[3]);
		}
	});

	test('every district path decodes to points inside the frame', () => {
		for (const d of realMap.districts) {
			const rings = decodeCompactPath(d.d, base.pathScale);
			expect(rings.length).toBeGreaterThan(0);
			for (const ring of rings) for (const p of ring) expect(inside(p)).toBe(true);
		}
	});

	test('the six stations inside the frame and in their district’s box', () => {
		expect(realMap.stations.map((s) => s.code)).toEqual(['1286A', '1287A', '1288A', '2842A', '3527A', '3528A']);
		for (const s of realMap.stations) {
			expect(inside(s.at)).toBe(true);
			const box = realMap.districts.find((d) => d.adcode === s.district)!.bbox;
			expect(s.at[0]).toBeGreaterThanOrEqual(box[0]);
			expect(s.at[0]).toBeLessThanOrEqual(box[2]);
		}
		expect(realMap.stations.filter((s) => s.referenceSite).map((s) => s.code)).toEqual(['1286A']);
	});

	test('water: only Xinglin Bay Reservoir has a point (approximate, ±0.9 km); others by district or not at all', () => {
		const byLocation = (l: string) => realMap.water.filter((s) => s.location === l).map((s) => s.id);
		expect(byLocation('point')).toEqual([]);
		expect(byLocation('approximate')).toEqual(['xinglin-bay-reservoir']);
		expect(byLocation('district')).toEqual([
			'bantou-shidou-reservoir',
			'tingxi-reservoir',
			'lianhua-reservoir',
			'dongxixi-river',
			'aitoutan-section'
		]);
		expect(byLocation('none')).toEqual([
			'fangyang-reservoir',
			'beixi-intake',
			'huobian-reservoir',
			'xinfeng-reservoir',
			'yundang-lake',
			'shangli-reservoir'
		]);
		const xinglin = realMap.water.find((s) => s.id === 'xinglin-bay-reservoir')!.place!;
		expect(xinglin.approximate).toBe(true);
		expect(xinglin.uncertaintyKm).toEqual([0.9, 0.9]);
		expect(xinglin.radius![0]).toBeGreaterThan(11);
		expect(xinglin.radius![0]).toBeLessThan(13);
		for (const s of realMap.water)
			if (s.location !== 'approximate' && s.location !== 'point') expect(s.place).toBeNull();
	});

	test('sea: seven areas, statuses for 2013 and 2014 (bulletin categories), only the estuary has an approximate point', () => {
		expect(realMap.sea).toHaveLength(7);
		expect(realMap.seaYears).toEqual([2013, 2014]);
		expect(realMap.sea.filter((a) => a.place).map((a) => a.id)).toEqual(['jiulong-estuary']);
		const estuary = realMap.sea.find((a) => a.id === 'jiulong-estuary')!;
		expect(estuary.place!.approximate).toBe(true);
		expect(estuary.place!.uncertaintyKm).toEqual([7.6, 8.3]);
		expect(realMap.sea.every((a) => a.statuses.every((s) => s.scheme === 'ocean_bureau'))).toBe(true);
	});

	test('litter: the cleaning area (230 km² in 2024) and the density figures with their unit', () => {
		expect(realMap.litter.cleaning.map((f) => [f.year, f.value, f.unit])).toEqual([
			[2018, 62, 'km2'],
			[2024, 230, 'km2']
		]);
		expect(realMap.litter.density.map((f) => [f.year, f.value, f.unit])).toEqual([
			[2020, 240.38, 'm2_per_km'],
			[2023, 96.63, 'm2_per_km'],
			[2024, 51.06, 'm2_per_km']
		]);
	});

	test('the note: attribution in both languages, the file to replace, the geometry sources', () => {
		expect(realMap.note.attribution.zh).toContain('未经审图');
		expect(realMap.note.attribution.en).toContain('not an officially approved map');
		expect(realMap.note.replaceFile).toBe('data/geo/xiamen.topo.json');
		expect(realMap.note.sourceIds).toEqual(['geo-datav-districts', 'geo-datav-fujian-cities', 'geo-gshhg-2.3.7']);
	});

	test('every source the map cites is in the registry', () => {
		const ids = mapSourceIds(realMap, {
			choropleth: stationsPerDistrict(realDataset, realMap.districts),
			layers: [...MAP_LAYERS]
		});
		const known = new Set(realDataset.sources.map((s) => s.id));
		expect(ids.filter((id) => !known.has(id))).toEqual([]);
		expect(ids).toContain('eeb-2024-summary');
	});

	describe('a map cites the sources of the layers it shows', () => {
		const choropleth = stationsPerDistrict(realDataset, realMap.districts);
		const cite = (layers: MapLayerId[]) => new Set(mapSourceIds(realMap, { choropleth, layers }));
		const litterIds = [...realMap.litter.cleaning, ...realMap.litter.density].map((f) => f.sourceId);
		test.each([
			{ layers: [], has: realMap.note.sourceIds, lacks: ['cnemc-stations-zkzkok'] },
			{ layers: ['districts'], has: ['geo-datav-districts', 'cnemc-stations-zkzkok'], lacks: [] },
			{
				layers: ['sea'],
				has: realMap.sea.flatMap((a) => a.statuses.map((x) => x.sourceId)),
				lacks: ['cnemc-stations-zkzkok']
			},
			{ layers: ['litter'], has: litterIds, lacks: ['cnemc-stations-zkzkok'] },
			{
				layers: ['stations'],
				has: [...realMap.stations.map((x) => x.sourceId), ...realMap.city.sources.map((x) => x.sourceId)],
				lacks: litterIds.filter((id) => !cite(['stations']).has(id))
			}
		] as { layers: MapLayerId[]; has: string[]; lacks: string[] }[])('$layers', ({ layers, has, lacks }) => {
			const ids = cite(layers);
			expect(has.length + realMap.note.sourceIds.length).toBeGreaterThan(0);
			for (const id of [...realMap.note.sourceIds, ...has]) expect(ids, id).toContain(id);
			for (const id of lacks) expect(ids, id).not.toContain(id);
		});
		test('every layer together cites what the layers cite one by one, and nothing else', () => {
			const one = new Set(MAP_LAYERS.flatMap((l) => [...cite([l])]));
			expect([...cite([...MAP_LAYERS])].sort()).toEqual([...one].sort());
			expect(cite(['districts', 'stations']).size).toBeLessThan(cite([...MAP_LAYERS]).size);
		});
	});

	test('the geometry as path strings stays small (≈ 18 KB gzip, like the TopoJSON)', () => {
		const all = [base.land, base.coast, base.borders, ...realMap.districts.map((d) => d.d)].join('\n');
		expect(gzipSync(all).length).toBeLessThan(24 * 1024);
	});

	test('stations per district: a count from the station list (Siming and Tong’an 2, Haicang and Xiang’an 0)', () => {
		const c = stationsPerDistrict(realDataset, realMap.districts);
		expect(c.values).toEqual({ '350203': 2, '350205': 0, '350206': 1, '350211': 1, '350212': 2, '350213': 0 });
		expect(c.unit).toBe('count');
		expect(c.sourceIds).toEqual(['cnemc-stations-zkzkok']);
	});
});

describe('buildMapData: the surface-water network stations of the water story', () => {
	test('隘头潭 and the seven Jiulong River stations, none placed (no source gives a position)', () => {
		expect(realMap.network.map((n) => [n.station, n.group])).toEqual([
			['隘头潭', 'xiamen'],
			...['上坂', '华安西陂', '南溪浮宫桥', '南靖洪濑汤坑桥', '南靖靖城桥', '浦南水文站', '长泰洛宾'].map((s) => [
				s,
				'jiulong'
			])
		]);
		expect(realMap.network[0]).toEqual({
			station: '隘头潭',
			group: 'xiamen',
			site: 'aitoutan-section',
			district: '350212',
			readings: 2448,
			firstMonth: '2021-06',
			lastMonth: '2023-12',
			sourceIds: ['cnemc-water-ecoaudit', 'eeb-2024-summary']
		});
		expect(
			realMap.network.filter((n) => n.group === 'jiulong').every((n) => n.site === null && n.district === null)
		).toBe(true);
		// Nothing of the network is drawn: the only drawn water is a site with a sourced place.
		expect(realMap.water.find((w) => w.id === 'aitoutan-section')).toMatchObject({ location: 'district', place: null });
	});
	test('the network data is cited when the water layer is shown, and only then', () => {
		const choropleth = null;
		expect(mapSourceIds(realMap, { layers: ['water'], choropleth })).toContain('cnemc-water-ecoaudit');
		expect(mapSourceIds(realMap, { layers: ['sea'], choropleth })).not.toContain('cnemc-water-ecoaudit');
	});
});

describe('buildMapData on the minimal dataset (empty geometry)', () => {
	const map = buildMapData(buildDataset(memoryReader(dataWith())).dataset);
	test('no districts, no views, empty paths; points still projected', () => {
		expect(map.districts).toEqual([]);
		expect(map.views).toEqual([]);
		expect(map.base.land).toBe('');
		expect(map.base.borders).toBe('');
		expect(map.stations.map((s) => s.code)).toEqual(['1288A']);
		expect(map.water.map((s) => s.location)).toEqual(['district']);
	});
});
