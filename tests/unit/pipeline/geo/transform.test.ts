import type { Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { buildGeo } from '../../../../src/lib/pipeline/geo/build';
import { distanceMetres, gcj02ToWgs84, mapPositions, wgs84ToGcj02 } from '../../../../src/lib/pipeline/geo/datum';
import { clipLine, clipRing, inFrame, MAP_FRAME, type Frame } from '../../../../src/lib/pipeline/geo/frame';
import { prepareDistricts } from '../../../../src/lib/pipeline/geo/layers';
import { placesToWgs84, stationsToWgs84 } from '../../../../src/lib/pipeline/geo/points';
import { HAVE_INPUTS, loadInputs, readRepo } from './load';

describe('GCJ-02 ↔ WGS-84 (gcoord)', () => {
	// The reference pair used across GCJ-02 implementations (eviltransform, coordtransform, Hutool):
	// WGS-84 (116.404, 39.915) ↔ GCJ-02 (116.41024449916938, 39.91640428150164).
	const wgs: [number, number] = [116.404, 39.915];
	const gcj: [number, number] = [116.41024449916938, 39.91640428150164];

	test('forward: WGS-84 → GCJ-02 matches the reference to 1e-9°', () => {
		const [lon, lat] = wgs84ToGcj02(wgs);
		expect(lon).toBeCloseTo(gcj[0], 9);
		expect(lat).toBeCloseTo(gcj[1], 9);
	});

	test('inverse: GCJ-02 → WGS-84 recovers the reference to 1e-6° (≈ 0.1 m)', () => {
		const [lon, lat] = gcj02ToWgs84(gcj);
		expect(Math.abs(lon - wgs[0])).toBeLessThan(1e-6);
		expect(Math.abs(lat - wgs[1])).toBeLessThan(1e-6);
	});

	test.each([
		['鼓浪屿 1288A', [118.0661, 24.4444]],
		['同安 3528A', [118.1493, 24.7245]],
		['frame corner SW', [117.78, 24.32]],
		['frame corner NE', [118.51, 24.95]]
	] as const)('around Xiamen (%s) the shift is ≈ 0.58 km towards the west-north-west', (_name, p) => {
		const w = gcj02ToWgs84(p);
		const d = distanceMetres(p, w);
		expect(d).toBeGreaterThan(550);
		expect(d).toBeLessThan(620);
		expect(w[0]).toBeLessThan(p[0]);
		expect(w[1]).toBeGreaterThan(p[1]);
		const back = wgs84ToGcj02(w);
		expect(distanceMetres(back, p)).toBeLessThan(0.2);
	});

	test('mapPositions copies: the input geometry is not mutated', () => {
		const line = {
			type: 'LineString' as const,
			coordinates: [
				[118.0661, 24.4444],
				[118.1493, 24.7245]
			]
		};
		const before = JSON.stringify(line);
		const out = mapPositions(line, gcj02ToWgs84);
		expect(JSON.stringify(line)).toBe(before);
		expect(out.coordinates[0]![0]).toBeLessThan(118.0661);
	});

	test('rejects non-numbers', () => {
		expect(() => gcj02ToWgs84([Number.NaN, 24])).toThrow(/not a finite lon\/lat/);
	});
});

describe('map frame and clipping', () => {
	const f: Frame = { west: 0, south: 0, east: 10, north: 10 };
	const sq = (x0: number, y0: number, x1: number, y1: number): Position[] => [
		[x0, y0],
		[x1, y0],
		[x1, y1],
		[x0, y1],
		[x0, y0]
	];

	test('the frame holds all six districts with margin and is the one documented', () => {
		expect(MAP_FRAME).toEqual({ west: 117.78, south: 24.32, east: 118.51, north: 24.95 });
		expect(inFrame([118.1, 24.6])).toBe(true);
		expect(inFrame([117.7, 24.6])).toBe(false);
		expect(inFrame([118.51, 24.95])).toBe(true);
	});

	test.each([
		['inside: unchanged', sq(1, 1, 2, 2), sq(1, 1, 2, 2)],
		['outside: dropped', sq(11, 11, 12, 12), null],
		[
			'straddling the east edge: cut at x = 10',
			sq(8, 1, 12, 2),
			[
				[8, 1],
				[10, 1],
				[10, 2],
				[8, 2],
				[8, 1]
			]
		],
		[
			'around the frame: the frame itself (same orientation)',
			sq(-5, -5, 15, 15),
			[
				[0, 10],
				[0, 0],
				[10, 0],
				[10, 10],
				[0, 10]
			]
		]
	] as const)('clipRing, %s', (_name, ring, expected) => {
		expect(clipRing(ring as unknown as Position[], f)).toEqual(expected);
	});

	test('clipRing keeps orientation', () => {
		const cw = sq(8, 1, 12, 2).slice().reverse();
		const out = clipRing(cw, f)!;
		let s = 0;
		for (let i = 0; i < out.length - 1; i++)
			s += (out[i]![0] as number) * (out[i + 1]![1] as number) - (out[i + 1]![0] as number) * (out[i]![1] as number);
		expect(s).toBeLessThan(0);
	});

	test('clipRing refuses an open ring', () => {
		expect(() =>
			clipRing(
				[
					[1, 1],
					[2, 1],
					[2, 2],
					[1, 2]
				],
				f
			)
		).toThrow(/not closed/);
	});

	test('clipLine splits a line that leaves and re-enters the frame', () => {
		const pieces = clipLine(
			[
				[1, 5],
				[5, 5],
				[15, 5],
				[15, 8],
				[5, 8]
			],
			f
		);
		expect(pieces).toEqual([
			[
				[1, 5],
				[5, 5],
				[10, 5]
			],
			[
				[10, 8],
				[5, 8]
			]
		]);
		expect(
			clipLine(
				[
					[11, 11],
					[12, 12]
				],
				f
			)
		).toEqual([]);
	});

	test('a segment gives the same cut point whichever way it is walked', () => {
		const a: Position = [9.123456789, 3.3];
		const b: Position = [10.987654321, 7.7];
		const [fwd] = clipLine([a, b], f);
		const [rev] = clipLine([b, a], f);
		expect(fwd![1]).toEqual(rev![0]);
	});
});

describe('input checks name the file and the problem', () => {
	test('a missing district', () => {
		const json = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { adcode: 350203, name: '思明区' },
					geometry: {
						type: 'Polygon',
						coordinates: [
							[
								[118.1, 24.45],
								[118.12, 24.45],
								[118.12, 24.47],
								[118.1, 24.45]
							]
						]
					}
				}
			]
		};
		expect(() => prepareDistricts({ file: 'd.geojson', json })).toThrow(/^d\.geojson: district 350205 is missing/);
	});

	test('not a FeatureCollection', () => {
		expect(() => prepareDistricts({ file: 'x.geojson', json: { type: 'Topology' } })).toThrow(
			/^x\.geojson: not a GeoJSON FeatureCollection/
		);
	});

	test('a station with a bad latitude', () => {
		const csv = 'code,name_zh,district_adcode,lat,lon\n1288A,鼓浪屿,350203,abc,118.0661\n';
		expect(() => stationsToWgs84(csv, 's.csv')).toThrow(/^s\.csv: row 2 \(1288A\): lat "abc" is not a number/);
	});

	test('a place with coordinates but no decided rule', () => {
		const csv =
			'name_zh,name_en,kind,lat,lon,datum,source_url,note\n某地,Somewhere,x,24.5,118.1,,https://example.org,\n';
		expect(() => placesToWgs84(csv, 'p.csv')).toThrow(/^p\.csv: row 2 \(某地\): has coordinates but no rule/);
	});

	test('places without coordinates get no point', () => {
		const csv = 'name_zh,name_en,kind,lat,lon,datum,source_url,note\n筼筜湖,Yundang Lake,lagoon,,,,,text only\n';
		expect(placesToWgs84(csv, 'p.csv')).toEqual([]);
	});
});

describe.skipIf(!HAVE_INPUTS)('the build from the third-party inputs (needs ../shared/sources/geo)', () => {
	const inputs = HAVE_INPUTS ? loadInputs() : undefined;

	test('is deterministic: two builds in memory are deep-equal and byte-identical', () => {
		const a = buildGeo(inputs!);
		const b = buildGeo(inputs!);
		expect(a.topology).toEqual(b.topology);
		expect(a.files).toEqual(b.files);
	});

	test('does not modify its inputs', () => {
		const before = JSON.stringify(inputs!.districts.json);
		buildGeo(inputs!);
		expect(JSON.stringify(inputs!.districts.json)).toBe(before);
	});

	test('the committed files are what the pipeline builds now (run `npm run geo` after changing it)', () => {
		const { files } = buildGeo(inputs!);
		for (const [path, text] of Object.entries(files)) expect(readRepo(path), path).toBe(text);
	});
});
