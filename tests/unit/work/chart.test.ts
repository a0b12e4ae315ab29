import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { directoryReader } from '../../../src/lib/pipeline/run';
import { buildChart } from '../../../src/lib/charts/registry';
import { barSummary } from '../../../src/lib/charts/kinds/bar/summary';
import { workCategoryChart } from '../../../src/lib/work/chart';

const { dataset } = buildDataset(directoryReader('data'));
const text = { title: 't', summaryLabel: 's' };

describe('workCategoryChart: the figures the display rule compares, one bar each, as the document gives them', () => {
	test('the central-inspection petitions: 517, 511, 507 件, in the document’s order', () => {
		const model = buildChart('work-inspection-petitions', dataset);
		expect(model).toMatchObject({
			kind: 'bar',
			page: 'work',
			unit: 'count',
			measure: '件',
			decimals: 0,
			rows: [
				{ id: 'inspection-petitions' },
				{ id: 'inspection-petitions-resolved' },
				{ id: 'inspection-petitions-closed' }
			],
			values: [[517], [511], [507]]
		});
		expect(Object.keys(model.sources)).toEqual(['eeb-2024-summary']);
	});

	test('its summary states the finding of its figures’ groups, with their measure words (not only the largest bar)', () => {
		const model = workCategoryChart(dataset, { id: 'x', text }, 'complaints_participation', 2024);
		expect(barSummary(model, 'zh')).toBe('中央督察交办信访件517件，已办结511件，验收销号507件。');
		expect(barSummary(model, 'en')).toBe(
			"517 petitions from the central inspection: 511 resolved, 507 closed after the city's check."
		);
	});

	test('a category whose figures read better as numbers has no chart; an unknown one is an error', () => {
		expect(() => workCategoryChart(dataset, { id: 'x', text }, 'air', 2024)).toThrow('read better as numbers');
		expect(() => workCategoryChart(dataset, { id: 'x', text }, 'water', 2019)).toThrow(
			'No work figures of category "water" in 2019'
		);
	});
});
