import { describe, expect, test } from 'vitest';
import { candidateOffsets, labelLines, nudgeLabels, type LabelBlock } from '../../../src/lib/map/labels';

describe('candidateOffsets', () => {
	test('nearest first, vertical before horizontal, down before up', () => {
		expect(candidateOffsets(10, 1).slice(0, 5)).toEqual([
			[0, 0],
			[0, 10],
			[0, -10],
			[10, 0],
			[-10, 0]
		]);
		expect(candidateOffsets(10, 2)).toHaveLength(25);
	});
});

describe('nudgeLabels', () => {
	const block = (id: string, x: number, y: number): LabelBlock => ({ id, at: [x, y], width: 40, top: -10, bottom: 4 });

	test('nothing in the way: stays', () => {
		expect(nudgeLabels([block('a', 100, 100)], [{ x: 300, y: 300, r: 10 }], 6)).toEqual({ a: [0, 0] });
	});

	test('a marker under the label: the label moves just clear of it', () => {
		const { a } = nudgeLabels([block('a', 100, 100)], [{ x: 100, y: 95, r: 8 }], 6, 4);
		expect(a).not.toEqual([0, 0]);
		expect(Math.hypot(a![0], a![1])).toBeLessThanOrEqual(24);
	});

	test('no free place within reach: stays at its point when every place is as bad', () => {
		expect(nudgeLabels([block('a', 100, 100)], [{ x: 100, y: 100, r: 500 }], 6, 2)).toEqual({ a: [0, 0] });
	});

	test('no free place within reach: the place with the fewest collisions', () => {
		const obstacles = [
			{ x: 100, y: 100, r: 500 },
			{ x: 100, y: 97, r: 4 }
		];
		const { a } = nudgeLabels([block('a', 100, 100)], obstacles, 6, 2);
		expect(a).not.toEqual([0, 0]);
	});

	test('two labels on the same point do not overlap; boxes are avoided too', () => {
		const out = nudgeLabels([block('a', 100, 100), block('b', 100, 100)], [], 6, 4);
		expect(out.a).toEqual([0, 0]);
		expect(out.b).not.toEqual([0, 0]);
		const boxed = nudgeLabels([block('c', 100, 100)], [], 6, 4, [[70, 80, 130, 110]]);
		expect(boxed.c).not.toEqual([0, 0]);
	});
});

describe('labelLines', () => {
	test.each([
		{ text: '同安二实小', expected: ['同安二实小'] },
		{ text: 'Hongwen', expected: ['Hongwen'] },
		{ text: "Tong'an No.2 Experimental Primary School", expected: ["Tong'an No.2 Experimental", 'Primary School'] },
		{ text: 'Xidong reference site', expected: ['Xidong reference site'] },
		{ text: 'Averyveryverylongnamewithoutanyspaces', expected: ['Averyveryverylongnamewithoutanyspaces'] }
	])('$text', ({ text, expected }) => {
		expect(labelLines(text)).toEqual(expected);
	});
});
