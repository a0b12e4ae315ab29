import { describe, expect, test } from 'vitest';
import { MAP_SLIDE_PADDING, mapSlideZoom, shownBox } from '../../../src/lib/present/mapFit';
import type { XiamenMapData } from '../../../src/lib/map/types';

/** A map with only what the crop reads: the frame's size, district boxes and placed features. */
const map = {
	base: { width: 1000, height: 1000 },
	districts: [{ bbox: [200, 100, 500, 600] }, { bbox: [450, 300, 800, 700] }],
	stations: [{ at: [150, 650] }],
	water: [{ place: { at: [820, 200] } }, { place: null }],
	sea: [{ place: { at: [100, 850], radius: [60, 40] } }]
} as unknown as XiamenMapData;

describe('the map slide’s crop to what it shows (src/lib/present/mapFit.ts)', () => {
	test.each([
		{ layers: ['districts'], box: [200, 100, 800, 700] },
		{ layers: ['districts', 'stations'], box: [150, 100, 800, 700] },
		{ layers: ['districts', 'water'], box: [200, 100, 820, 700] },
		// A sea area's mark counts, not its ellipse of uncertainty (which may run off the edge).
		{ layers: ['districts', 'sea'], box: [100, 100, 800, 850] },
		// Litter has no placed features: the districts alone.
		{ layers: ['districts', 'litter'], box: [200, 100, 800, 700] }
	] as const)('$layers: $box', ({ layers, box }) => {
		expect(shownBox(map, layers)).toEqual(box);
	});

	test('the zoom fits the box in the frame with the padding, centred, never below 1×', () => {
		const zoom = mapSlideZoom(map, ['districts']);
		// 600 × 600 units in a 1000 × 1000 frame less the padding on each side.
		expect(zoom.k).toBeCloseTo((1000 * (1 - 2 * MAP_SLIDE_PADDING)) / 600);
		expect(zoom.x + zoom.k * 500).toBeCloseTo(500);
		expect(zoom.y + zoom.k * 400).toBeCloseTo(500);
		// Features spread over the whole frame: no zoom.
		const wide = { ...map, districts: [{ bbox: [0, 0, 1000, 1000] }] } as unknown as XiamenMapData;
		expect(mapSlideZoom(wide, ['districts'])).toEqual({ k: 1, x: 0, y: 0 });
	});
});
