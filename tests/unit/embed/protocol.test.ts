import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	MAX_EMBED_HEIGHT,
	clampHeight,
	heightMessage,
	isHeightMessage,
	isMeasureMessage,
	parsePymMessage,
	pymHeightMessage
} from '../../../src/lib/embed/protocol';

describe('height messages', () => {
	test.each([
		{ height: 512, expected: 512 },
		{ height: 511.2, expected: 512 },
		{ height: 0, expected: 1 },
		{ height: -40, expected: 1 },
		{ height: 1e9, expected: MAX_EMBED_HEIGHT },
		{ height: Number.NaN, expected: 1 },
		{ height: Infinity, expected: 1 }
	])('clampHeight($height) = $expected', ({ height, expected }) => {
		expect(clampHeight(height)).toBe(expected);
	});

	test('our message has the documented shape and passes the check hosts make', () => {
		const message = heightMessage('air-composite-trend', 640.3);
		expect(message).toEqual({ type: 'xiamen-dashboard:height', id: 'air-composite-trend', height: 641, version: 1 });
		expect(isHeightMessage(message)).toBe(true);
	});

	test.each([
		{ name: 'a string', data: 'xiamen-dashboard:height' },
		{ name: 'null', data: null },
		{ name: 'wrong type', data: { type: 'height', id: 'a', height: 10, version: 1 } },
		{ name: 'wrong version', data: { type: 'xiamen-dashboard:height', id: 'a', height: 10, version: 2 } },
		{ name: 'height as text', data: { type: 'xiamen-dashboard:height', id: 'a', height: '10', version: 1 } },
		{ name: 'fractional height', data: { type: 'xiamen-dashboard:height', id: 'a', height: 10.5, version: 1 } },
		{ name: 'zero', data: { type: 'xiamen-dashboard:height', id: 'a', height: 0, version: 1 } },
		{ name: 'too tall', data: { type: 'xiamen-dashboard:height', id: 'a', height: 20001, version: 1 } }
	])('rejects $name', ({ data }) => {
		expect(isHeightMessage(data)).toBe(false);
	});

	test('any height we send is one hosts accept', () => {
		fc.assert(
			fc.property(fc.double(), (h) => {
				expect(isHeightMessage(heightMessage('x', h))).toBe(true);
			})
		);
	});
});

describe('Pym.js messages', () => {
	test('height, as Pym children send it', () => {
		expect(pymHeightMessage('chart-c', 480.1)).toBe('pymxPYMxchart-cxPYMxheightxPYMx481');
	});
	test.each([
		{ data: 'pymxPYMxchart-cxPYMxwidthxPYMx700', expected: { childId: 'chart-c', type: 'width', message: '700' } },
		{ data: 'pymxPYMxchart-cxPYMxwidth', expected: null },
		{ data: 'xPYMxchart-cxPYMxwidthxPYMx700', expected: null },
		{ data: 42, expected: null },
		{ data: 'pymxPYMx' + 'a'.repeat(2000), expected: null }
	])('parsePymMessage($data)', ({ data, expected }) => {
		expect(parsePymMessage(data)).toEqual(expected);
	});
	test('the host asks for the height with a measure message', () => {
		expect(isMeasureMessage({ type: 'xiamen-dashboard:measure', version: 1 })).toBe(true);
		expect(isMeasureMessage({ type: 'xiamen-dashboard:measure', version: '1' })).toBe(false);
		expect(isMeasureMessage('xiamen-dashboard:measure')).toBe(false);
	});
});
