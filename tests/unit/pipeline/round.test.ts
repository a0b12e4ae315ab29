import { describe, expect, it } from 'vitest';
import { formatRounded, roundHalfEven } from '$lib/pipeline/round';

describe('roundHalfEven (GB/T 8170, STANDARDS.md §7)', () => {
	it.each([
		[2.15, 1, 2.2],
		[2.25, 1, 2.2],
		[2.35, 1, 2.4],
		[0.65, 1, 0.6],
		[0.75, 1, 0.8],
		[17.5, 0, 18],
		[16.5, 0, 16],
		[17.475, 0, 17],
		[0.1 + 0.2, 1, 0.3],
		[0.8500000000000001, 1, 0.8],
		[123.8, 0, 124],
		[2.605, 2, 2.6],
		[1e-7, 2, 0],
		[0, 0, 0],
		[12345678.5, 0, 12345678]
	])('%s to %i places → %s', (x, d, want) => {
		expect(roundHalfEven(x, d)).toBe(want);
	});
	it('formats with fixed places', () => {
		expect(formatRounded(2.6, 2)).toBe('2.60');
		expect(formatRounded(0.65, 1)).toBe('0.6');
		expect(formatRounded(17.5, 0)).toBe('18');
	});
	it('rejects non-finite input', () => {
		expect(() => roundHalfEven(NaN, 0)).toThrow(RangeError);
	});
});
