import { describe, expect, test } from 'vitest';
import {
	blockRect,
	candidateOffsets,
	isClear,
	labelLines,
	nudgeLabels,
	placeSideLabels,
	sidePlacement,
	type LabelBlock
} from '../../../src/lib/map/labels';

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

describe('sidePlacement: a name beside, under or over its marker', () => {
	const label = { id: 's', x: 100, y: 100, r: 10, width: 50, lines: 1 };
	test.each([
		{ side: 'right', box: [114, 92, 164, 106], textX: 114, anchor: 'start' },
		{ side: 'left', box: [36, 92, 86, 106], textX: 86, anchor: 'end' },
		{ side: 'below', box: [75, 112, 125, 126], textX: 100, anchor: 'middle' },
		{ side: 'above', box: [75, 74, 125, 88], textX: 100, anchor: 'middle' }
	] as const)('$side', ({ side, box, textX, anchor }) => {
		const p = sidePlacement(label, side, 1);
		expect(p.box).toEqual(box);
		expect(p.textX).toBe(textX);
		expect(p.anchor).toBe(anchor);
		// The first baseline is 12 units under the box's top, whatever the side.
		expect(p.baseline).toBe(box[1] + 12);
	});

	test('two lines: a box twice as tall; map units scale everything', () => {
		expect(sidePlacement({ ...label, lines: 2 }, 'right', 1).box).toEqual([114, 92, 164, 120]);
		expect(sidePlacement(label, 'right', 2).box).toEqual([118, 84, 168, 112]);
	});
});

describe('placeSideLabels', () => {
	const at = (id: string, x: number, y: number) => ({ id, x, y, r: 10, width: 50, lines: 1 });

	test('nothing in the way: to the right', () => {
		expect(placeSideLabels([at('a', 100, 100)], [{ x: 100, y: 100, r: 13 }], 1).a!.side).toBe('right');
	});

	test('a marker to the right: the name goes left; its own marker does not count', () => {
		const obstacles = [
			{ x: 100, y: 100, r: 13 },
			{ x: 140, y: 100, r: 13 }
		];
		expect(placeSideLabels([at('a', 100, 100)], obstacles, 1).a!.side).toBe('left');
	});

	test('two names that would overlap: the second takes another side', () => {
		const out = placeSideLabels([at('a', 100, 100), at('b', 100, 110)], [], 1);
		expect(out.a!.side).toBe('right');
		expect(out.b!.side).not.toBe('right');
		expect(isClear(out.a!.box, [out.b!.box])).toBe(true);
	});

	test("a preferred place (a district's name) is kept free when another side is as clear", () => {
		const out = placeSideLabels([at('a', 100, 100)], [], 1, [], [[120, 95, 170, 105]]);
		expect(out.a!.side).toBe('left');
	});

	test('boxes to keep clear of beat a preference', () => {
		const out = placeSideLabels([at('a', 100, 100)], [], 1, [[20, 80, 95, 130]], [[120, 95, 170, 105]]);
		expect(out.a!.side).toBe('right');
	});
});

describe('isClear and blockRect', () => {
	test('a box clear of boxes and markers, or not', () => {
		expect(isClear([0, 0, 10, 10], [[20, 20, 30, 30]], [{ x: 50, y: 50, r: 5 }])).toBe(true);
		expect(isClear([0, 0, 10, 10], [[5, 5, 30, 30]])).toBe(false);
		expect(isClear([0, 0, 10, 10], [], [{ x: 12, y: 5, r: 3 }])).toBe(false);
	});
	test('blockRect moves a block', () => {
		expect(blockRect({ id: 'a', at: [100, 100], width: 40, top: -10, bottom: 4 }, 5, -5)).toEqual([85, 85, 125, 99]);
	});
});
