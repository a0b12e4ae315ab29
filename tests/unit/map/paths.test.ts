import { describe, expect, test } from 'vitest';
import type { GeoProjection } from 'd3-geo';
import { compactPath, decodeCompactPath, labelPoint, projectedBounds } from '../../../src/lib/map/paths';

/** A projection that keeps coordinates as they are (x = lon, y = lat), to check the encoding alone. */
const identity = ((p: [number, number]) => p) as unknown as GeoProjection;
const square = (x: number, y: number, s: number): GeoJSON.Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[x, y],
			[x + s, y],
			[x + s, y + s],
			[x, y + s],
			[x, y]
		]
	]
});

describe('compactPath', () => {
	test.each([
		{ name: 'a square', object: square(1, 2, 3), scale: 10, expected: 'm10,20l30,0l0,30l-30,0z' },
		{ name: 'negative steps need no comma', object: square(5, 5, -2), scale: 1, expected: 'm5,5l-2,0l0-2l2,0z' },
		{
			name: 'a line (no closing)',
			object: {
				type: 'LineString',
				coordinates: [
					[0, 0],
					[1, 1],
					[1.04, 1]
				]
			} as GeoJSON.LineString,
			scale: 10,
			expected: 'm0,0l10,10'
		},
		{
			name: 'nothing',
			object: { type: 'MultiPolygon', coordinates: [] } as GeoJSON.MultiPolygon,
			scale: 10,
			expected: ''
		}
	])('$name', ({ object, scale, expected }) => {
		expect(compactPath(identity, object, scale)).toBe(expected);
	});

	test('a second ring moves relative to the first ring’s start (after z)', () => {
		const two: GeoJSON.MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [square(0, 0, 1).coordinates, square(10, 10, 1).coordinates]
		};
		const d = compactPath(identity, two, 1);
		expect(d).toBe('m0,0l1,0l0,1l-1,0zm10,10l1,0l0,1l-1,0z');
		expect(decodeCompactPath(d, 1)).toEqual([
			[
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 1]
			],
			[
				[10, 10],
				[11, 10],
				[11, 11],
				[10, 11]
			]
		]);
	});

	test('decoding gives back the vertices to 1 / scale', () => {
		const d = compactPath(identity, square(1.234, 5.678, 2.5), 10);
		const [ring] = decodeCompactPath(d, 10);
		expect(ring![0]).toEqual([1.2, 5.7]);
		expect(ring![2]).toEqual([3.7, 8.2]);
	});
});

describe('projectedBounds and labelPoint', () => {
	test('bounds of a square', () => {
		expect(projectedBounds(identity, square(1, 2, 3))).toEqual([1, 2, 4, 5]);
	});

	test('the label goes to the centroid of the largest part', () => {
		const parts: GeoJSON.MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [square(0, 0, 1).coordinates, square(10, 10, 4).coordinates]
		};
		expect(labelPoint(identity, parts)).toEqual([12, 12]);
		expect(labelPoint(identity, square(0, 0, 2))).toEqual([1, 1]);
	});
});
