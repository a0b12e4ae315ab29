import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import { buildChart } from '../../../src/lib/charts/registry';
import { realDataset } from '../../unit/map/data';
import { useLocale } from '../fixtures';
import Chart from '../../../src/lib/charts/Chart.svelte';

afterEach(cleanup);

describe('the map as a registered chart', () => {
	const model = buildChart('map-xiamen', realDataset);

	test('map-xiamen is a map model with every layer, the sample day and the station-count choropleth', () => {
		expect(model.kind).toBe('map');
		if (model.kind !== 'map') return;
		expect(model.mapOptions.layers).toEqual(['districts', 'stations', 'water', 'sea', 'litter']);
		expect(model.mapOptions.date).toBe('2023-01-20');
		expect(model.mapOptions.choropleth?.id).toBe('air-stations-per-district');
		expect(Object.keys(model.sources)).toContain('geo-gshhg-2.3.7');
		expect(JSON.parse(JSON.stringify(model))).toEqual(model);
	});

	test('Chart renders it in the chart frame: title, summary, notes, source line, a table of the features', () => {
		useLocale('en');
		const { container } = render(Chart, { model, locale: 'en' });
		const frame = container.querySelector('[data-chart-id="map-xiamen"]') as HTMLElement;
		// querySelector rather than getByRole: the accessibility tree of a whole map is slow to build in jsdom.
		expect(frame.querySelector('.chart-name')!.textContent).toBe('Xiamen environmental monitoring map');
		expect(frame.querySelector('h3.chart-title')!.textContent).toBe(
			'20 Jan 2023: all 5 reporting stations Excellent, lowest AQI Hongwen (48).'
		);
		expect(frame.querySelector('.summary')!.textContent).toContain('on 20 Jan 2023 (stations with a value: 5)');
		expect(frame.textContent).toContain('approximate ones carry a dashed ring');
		const rows = frame.querySelectorAll('details.table-toggle table tbody tr');
		expect(rows).toHaveLength(36);
		expect(frame.querySelector('figcaption')!.textContent).toContain('GSHHG 2.3.7');
	});
});
