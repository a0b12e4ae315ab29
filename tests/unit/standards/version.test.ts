import { describe, expect, it } from 'vitest';
import { versionFor } from '$lib/standards';

describe('versionFor (STANDARDS.md §0, §7: before 2026-03-01 → 2012)', () => {
	it.each([
		{ args: '2013-01-01', expected: '2012' },
		{ args: '2025-12-31', expected: '2012' },
		{ args: '2026-02-28', expected: '2012' },
		{ args: '2026-03-01', expected: '2026' },
		{ args: '2026-03-02', expected: '2026' },
		{ args: '2031-01-01', expected: '2026' }
	])('$args → $expected', ({ args, expected }) => {
		expect(versionFor(args)).toBe(expected);
	});

	it.each(['2026-3-1', '20260301', '2026-02-30', '2026-13-01', '2026-00-10', '', '2026-03-01T00:00', 'abcd-ef-gh'])(
		'malformed %j → RangeError',
		(args) => {
			expect(() => versionFor(args)).toThrow(RangeError);
		}
	);
});
