import { geoArea } from 'd3-geo';
import type { Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { decodeXiamenTopology, districtBorders, rewindForD3 } from '../../../../src/lib/map/geometry';
import { loadTopology } from './load';

const topo = loadTopology();

/** A 0.1° square around Gulangyu, counter-clockwise (RFC 7946). */
const rfcSquare: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[118.0, 24.4],
			[118.1, 24.4],
			[118.1, 24.5],
			[118.0, 24.5],
			[118.0, 24.4]
		]
	]
};

describe('ring winding', () => {
	test.each(['districts', 'land', 'neighbours'] as const)(
		'%s as decoded by topojson-client alone is already wound for d3 (small areas, not the globe)',
		(name) => {
			const fc = feature(topo, topo.objects[name] as GeometryCollection);
			expect(fc.features.length).toBeGreaterThan(0);
			for (const f of fc.features) {
				const a = geoArea(f);
				expect(a).toBeGreaterThan(0);
				expect(a).toBeLessThan(1e-4);
			}
		}
	);

	test('the decoded districts have plausible areas (≈ 1,700 km² in all)', () => {
		const { districts } = decodeXiamenTopology(topo);
		const km2 = districts.features.reduce((s, f) => s + geoArea(f), 0) * 6371.0088 ** 2;
		expect(km2).toBeGreaterThan(1600);
		expect(km2).toBeLessThan(1900);
	});

	test('rewindForD3 turns an RFC 7946 ring into a d3 ring, without touching its input', () => {
		const before = JSON.stringify(rfcSquare);
		expect(geoArea(rfcSquare)).toBeGreaterThan(2 * Math.PI);
		const fixed = rewindForD3(rfcSquare);
		expect(geoArea(fixed)).toBeLessThan(1e-4);
		expect(JSON.stringify(rfcSquare)).toBe(before);
	});

	test('rewindForD3 is idempotent and handles MultiPolygons', () => {
		const once = rewindForD3(rfcSquare);
		expect(rewindForD3(once)).toEqual(once);
		const multi = rewindForD3({
			type: 'MultiPolygon',
			coordinates: [rfcSquare.coordinates, once.coordinates]
		});
		for (const p of multi.coordinates) expect(geoArea({ type: 'Polygon', coordinates: p })).toBeLessThan(1e-4);
	});

	test('districtBorders gives the inner borders only', () => {
		const borders = districtBorders(topo);
		expect(borders.type).toBe('MultiLineString');
		// Siming–Huli, Haicang–Jimei, Jimei–Tong'an, Tong'an–Xiang'an, Jimei–Xiang'an at least.
		expect(borders.coordinates.length).toBeGreaterThanOrEqual(4);
	});
});
