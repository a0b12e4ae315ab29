import { describe, expect, test } from 'vitest';
import { stackTo100 } from '../../../../../src/lib/charts/kinds/bar/stack';
import { barDomain, barGeometry } from '../../../../../src/lib/charts/kinds/bar/geometry';

const round = (segments: ReturnType<typeof stackTo100>) =>
	segments.map((s) => ({ ...s, share: +s.share.toFixed(3), start: +s.start.toFixed(3), end: +s.end.toFixed(3) }));

describe('stackTo100', () => {
	test.each([
		{
			name: 'counts become shares that end at 100',
			args: [221, 143, 1],
			expected: [
				{ index: 0, value: 221, share: 60.548, start: 0, end: 60.548 },
				{ index: 1, value: 143, share: 39.178, start: 60.548, end: 99.726 },
				{ index: 2, value: 1, share: 0.274, start: 99.726, end: 100 }
			]
		},
		{
			name: 'a null takes no space and is not a zero share of something',
			args: [1, null, 3],
			expected: [
				{ index: 0, value: 1, share: 25, start: 0, end: 25 },
				{ index: 1, value: null, share: 0, start: 25, end: 25 },
				{ index: 2, value: 3, share: 75, start: 25, end: 100 }
			]
		},
		{ name: 'single value', args: [5], expected: [{ index: 0, value: 5, share: 100, start: 0, end: 100 }] },
		{
			name: 'all zero: nothing is invented',
			args: [0, 0],
			expected: [
				{ index: 0, value: 0, share: 0, start: 0, end: 0 },
				{ index: 1, value: 0, share: 0, start: 0, end: 0 }
			]
		},
		{ name: 'empty', args: [], expected: [] }
	])('$name', ({ args, expected }) => {
		expect(round(stackTo100(args))).toEqual(expected);
	});

	test.each([[-1], [Number.NaN], [Infinity]])('rejects %s', (bad) => {
		expect(() => stackTo100([1, bad])).toThrow(RangeError);
	});
});

describe('bar geometry and domain', () => {
	test.each([
		{ args: [3, 7, 'stacked100', false], expected: { rowHeight: 48, height: 3 * 48 + 2 * 12 } },
		{ args: [4, 2, 'grouped', false], expected: { rowHeight: 20 + 2 * 16 + 3, height: 4 * 55 + 3 * 12 } },
		{ args: [1, 1, 'grouped', false], expected: { rowHeight: 40, height: 40 } },
		{ args: [6, 1, 'grouped', true], expected: { rowHeight: 30, height: 6 * 30 + 5 * 7 } },
		{ args: [0, 1, 'grouped', false], expected: { rowHeight: 40, height: 0 } }
	] as const)('barGeometry($args)', ({ args, expected }) => {
		expect(barGeometry(args[0], args[1], args[2], args[3])).toMatchObject(expected);
	});

	test.each([
		{ values: [[3], [null], [132]], expected: [0, 132] },
		{ values: [[-13.5], [-5]], expected: [-13.5, 0] },
		{ values: [[null]], expected: [0, 1] },
		{ values: [], expected: [0, 1] },
		{ values: [[0]], expected: [0, 1] }
	])('barDomain($values) = $expected', ({ values, expected }) => {
		expect(barDomain(values)).toEqual(expected);
	});
});
