import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { changeDirection, kpiCard } from '../../../src/lib/overview/cards';
import { gaps, yearlySeries } from '../../../src/lib/data/query';
import { gapYears, metricSeries } from '../../../src/lib/charts/kinds/line/build';
import { dataWith, memoryReader } from '../pipeline/helpers';
import { directoryReader } from '../../../src/lib/pipeline/run';

const { dataset } = buildDataset(memoryReader(dataWith()));

describe('kpiCard', () => {
	test('takes the published change and, without a published previous value, the derived one', () => {
		const card = kpiCard(dataset, 'rate_pct', 2024);
		expect(card.current.value).toBe(70.8);
		expect(card.change?.figure).toMatchObject({ metric: 'rate_change_pt', value: 10.5, unit: 'percentage_point' });
		expect(card.previous).toEqual({ year: 2023, value: 60.3, decimals: 1, derived: true, sourceIds: ['doc-a'] });
	});

	test('prefers the published previous value over the derived one', () => {
		const card = kpiCard(dataset, 'index', 2024);
		expect(card.previous).toMatchObject({ year: 2023, value: 2.61, derived: false, sourceIds: ['news-b'] });
		expect(card.sourceIds).toEqual(['doc-a', 'news-b']);
		expect(card.trend?.map((p) => p.value)).toEqual([2.61, 2.34]);
	});

	test('a missing figure is an error, not a blank card', () => {
		expect(() => kpiCard(dataset, 'rate_pct', 2020)).toThrow(/No published rate_pct for 2020/);
	});
});

describe('changeDirection', () => {
	test.each([
		[-10.3, 'lower', 'better'],
		[10.5, 'higher', 'better'],
		[-2, 'higher', 'worse'],
		[3, 'lower', 'worse'],
		[0, 'lower', 'same'],
		[5, null, 'neutral']
	] as const)('%d with %s better → %s', (change, better, expected) => {
		expect(changeDirection(change, better)).toBe(expected);
	});
});

describe('series from the real data keep gaps as gaps', () => {
	const real = buildDataset(directoryReader('data')).dataset;
	test('composite index 2018–2024: 2020–2022 are null, not filled', () => {
		const series = yearlySeries(real, 'composite_index');
		expect(series.map((p) => [p.year, p.value])).toEqual([
			[2018, 3.31],
			[2019, 2.98],
			[2020, null],
			[2021, null],
			[2022, null],
			[2023, 2.61],
			[2024, 2.34]
		]);
		expect(gaps(series)).toEqual([[2020, 2022]]);
		expect(gapYears(metricSeries(real, 'composite_index', { withDerived: false }))).toEqual([2020, 2021, 2022]);
	});

	test('the 2024 overview figures from the founding document are in the data', () => {
		const expected: [string, number][] = [
			['composite_index', 2.34],
			['composite_index_change_pct', -10.3],
			['rank_168_cities', 3],
			['rank_168_cities_places_gained', 4],
			['good_rate_pct', 99.5],
			['excellent_rate_pct', 70.8],
			['excellent_rate_change_pt', 10.5],
			['pm25_rank_national', 8],
			['drinking_source_compliance_pct', 100],
			['main_watershed_section_compliance_pct', 100],
			['small_watershed_section_compliance_pct', 100],
			['reward_section_compliance_pct', 100],
			['main_watershed_excellent_share_pct', 50],
			['coastal_excellent_area_pct', 91.7],
			['coastal_excellent_area_change_pt', 7.5],
			['coastal_excellent_point_pct', 95.5],
			['coastal_excellent_point_change_pt', 9.1],
			['sea_outfalls', 412],
			['sea_outfall_compliance_pct', 100],
			['floating_litter_density', 51.06],
			['sea_cleaning_area_km2', 230],
			['noise_day_compliance_pct', 100],
			['noise_night_compliance_pct', 82.5]
		];
		for (const [metric, value] of expected) {
			const figure = real.figures.find((f) => f.year === 2024 && f.metric === metric);
			expect(figure, metric).toMatchObject({ value, sourceId: 'eeb-2024-summary' });
		}
		expect(real.metrics.find((m) => m.id === 'floating_litter_density')?.unit).toBe('m2_per_km');
	});
});
