import { describe, expect, test } from 'vitest';
import { fitFrame, projectPoint, type LonLatBox } from '../../../src/lib/map/projection';

const FRAME: LonLatBox = [117.78, 24.32, 118.51, 24.95];

describe('fitFrame', () => {
	const fit = fitFrame(FRAME, 1000);

	test.each([
		{ corner: 'north-west', lonlat: [117.78, 24.95], expected: [0, 0] },
		{ corner: 'north-east', lonlat: [118.51, 24.95], expected: [1000, 0] },
		{ corner: 'south-west', lonlat: [117.78, 24.32], expected: [0, fit.height] },
		{ corner: 'south-east', lonlat: [118.51, 24.32], expected: [1000, fit.height] }
	])('the $corner corner is the viewBox corner', ({ lonlat, expected }) => {
		const p = fit.projection(lonlat as [number, number])!;
		expect(p[0]).toBeCloseTo(expected[0]!, 6);
		expect(p[1]).toBeCloseTo(expected[1]!, 6);
	});

	test('the frame (≈ 74 × 70 km) is a little wider than tall in Mercator', () => {
		expect(fit.height).toBeGreaterThan(900);
		expect(fit.height).toBeLessThan(1000);
	});

	test('about 13.5 map units per km (1000 units for the ≈ 74 km wide frame)', () => {
		expect(fit.unitsPerKm).toBeGreaterThan(13);
		expect(fit.unitsPerKm).toBeLessThan(14);
	});

	test('scales with the width', () => {
		const half = fitFrame(FRAME, 500);
		expect(half.height).toBeCloseTo(fit.height / 2, 6);
		expect(half.unitsPerKm).toBeCloseTo(fit.unitsPerKm / 2, 6);
	});

	test.each([
		{ name: 'empty', frame: [118, 24, 118, 25] },
		{ name: 'inverted', frame: [118.5, 24.3, 117.7, 24.9] },
		{ name: 'zero width', frame: FRAME, width: 0 }
	])('rejects an invalid frame or width ($name)', ({ frame, width }) => {
		expect(() => fitFrame(frame as LonLatBox, width ?? 1000)).toThrow(RangeError);
	});

	test('projectPoint rounds to the given decimals', () => {
		const [x, y] = projectPoint(fit, 118.06114, 24.44707);
		expect(Number.isInteger(x * 10)).toBe(true);
		expect(Number.isInteger(y * 10)).toBe(true);
		expect(projectPoint(fit, 118.06114, 24.44707, 0).every(Number.isInteger)).toBe(true);
	});
});
