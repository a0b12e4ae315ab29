import { describe, expect, test } from 'vitest';
import { rankColumnsLayout } from '../../../../../src/lib/charts/kinds/rank-columns/layout';

const box = { width: 110, height: 70, left: 10, top: 10, bottom: 10, step: 20, gapRatio: 0 };

describe('rankColumnsLayout: ranked items as columns, highest rank first, unranked left out', () => {
	test('columns in rank order (ties keep their order), heights on an axis up to the next multiple of step', () => {
		const layout = rankColumnsLayout(
			[
				{ rank: 2, value: 20 },
				{ rank: null, value: 90 },
				{ rank: 1, value: 30 },
				{ rank: 2, value: 20 },
				{ rank: 4, value: null }
			],
			box
		);
		expect(layout.top).toBe(40);
		expect(layout.ticks.map((t) => [t.value, t.y])).toEqual([
			[0, 60],
			[20, 35],
			[40, 10]
		]);
		expect(layout.columns).toEqual([
			{ index: 2, x: 10, y: 22.5, width: 33.3, height: 37.5 },
			{ index: 0, x: 43.3, y: 35, width: 33.3, height: 25 },
			{ index: 3, x: 76.7, y: 35, width: 33.3, height: 25 }
		]);
	});
	test('nothing ranked: no column, an axis of one step', () => {
		const layout = rankColumnsLayout([{ rank: null, value: 5 }], box);
		expect(layout.columns).toEqual([]);
		expect(layout.top).toBe(20);
	});
});
