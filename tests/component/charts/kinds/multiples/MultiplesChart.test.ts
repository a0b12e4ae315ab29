import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { enhance, tooltip } from '../../../enhanced';
import Chart from '../../../LocalizedChart.svelte';
import type { MultiplesChartModel } from '../../../../../src/lib/charts/kinds/multiples';
import { useLocale } from '../../../fixtures';
import { airChart, parts } from '../../fixtures';

afterEach(cleanup);

const show = (model: MultiplesChartModel, locale: 'zh' | 'en' = 'en') => {
	useLocale(locale);
	return render(Chart, { model, locale });
};

describe('small multiples kind (stations on the sample day)', () => {
	test('one panel per measure with the same stations; a station without data is "no data", not zero', () => {
		const { container } = show(airChart('air-stations-2023-01-20', 'multiples'));
		const panels = [...container.querySelectorAll('.panel')];
		expect(panels.map((p) => p.getAttribute('data-panel'))).toEqual(['aqi', 'pm25', 'pm10', 'no2', 'o3', 'so2', 'co']);
		const aqi = panels[0]!;
		expect(aqi.querySelector('.missing[data-row="1286A"]')).not.toBeNull();
		expect(aqi.querySelector('.bar[data-row="1286A"]')).toBeNull();
		expect(aqi.querySelector('.bar[data-row="1288A"] .value')!.textContent).toBe('48');
		expect(screen.getByText('Air quality at each station, 20 Jan 2023')).toBeInTheDocument();
		expect(container.querySelector('.summary')!.textContent).toBe(
			'Daily AQI on 20 Jan 2023: 48 to 48 at the 1 stations with data; no data for Xidong.'
		);
		expect(aqi.querySelector('.reference-x text')!.textContent).toBe('City 60');
	});

	test('focus on a bar shows the tooltip', async () => {
		const { container } = show(airChart('air-stations-2023-01-20', 'multiples'));
		enhance(container);
		const bar = container.querySelector('.panel[data-panel="pm25"] .bar[data-row="1288A"]')!;
		await fireEvent.focusIn(bar);
		expect(tooltip()).toEqual(['Gulangyu · PM2.5 daily mean', '27']);
	});

	test('one table for all panels, with station codes and the city row (zh)', () => {
		const { container } = show(airChart('air-stations-2023-01-20', 'multiples'), 'zh');
		const rows = within(container.querySelector('details')!).getAllByRole('row').map(parts);
		expect(rows[0]![0]).toBe('站点');
		expect(rows[1]).toEqual(['溪东 (1286A)', '无数据', '无数据', '无数据', '无数据', '无数据', '无数据', '无数据']);
		expect(rows[3]![0]).toBe('全市');
	});
});
