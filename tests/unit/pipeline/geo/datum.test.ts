import { csvParse, csvParseRows } from 'd3-dsv';
import { geoContains } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { decodeXiamenTopology } from '../../../../src/lib/map/geometry';
import { distanceMetres } from '../../../../src/lib/pipeline/geo/datum';
import { inFrame } from '../../../../src/lib/pipeline/geo/frame';
import { GULANGYU_WHS, loadStationsWgs84, loadTopology, polygonContaining, readRepo } from './load';

const map = decodeXiamenTopology(loadTopology());
const stations = loadStationsWgs84();
const land = map.land.features[0]!.geometry;
const gshhgGulangyu = polygonContaining(land, GULANGYU_WHS);
const district = (adcode: number) => map.districts.features.find((f) => f.properties.adcode === adcode)!;

describe('station datum (data/geo/stations-wgs84.csv)', () => {
	test('has every station of data/stations.csv, with the source coordinates kept verbatim', () => {
		const source = csvParse(readRepo('data/stations.csv'));
		const written = csvParse(readRepo('data/geo/stations-wgs84.csv'));
		expect(written.map((r) => r.code)).toEqual(source.map((r) => r.code));
		written.forEach((r, i) => {
			expect(r.source_lat).toBe(source[i]!.lat);
			expect(r.source_lon).toBe(source[i]!.lon);
			expect(r.district_adcode).toBe(source[i]!.district_adcode);
			expect(r.conversion).toBe('gcoord GCJ02→WGS84');
			expect(r.source_datum).toMatch(/^GCJ-02 \(assumed/);
			// The GCJ-02 offset around Xiamen is about 0.58 km.
			expect(Number(r.shift_m)).toBeGreaterThan(550);
			expect(Number(r.shift_m)).toBeLessThan(610);
		});
	});

	test('1288A 鼓浪屿 lies on the GSHHG (WGS-84) Gulangyu island', () => {
		const s = stations.find((r) => r.code === '1288A')!;
		expect(gshhgGulangyu).toBeDefined();
		expect(geoContains({ type: 'Polygon', coordinates: gshhgGulangyu! }, [s.lon, s.lat])).toBe(true);
	});

	test('1288A 鼓浪屿 lies on the Gulangyu part of the converted 思明区, not on Xiamen Island', () => {
		const s = stations.find((r) => r.code === '1288A')!;
		const part = polygonContaining(district(350203).geometry, [s.lon, s.lat]);
		expect(part).toBeDefined();
		expect(geoContains({ type: 'Polygon', coordinates: part! }, GULANGYU_WHS)).toBe(true);
		const lons = part![0]!.map((p) => p[0] as number);
		expect(Math.max(...lons) - Math.min(...lons)).toBeLessThan(0.04);
	});

	test.each(stations.map((s) => [s.code, s] as const))(
		'%s lies in its own district and no other, on land',
		(_code, s) => {
			const p: [number, number] = [s.lon, s.lat];
			const inside = map.districts.features.filter((f) => geoContains(f, p)).map((f) => f.properties.adcode);
			expect(inside).toEqual([s.district]);
			expect(geoContains(land, p)).toBe(true);
		}
	);
});

describe('place points (data/geo/places-wgs84.csv)', () => {
	const places = csvParse(readRepo('data/geo/places-wgs84.csv'));
	const sourceIds = new Set(csvParseRows(readRepo('data/sources.csv')).map((r) => r[0]));

	test('only the six sourced rows get a point, each citing a registered source and its URL', () => {
		expect(places.map((r) => r.name_zh)).toEqual(['杏林湾水库', '九龙江', '九龙江口', '杏林湾', '鼓浪屿', '厦门岛']);
		for (const r of places) {
			expect(sourceIds.has(r.source_id)).toBe(true);
			expect(r.source_url).toMatch(/^https?:\/\//);
			expect(inFrame([Number(r.lon), Number(r.lat)])).toBe(true);
			expect(r.in_frame).toBe('true');
		}
	});

	test('coarse and derived points are flagged approximate with their precision', () => {
		const byName = new Map(places.map((r) => [r.name_zh, r]));
		expect(byName.get('杏林湾')!.approximate).toBe('true');
		expect(byName.get('杏林湾')!.precision_note).toMatch(/minute precision.*1\.8 km/);
		expect(byName.get('九龙江口')!.approximate).toBe('true');
		expect(byName.get('九龙江口')!.precision_note).toMatch(/derived midpoint of a stated range/);
		expect(byName.get('鼓浪屿')!.approximate).toBe('false');
	});

	test('no place point is moved: the sources are WGS-84 or coarser than the datum shift', () => {
		for (const r of places) {
			expect(r.conversion).toBe('none');
			expect(distanceMetres([Number(r.lon), Number(r.lat)], [Number(r.source_lon), Number(r.source_lat)])).toBeLessThan(
				1
			);
		}
	});

	test('the Gulangyu place point lies on the GSHHG Gulangyu island', () => {
		const g = places.find((r) => r.name_zh === '鼓浪屿')!;
		expect(geoContains({ type: 'Polygon', coordinates: gshhgGulangyu! }, [Number(g.lon), Number(g.lat)])).toBe(true);
	});
});
