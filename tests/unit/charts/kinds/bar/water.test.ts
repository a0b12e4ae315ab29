import { describe, expect, test } from 'vitest';
import { buildChart } from '../../../../../src/lib/charts/registry';
import type { BarChartModel } from '../../../../../src/lib/charts/kinds/bar';
import { dataset } from '../../../../../src/lib/server/dataset';

const bar = (id: string) => buildChart(id, dataset) as BarChartModel;
const rowValues = (m: BarChartModel) => Object.fromEntries(m.rows.map((r, i) => [r.id, m.values[i]]));

describe('the 隘头潭 bar charts (computed from instantaneous readings)', () => {
	test('water-aitoutan-seasons: share worse than III, flood against dry, per year and over all years', () => {
		const m = bar('water-aitoutan-seasons');
		expect(m.segments.map((s) => [s.id, s.kind])).toEqual([
			['flood', 'computed'],
			['dry', 'computed']
		]);
		expect(rowValues(m)).toEqual({
			'2021': [28.4, 2.6],
			'2022': [24.4, 10],
			'2023': [16.9, 5.5],
			all: [20.3, 6.7]
		});
		expect(m.text.title).toBe('wn_seasons_title');
	});
	test('water-aitoutan-limiting: the parameter that sets a class worse than III, as a share of those readings', () => {
		const m = bar('water-aitoutan-limiting');
		expect(m.rows.map((r) => r.id)).toEqual(['TP', 'DO', 'pH', 'NH3N', 'CODMn']);
		expect(rowValues(m).TP).toEqual([84.2, 68.8]);
		expect(m.textParams).toEqual({ count: '302' });
		expect(m.text.title).toBe('wn_limiting_title');
	});
	test('water-aitoutan-agreement: each class as the network published it and recomputed; 99.0% agree', () => {
		const m = bar('water-aitoutan-agreement');
		expect(m.textParams).toEqual({ share: '99.0%' });
		expect(m.segments.map((s) => [s.id, s.kind])).toEqual([
			['network', 'published'],
			['computed', 'computed']
		]);
		expect(rowValues(m)).toMatchObject({ II: [54.5, 54.8], IV: [7.3, 7.1], 劣V: [2.3, 2.3] });
		// The readings where the two differ, by cause: 隘头潭's 24, then all 1,200 of Fujian's stations together
		// (the counts of data/derived/water-disagreements.csv and of the import's report).
		expect(m.notes.slice(1)).toEqual([
			{
				key: 'wn_note_agreement',
				params: {
					compared: '2,448',
					agree: '2,424',
					share: '99.0%',
					differ: '24',
					onLimit: '10',
					previous: '10',
					worse: '3',
					better: '1'
				}
			},
			{
				key: 'wn_note_agreement_all',
				params: {
					compared: '123,216',
					agree: '122,016',
					share: '99.0%',
					differ: '1,200',
					onLimit: '425',
					previous: '576',
					worse: '102',
					better: '97'
				}
			}
		]);
		for (const id of ['water-aitoutan-seasons', 'water-aitoutan-limiting', 'water-aitoutan-agreement'])
			expect(bar(id).notes[0]).toBe('wn_note_computed');
	});
});
