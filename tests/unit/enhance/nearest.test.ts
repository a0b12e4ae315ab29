import { describe, expect, test } from 'vitest';
import { nearestInPixels, pointerInUnits } from '../../../src/lib/enhance/nearest';

describe('pointerInUnits', () => {
	test.each([
		{ name: 'drawn at its size', at: [110, 220], box: [100, 200, 300, 150], size: [300, 150], expected: [10, 20] },
		{ name: 'scaled up 1.5×', at: [150, 230], box: [0, 200, 510, 255], size: [340, 170], expected: [100, 20] },
		{ name: 'scaled down to half', at: [60, 40], box: [10, 10, 150, 100], size: [300, 200], expected: [100, 60] },
		{ name: 'an empty box maps 1:1', at: [15, 25], box: [5, 5, 0, 0], size: [300, 200], expected: [10, 20] }
	])('$name', ({ at, box, size, expected }) => {
		const [left, top, width, height] = box as [number, number, number, number];
		const [mx, my] = pointerInUnits(at[0]!, at[1]!, { left, top, width, height }, size[0]!, size[1]!);
		expect(mx).toBeCloseTo(expected[0]!, 9);
		expect(my).toBeCloseTo(expected[1]!, 9);
	});
});

describe('nearestInPixels', () => {
	const pts = [
		{ key: 'under', px: 100, py: 105 },
		{ key: 'over', px: 100, py: 100 },
		{ key: 'far', px: 300, py: 100 }
	];
	test.each([
		{ name: 'exactly on a marker that lies under another', args: [100, 105], expected: 'under' },
		{ name: 'nearer the other one', args: [100, 99], expected: 'over' },
		{ name: 'nothing within reach', args: [200, 100], expected: undefined },
		{ name: 'just within reach', args: [276, 100], expected: 'far' }
	] as const)('$name', ({ args, expected }) => {
		expect(nearestInPixels(pts, args[0], args[1])?.key).toBe(expected);
	});
	test('empty', () => {
		expect(nearestInPixels([], 0, 0)).toBeUndefined();
	});
});
