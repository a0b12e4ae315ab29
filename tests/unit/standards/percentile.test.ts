import { describe, expect, it } from 'vitest';
import { percentile } from '$lib/standards';

const X = [3, 4, 8, 2, 5, 4]; // sorted 2,3,4,4,5,8

describe('percentile (HJ 663 rank formula, STANDARDS.md §4.2)', () => {
	it.each([
		{ args: [X, 90], expected: 6.5 }, // k = 1 + 5·0.9 = 5.5 → 5 + 3·0.5
		{ args: [X, 0], expected: 2 },
		{ args: [X, 100], expected: 8 },
		{ args: [X, 50], expected: 4 }, // k = 3.5 → 4 + 0
		{ args: [X, 25], expected: 3.25 }, // k = 2.25 → 3 + 1·0.25
		{ args: [X, 20], expected: 3 }, // k = 2 exactly
		{ args: [[7], 0], expected: 7 },
		{ args: [[7], 50], expected: 7 },
		{ args: [[7], 100], expected: 7 },
		{ args: [[10, 20], 95], expected: 19.5 } // k = 1.95 → 10 + 10·0.95
	])('percentile($args) → $expected', ({ args, expected }) => {
		expect(percentile(args[0] as number[], args[1] as number)).toBe(expected);
	});

	it('p95 of 1…20 → 19.05', () => {
		// k = 1 + 19·0.95 = 19.05 → X(19) + 0.05
		expect(
			percentile(
				Array.from({ length: 20 }, (_, i) => i + 1),
				95
			)
		).toBeCloseTo(19.05, 12);
	});

	it('does not reorder its input', () => {
		const input = [3, 1, 2];
		percentile(input, 50);
		expect(input).toEqual([3, 1, 2]);
	});

	it.each([
		[[], 50],
		[[1, 2], -1],
		[[1, 2], 100.1],
		[[1, 2], NaN],
		[[1, NaN], 50],
		[[1, -2], 50],
		[[1, Infinity], 50]
	])('percentile(%j, %s) → RangeError', (values, p) => {
		expect(() => percentile(values, p)).toThrow(RangeError);
	});
});
