import { describe, expect, test } from 'vitest';
import {
	formatElapsed,
	keyBelongsToTarget,
	keyCommand,
	navigate,
	parseHash,
	slideHash,
	type KeyInput,
	type NavAction
} from '../../../src/lib/present/navigation';

describe('navigate: the slide index after a move, always inside the deck', () => {
	test.each([
		{ index: 0, count: 8, action: { type: 'next' }, expected: 1 },
		{ index: 7, count: 8, action: { type: 'next' }, expected: 7 },
		{ index: 3, count: 8, action: { type: 'prev' }, expected: 2 },
		{ index: 0, count: 8, action: { type: 'prev' }, expected: 0 },
		{ index: 5, count: 8, action: { type: 'first' }, expected: 0 },
		{ index: 2, count: 8, action: { type: 'last' }, expected: 7 },
		{ index: 2, count: 8, action: { type: 'goto', index: 4 }, expected: 4 },
		{ index: 2, count: 8, action: { type: 'goto', index: 99 }, expected: 7 },
		{ index: 2, count: 8, action: { type: 'goto', index: -3 }, expected: 0 },
		{ index: 2, count: 8, action: { type: 'goto', index: 1.5 }, expected: 2 },
		{ index: 2, count: 8, action: { type: 'goto', index: Number.NaN }, expected: 2 },
		{ index: 0, count: 1, action: { type: 'next' }, expected: 0 },
		{ index: 0, count: 1, action: { type: 'last' }, expected: 0 },
		{ index: 0, count: 0, action: { type: 'next' }, expected: 0 },
		{ index: 0, count: 0, action: { type: 'last' }, expected: 0 },
		{ index: 12, count: 8, action: { type: 'prev' }, expected: 7 }
	] as { index: number; count: number; action: NavAction; expected: number }[])(
		'$action.type from $index of $count → $expected',
		({ index, count, action, expected }) => {
			expect(navigate(index, count, action)).toBe(expected);
		}
	);
});

describe('parseHash / slideHash: `#3` is the third slide; anything else is the first', () => {
	test.each([
		{ hash: '#1', expected: 0 },
		{ hash: '#3', expected: 2 },
		{ hash: '3', expected: 2 },
		{ hash: '#8', expected: 7 },
		{ hash: '#03', expected: 2 },
		{ hash: '#9', expected: 0 },
		{ hash: '#0', expected: 0 },
		{ hash: '#-2', expected: 0 },
		{ hash: '#2.5', expected: 0 },
		{ hash: '#abc', expected: 0 },
		{ hash: '#3abc', expected: 0 },
		{ hash: '#1e1', expected: 0 },
		{ hash: '#99999999', expected: 0 },
		{ hash: '#', expected: 0 },
		{ hash: '', expected: 0 }
	])('$hash → $expected (8 slides)', ({ hash, expected }) => {
		expect(parseHash(hash, 8)).toBe(expected);
	});

	test('an empty deck parses every hash to 0', () => {
		expect(parseHash('#1', 0)).toBe(0);
	});

	test('slideHash is 1-based and round-trips', () => {
		expect(slideHash(0)).toBe('#1');
		expect(slideHash(6)).toBe('#7');
		for (let i = 0; i < 8; i++) expect(parseHash(slideHash(i), 8)).toBe(i);
	});
});

describe('keyCommand: keyboard and clicker keys', () => {
	test.each([
		{ input: { key: 'ArrowRight' }, expected: { type: 'next' } },
		{ input: { key: 'ArrowDown' }, expected: { type: 'next' } },
		{ input: { key: 'PageDown' }, expected: { type: 'next' } },
		{ input: { key: ' ' }, expected: { type: 'next' } },
		{ input: { key: ' ', shiftKey: true }, expected: { type: 'prev' } },
		{ input: { key: 'ArrowLeft' }, expected: { type: 'prev' } },
		{ input: { key: 'ArrowUp' }, expected: { type: 'prev' } },
		{ input: { key: 'PageUp' }, expected: { type: 'prev' } },
		{ input: { key: 'Home' }, expected: { type: 'first' } },
		{ input: { key: 'End' }, expected: { type: 'last' } },
		{ input: { key: '1' }, expected: { type: 'goto', index: 0 } },
		{ input: { key: '9' }, expected: { type: 'goto', index: 8 } },
		{ input: { key: 'f' }, expected: { type: 'fullscreen' } },
		{ input: { key: 'F', shiftKey: true }, expected: { type: 'fullscreen' } },
		{ input: { key: 'p' }, expected: { type: 'presenter' } },
		{ input: { key: 'Escape' }, expected: { type: 'escape' } },
		{ input: { key: '0' }, expected: null },
		{ input: { key: 'a' }, expected: null },
		{ input: { key: 'Enter' }, expected: null },
		{ input: { key: 'ArrowRight', ctrlKey: true }, expected: null },
		{ input: { key: 'f', metaKey: true }, expected: null },
		{ input: { key: 'p', ctrlKey: true }, expected: null },
		{ input: { key: '3', altKey: true }, expected: null }
	] as { input: KeyInput; expected: unknown }[])(
		'$input.key (shift $input.shiftKey) → $expected',
		({ input, expected }) => {
			expect(keyCommand(input)).toEqual(expected);
		}
	);
});

describe('keyBelongsToTarget: keys typed into controls are theirs', () => {
	test.each([
		{ key: 'ArrowRight', target: { tagName: 'INPUT' }, expected: true },
		{ key: 'f', target: { tagName: 'textarea' }, expected: true },
		{ key: 'ArrowRight', target: { tagName: 'DIV', isContentEditable: true }, expected: true },
		{ key: ' ', target: { tagName: 'BUTTON' }, expected: true },
		{ key: 'Enter', target: { tagName: 'A' }, expected: true },
		{ key: ' ', target: { tagName: 'SUMMARY' }, expected: true },
		{ key: 'ArrowRight', target: { tagName: 'BUTTON' }, expected: false },
		{ key: ' ', target: { tagName: 'BODY' }, expected: false },
		{ key: 'PageDown', target: null, expected: false }
	])('$key on $target.tagName → $expected', ({ key, target, expected }) => {
		expect(keyBelongsToTarget(key, target)).toBe(expected);
	});
});

describe('formatElapsed', () => {
	test.each([
		{ ms: 0, expected: '0:00' },
		{ ms: 999, expected: '0:00' },
		{ ms: 1000, expected: '0:01' },
		{ ms: 65_000, expected: '1:05' },
		{ ms: 59 * 60_000 + 59_999, expected: '59:59' },
		{ ms: 3_600_000, expected: '1:00:00' },
		{ ms: 3_600_000 + 5 * 60_000 + 7_000, expected: '1:05:07' },
		{ ms: -5000, expected: '0:00' },
		{ ms: Number.NaN, expected: '0:00' },
		{ ms: Number.POSITIVE_INFINITY, expected: '0:00' }
	])('$ms ms → $expected', ({ ms, expected }) => {
		expect(formatElapsed(ms)).toBe(expected);
	});
});
