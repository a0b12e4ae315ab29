import { describe, expect, test } from 'vitest';
import { shareBarRows, shareBars } from '../../../../../src/lib/charts/kinds/share-bar/shares';
import { buildDataset } from '../../../../../src/lib/pipeline/build';
import { directoryReader } from '../../../../../src/lib/pipeline/run';

const { dataset } = buildDataset(directoryReader('data'));

describe('shareBars', () => {
	test('each share keeps its own year and its qualifier (the id says "approx")', () => {
		const { bars, sourceIds } = shareBars(dataset, [
			{ metric: 'litter_share_from_jiulong_pct_approx', year: 2023 },
			{ metric: 'litter_plant_stem_share_pct', year: 2018 }
		]);
		expect(bars.map((b) => [b.metric.id, b.year, b.value, b.qualifier])).toEqual([
			['litter_share_from_jiulong_pct_approx', 2023, 80, 'approx'],
			['litter_plant_stem_share_pct', 2018, 95, 'exact']
		]);
		expect(sourceIds).toEqual(['litter-2023-xmtv', 'litter-2018-dnw']);
	});

	test('empty', () => {
		expect(shareBars(dataset, [])).toEqual({ bars: [], sourceIds: [] });
	});

	test('a missing figure or a metric that is not a share is an error', () => {
		expect(() => shareBars(dataset, [{ metric: 'litter_plant_stem_share_pct', year: 2020 }])).toThrow(
			/No published litter_plant_stem_share_pct for 2020/
		);
		expect(() => shareBars(dataset, [{ metric: 'sea_cleaning_area_km2', year: 2024 }])).toThrow(/percent metric/);
	});
});

describe('shareBarRows', () => {
	test.each([
		{ lines: [], expected: { bars: [], height: 1 } },
		{ lines: [1], expected: { bars: [24], height: 56 } },
		{ lines: [2, 1], expected: { bars: [40, 104], height: 136 } }
	])('$lines', ({ lines, expected }) => {
		const { rows, height } = shareBarRows(lines);
		expect({ bars: rows.map((r) => r.barY), height }).toEqual(expected);
	});
});
