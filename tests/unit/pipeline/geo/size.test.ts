import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { decodeXiamenTopology } from '../../../../src/lib/map/geometry';
import {
	areaKm2,
	GULANGYU_WHS,
	loadStationsWgs84,
	loadTopology,
	polygonContaining,
	polygonsOf,
	readRepo
} from './load';

const topo = loadTopology();
const map = decodeXiamenTopology(topo);
const station1288A = loadStationsWgs84().find((s) => s.code === '1288A');

describe('data/geo/xiamen.topo.json: size and contents', () => {
	test('is under 40 KB gzip', () => {
		const gz = gzipSync(readRepo('data/geo/xiamen.topo.json')).length;
		expect(gz).toBeLessThan(40 * 1024);
	});

	test('is quantized and holds the four objects', () => {
		expect(topo.transform).toBeDefined();
		expect(Object.keys(topo.objects)).toEqual(['districts', 'land', 'coastline', 'neighbours']);
	});

	test('districts: the six adcodes with Chinese and English names', () => {
		expect(map.districts.features.map((f) => f.properties)).toEqual([
			{ adcode: 350203, name_zh: '思明区', name_en: 'Siming' },
			{ adcode: 350205, name_zh: '海沧区', name_en: 'Haicang' },
			{ adcode: 350206, name_zh: '湖里区', name_en: 'Huli' },
			{ adcode: 350211, name_zh: '集美区', name_en: 'Jimei' },
			{ adcode: 350212, name_zh: '同安区', name_en: "Tong'an" },
			{ adcode: 350213, name_zh: '翔安区', name_en: "Xiang'an" }
		]);
	});

	test('neighbours: Quanzhou and Zhangzhou', () => {
		expect(map.neighbours.features.map((f) => f.properties.name_en)).toEqual(['Quanzhou', 'Zhangzhou']);
	});

	test('no polygon ring collapsed in simplification (every ring keeps ≥ 3 distinct vertices)', () => {
		for (const fc of [map.districts, map.land, map.neighbours]) {
			for (const f of fc.features) {
				for (const rings of polygonsOf(f.geometry)) {
					for (const ring of rings) expect(new Set(ring.map((p) => p.join())).size).toBeGreaterThanOrEqual(3);
				}
			}
		}
	});

	test('Gulangyu is still an island of its own in the GSHHG land layer: ~2 km², ≥ 12 vertices', () => {
		const land = map.land.features[0];
		expect(land).toBeDefined();
		const gul = polygonContaining(land!.geometry, GULANGYU_WHS);
		expect(gul).toBeDefined();
		const area = areaKm2(gul!);
		expect(area).toBeGreaterThanOrEqual(1);
		expect(area).toBeLessThan(3);
		expect(gul![0]!.length - 1).toBeGreaterThanOrEqual(12);
		// It is a small island, not the mainland or Xiamen Island.
		const lons = gul![0]!.map((p) => p[0] as number);
		expect(Math.max(...lons) - Math.min(...lons)).toBeLessThan(0.03);
	});

	test('Gulangyu is its own part of 思明区 in the district layer: ≥ 1 km², ≥ 12 vertices', () => {
		const siming = map.districts.features.find((f) => f.properties.adcode === 350203);
		expect(siming).toBeDefined();
		expect(station1288A).toBeDefined();
		const gul = polygonContaining(siming!.geometry, [station1288A!.lon, station1288A!.lat]);
		expect(gul).toBeDefined();
		const area = areaKm2(gul!);
		expect(area).toBeGreaterThanOrEqual(1);
		expect(area).toBeLessThan(4);
		expect(gul![0]!.length - 1).toBeGreaterThanOrEqual(12);
		expect(polygonsOf(siming!.geometry).length).toBeGreaterThan(1);
	});
});
