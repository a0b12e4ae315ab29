import { describe, expect, test } from 'vitest';
import { textWidth } from '../../../src/lib/text/width';

describe("textWidth: the one estimate of a label's drawn width", () => {
	test.each([
		{ text: '', size: 12, expected: 0 },
		{ text: '水库', size: 10, expected: 20 },
		{ text: 'ab', size: 10, expected: 11.6 },
		{ text: '2.34', size: 12, expected: 27.84 },
		{ text: '第3位', size: 12, expected: 30.96 },
		{ text: '21 µg/m³', size: 12, expected: 52.32 },
		{ text: 'Siming 思明', size: 1, expected: 5.78 }
	])('"$text" at $size → $expected', ({ text, size, expected }) => {
		expect(textWidth(text, size)).toBeCloseTo(expected, 5);
	});
});
