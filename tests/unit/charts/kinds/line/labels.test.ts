import { describe, expect, test } from 'vitest';
import { placeLabels } from '../../../../../src/lib/charts/kinds/line/labels';

describe('placeLabels', () => {
	const c = (key: string, px: number, py: number, priority = 0, width = 40) => ({ key, px, py, width, priority });
	test('far-apart points: every label above its point', () => {
		expect(placeLabels([c('a', 50, 100), c('b', 200, 100)], 300)).toEqual({ a: 'above', b: 'above' });
	});
	test('two points close together in one year: the higher-priority label above, the other below', () => {
		expect(placeLabels([c('low', 150, 110, 0), c('high', 150, 96, 2)], 300)).toEqual({ high: 'above', low: 'below' });
	});
	test('no room above or below: the label is hidden (its value stays in the tooltip and table)', () => {
		const sides = placeLabels([c('a', 100, 100, 2), c('b', 110, 100, 1), c('x', 105, 80, 3), c('y', 105, 125, 3)], 300);
		expect(sides.b).toBe('hidden');
	});
	test('a label at the plot’s edge is anchored to the edge, not cut off', () => {
		expect(placeLabels([c('edge', 0, 100, 0, 80)], 300)).toEqual({ edge: 'above' });
	});
	test('a label that prefers below goes below where it fits', () => {
		expect(placeLabels([{ ...c('a', 150, 100), prefer: 'below' as const }], 300)).toEqual({ a: 'below' });
	});
	test('empty', () => {
		expect(placeLabels([], 300)).toEqual({});
	});
});
