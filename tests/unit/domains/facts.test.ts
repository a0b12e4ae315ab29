import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { directoryReader } from '../../../src/lib/pipeline/run';
import { facts, metricFacts } from '../../../src/lib/domains/facts';
import { namedText } from '../../../src/lib/domains/page';

const { dataset } = buildDataset(directoryReader('data'));

describe('facts', () => {
	test('the figures asked for, with their qualifier and scope', () => {
		const found = facts(dataset, [
			{ metric: 'litter_collected_one_week_peak_t_min', year: 2016 },
			{ metric: 'coastal_excellent_area_pct', year: 2024, scope: 'fujian' }
		]);
		expect(found.map((f) => [f.metric.id, f.figure.value, f.figure.scope, f.qualifier])).toEqual([
			['litter_collected_one_week_peak_t_min', 100, 'city', 'lower_bound'],
			['coastal_excellent_area_pct', 92.6, 'fujian', 'exact']
		]);
	});

	test('a missing figure is an error (a page asking for it is a bug)', () => {
		expect(() => facts(dataset, [{ metric: 'coastal_excellent_area_pct', year: 2022 }])).toThrow(/No published/);
		expect(() => facts(dataset, [{ metric: 'coastal_excellent_area_pct', year: 2024, scope: 'xiamen' }])).toThrow();
	});

	test('metricFacts: every year of one metric and scope, oldest first; none for an unpublished scope', () => {
		expect(metricFacts(dataset, 'drinking_source_compliance_pct').map((f) => f.figure.year)).toEqual([
			2018, 2019, 2021, 2024
		]);
		expect(metricFacts(dataset, 'drinking_source_compliance_pct', 'fujian')).toEqual([]);
	});
});

describe('namedText', () => {
	test('the problems and work items of a domain and year', () => {
		const water = namedText(dataset, 'water', 2024);
		expect(water.problems.map((p) => p.id)).toEqual(['aitoutan-section']);
		expect(water.work.map((w) => w.id)).toEqual(['dongxixi-aitoutan-work']);
		expect(namedText(dataset, 'litter', 2024).problems).toEqual([]);
		expect(namedText(dataset, 'water', 2020)).toEqual({ problems: [], work: [] });
	});
});
