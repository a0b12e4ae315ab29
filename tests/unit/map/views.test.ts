import { describe, expect, test } from 'vitest';
import {
	clampTransform,
	fitBox,
	IDENTITY,
	interpolateTransform,
	namedViews,
	panBy,
	sameTransform,
	SCALE_EXTENT,
	toScreen,
	unionBox,
	viewTransform,
	zoomAbout
} from '../../../src/lib/map/views';
import type { BBox, MapDistrict } from '../../../src/lib/map/types';
import { realMap } from './data';

const W = 1000;
const H = 900;
const district = (adcode: string, bbox: BBox): MapDistrict => ({
	adcode,
	name: { zh: adcode, en: adcode },
	d: '',
	label: [0, 0],
	bbox
});

describe('unionBox', () => {
	test.each([
		{ name: 'none', boxes: [], expected: null },
		{ name: 'one', boxes: [[1, 2, 3, 4]], expected: [1, 2, 3, 4] },
		{
			name: 'several',
			boxes: [
				[1, 2, 3, 4],
				[0, 5, 2, 9],
				[2, 1, 8, 3]
			],
			expected: [0, 1, 8, 9]
		}
	])('$name', ({ boxes, expected }) => {
		expect(unionBox(boxes as BBox[])).toEqual(expected);
	});
});

describe('namedViews', () => {
	test('whole city, Xiamen Island (Siming + Huli), then each district in order', () => {
		const views = namedViews([
			district('350203', [400, 600, 500, 700]),
			district('350205', [100, 500, 300, 700]),
			district('350206', [420, 520, 520, 620])
		]);
		expect(views.map((v) => v.id)).toEqual(['city', 'island', '350203', '350205', '350206']);
		expect(views[0]!.bbox).toEqual([100, 500, 520, 700]);
		expect(views[1]!.bbox).toEqual([400, 520, 520, 700]);
	});

	test('no island view without both island districts; no views without districts', () => {
		expect(namedViews([district('350203', [0, 0, 1, 1])]).map((v) => v.id)).toEqual(['city', '350203']);
		expect(namedViews([])).toEqual([]);
	});

	test('the real map: 8 views, each district inside the city box', () => {
		expect(realMap.views.map((v) => v.id)).toEqual([
			'city',
			'island',
			'350203',
			'350205',
			'350206',
			'350211',
			'350212',
			'350213'
		]);
		const city = realMap.views[0]!.bbox;
		for (const v of realMap.views) {
			expect(v.bbox[0]).toBeGreaterThanOrEqual(city[0]);
			expect(v.bbox[3]).toBeLessThanOrEqual(city[3]);
		}
	});
});

describe('transforms', () => {
	test('clampTransform keeps the frame covering the viewport and k in the extent', () => {
		expect(clampTransform({ k: 0.5, x: 10, y: 10 }, W, H)).toEqual({ k: 1, x: 0, y: 0 });
		expect(clampTransform({ k: 2, x: 100, y: -5000 }, W, H)).toEqual({ k: 2, x: 0, y: -900 });
		expect(clampTransform({ k: 50, x: 0, y: 0 }, W, H).k).toBe(SCALE_EXTENT[1]);
	});

	test('fitBox centres a box and makes it as large as fits with padding', () => {
		const t = fitBox([400, 400, 500, 450], W, H, 0.1);
		expect(t.k).toBeCloseTo(8, 6);
		const [cx, cy] = toScreen(t, [450, 425]);
		expect(cx).toBeCloseTo(W / 2, 6);
		expect(cy).toBeCloseTo(H / 2, 6);
	});

	test('fitBox near the frame edge is clamped so no blank shows', () => {
		const t = fitBox([0, 0, 100, 100], W, H);
		expect(t.x).toBe(0);
		expect(t.y).toBe(0);
	});

	test('fitBox of a tiny box stops at the largest zoom', () => {
		expect(fitBox([500, 500, 500.1, 500.1], W, H).k).toBe(SCALE_EXTENT[1]);
	});

	test('viewTransform: the city is the identity; an unknown view too', () => {
		expect(viewTransform(realMap.views, 'city', W, H)).toEqual(IDENTITY);
		expect(viewTransform(realMap.views, '999999', W, H)).toEqual(IDENTITY);
		expect(viewTransform(realMap.views, 'island', W, H).k).toBeGreaterThan(2);
	});

	test('zoomAbout keeps the point under the cursor in place', () => {
		const t = zoomAbout({ k: 2, x: -300, y: -200 }, 1.5, [400, 300], W, H);
		expect(t.k).toBe(3);
		const before = [(400 + 300) / 2, (300 + 200) / 2] as [number, number];
		const [sx, sy] = toScreen(t, before);
		expect(sx).toBeCloseTo(400, 6);
		expect(sy).toBeCloseTo(300, 6);
	});

	test('zoomAbout out to k = 1 returns to the whole frame', () => {
		expect(zoomAbout({ k: 1.2, x: -50, y: -20 }, 0.5, [500, 450], W, H)).toEqual({ k: 1, x: 0, y: 0 });
	});

	test('panBy moves by a share of the viewport and cannot leave the frame', () => {
		expect(panBy({ k: 2, x: -500, y: -450 }, [0.1, 0], W, H)).toEqual({ k: 2, x: -600, y: -450 });
		expect(panBy(IDENTITY, [0.1, 0.1], W, H)).toEqual(IDENTITY);
	});

	test('interpolateTransform runs from a to b', () => {
		const a = IDENTITY;
		const b = { k: 4, x: -1500, y: -1200 };
		expect(sameTransform(interpolateTransform(a, b, 0, W, H), a)).toBe(true);
		expect(sameTransform(interpolateTransform(a, b, 1, W, H), b)).toBe(true);
		expect(interpolateTransform(a, b, 0.5, W, H).k).toBeCloseTo(2, 6);
	});
});
