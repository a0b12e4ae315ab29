import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../../../src/lib/charts/registry';
import type { ClassMonthsChartModel } from '../../../../../src/lib/charts/kinds/class-months';
import { classMonthsSummary } from '../../../../../src/lib/charts/kinds/class-months/summary';
import { localizeChart } from '../../../../../src/lib/server/localizeChart';
import { dataset } from '../../../../../src/lib/server/dataset';

const model = buildChart('water-aitoutan-months', dataset) as ClassMonthsChartModel;

describe('water-aitoutan-months: 隘头潭’s monthly class shares', () => {
	test('31 months 2021-06 … 2023-12; the four without readings are gaps, never zeros', () => {
		expect(model.kind).toBe('class-months');
		expect(model.columns.map((c) => c.id)).toHaveLength(31);
		expect([model.columns[0]!.id, model.columns.at(-1)!.id]).toEqual(['2021-06', '2023-12']);
		const gaps = model.columns.filter((c) => c.readings === null);
		expect(gaps.map((c) => c.id)).toEqual(['2022-08', '2022-09', '2022-10', '2023-08']);
		for (const g of gaps) expect([g.counts, g.computedCounts]).toEqual([null, null]);
		expect(model.columns.filter((c) => c.thin).map((c) => c.id)).toEqual([
			'2021-06',
			'2021-08',
			'2021-09',
			'2021-10',
			'2022-01'
		]);
	});
	test('each month’s counts are the network’s classes, best first; the recomputed ones beside them', () => {
		const june2022 = model.columns.find((c) => c.id === '2022-06')!;
		expect(june2022).toMatchObject({ marked: true, readings: 105, tick: '6', year: '2022' });
		expect(june2022.counts).toEqual([0, 12, 36, 20, 24, 13]);
		expect(june2022.computedCounts).toEqual([0, 12, 37, 19, 24, 13]);
		expect(model.columns.find((c) => c.id === '2022-11')!.marked).toBe(false);
	});
	test('season totals, notes on computed values and gaps, and the network data as the source', () => {
		expect(model.totals).toEqual({
			marked: { worse: 213, classified: 1048 },
			unmarked: { worse: 94, classified: 1400 }
		});
		expect(model.notes[0]).toBe('wn_note_computed');
		expect(model.notes).toContainEqual(expect.objectContaining({ key: 'wn_gap_note' }));
		expect(Object.keys(model.sources)).toEqual(['cnemc-water-ecoaudit']);
		expect(model.text.title).toBe('wn_monthly_title');
	});
	test.each([
		{
			locale: 'zh' as const,
			summary: '汛期（4–9月）的读数中20.3%劣于Ⅲ类，枯水期（10–3月）为6.7%；4个月没有读数，图中留空。',
			label: '2022年6月'
		},
		{
			locale: 'en' as const,
			summary:
				'In the flood season (Apr–Sep), 20.3% of readings were worse than class III; in the dry season (Oct–Mar), 6.7%. 4 months have no readings and are left blank.',
			label: 'Jun 2022'
		}
	])('$locale: the summary sentence and the month labels', ({ locale, summary, label }) => {
		const localized = localizeChart(model, locale) as ClassMonthsChartModel;
		expect(classMonthsSummary(localized, locale)).toBe(summary);
		expect(localized.columns.find((c) => c.id === '2022-06')!.label).toBe(label);
	});
	test('without gaps the summary says nothing about them', () => {
		const complete = localizeChart(
			{ ...model, columns: model.columns.filter((c) => c.readings !== null) },
			'en'
		) as ClassMonthsChartModel;
		expect(classMonthsSummary(complete, 'en')).not.toContain('no readings');
	});
});
