import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { enhance, tooltip } from '../../../enhanced';
import Chart from '../../../LocalizedChart.svelte';
import type { LimitsChartModel } from '../../../../../src/lib/charts/kinds/limits';
import { useLocale } from '../../../fixtures';
import { airChart, parts, text } from '../../fixtures';

afterEach(cleanup);

const show = (model: LimitsChartModel, locale: 'zh' | 'en' = 'en') => {
	useLocale(locale);
	return render(Chart, { model, locale });
};

describe('limits kind (pollutants against GB 3095 grade II)', () => {
	test('a bullet bar per pollutant, as a share of its own limit; computed bars marked; the limit named on the axis', () => {
		const { container } = show(airChart('air-pollutants-2023', 'limits'));
		const bars = [...container.querySelectorAll('.bar')];
		expect(bars.map((b) => b.getAttribute('data-row'))).toEqual(['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3']);
		expect(bars.every((b) => b.querySelector('rect')!.classList.contains('outlined'))).toBe(true);
		expect(container.querySelector('.bar[data-row="NO2"]')).toHaveAttribute(
			'aria-label',
			'NO2 annual mean: 20\u00a0µg/m³ (50%)'
		);
		expect(text(container.querySelector('.reference-x text'))).toBe('limit');
		expect([...container.querySelectorAll('.x-axis text')].map(text)).toEqual(['0%', '50%', '100%', '150%']);
		expect(container.querySelector('.summary')!.textContent).toBe(
			'In 2023, all 6 pollutants with a figure were within their GB 3095-2012 grade II limits; the closest was O3, at 78% of its limit.'
		);
		expect(screen.getByText('Unit: % of the GB 3095-2012 grade II limit')).toBeInTheDocument();
	});

	test('focus shows the value, its kind, the limit and any other value (derived) for that year', async () => {
		const { container } = show(airChart('air-pollutants-2023', 'limits'));
		enhance(container);
		const bar = container.querySelector('.bar[data-row="PM2.5"]')!;
		await fireEvent.focusIn(bar);
		expect(tooltip()).toEqual([
			'PM2.5 annual mean',
			'20\u00a0µg/m³ (computed from monitoring data)',
			'Limit: 35\u00a0µg/m³ · 57%',
			'derived from a published change: 20\u00a0µg/m³',
			'Source: 报道乙'
		]);
		await fireEvent.keyDown(bar, { key: 'Escape' });
		expect(tooltip()).toBeNull();
	});

	test('missing pollutants are named "no data", never drawn as zero; published bars are solid', () => {
		const { container } = show(airChart('air-pollutants-2024', 'limits'));
		expect([...container.querySelectorAll('.missing')].map((m) => m.getAttribute('data-row'))).toEqual([
			'SO2',
			'NO2',
			'CO',
			'O3'
		]);
		expect(container.querySelector('.bar[data-row="PM10"] rect')!.classList.contains('outlined')).toBe(false);
		expect(
			screen.getByText(
				'2024: only 55 days of monitoring data, too few for an annual statistic (324 valid days needed).'
			)
		).toBeInTheDocument();
	});

	test('the table lists value, kind, limit, share and other values (zh, long dash in the standard’s number)', () => {
		const { container } = show(airChart('air-pollutants-2023', 'limits'), 'zh');
		const rows = within(container.querySelector('details')!).getAllByRole('row').map(parts);
		expect(rows[0]).toEqual(['污染物', '数值', '类型', '限值', '占限值', '其他数值']);
		expect(rows[4]).toEqual([
			'PM2.5 年平均浓度',
			'20 µg/m³',
			'根据监测数据计算',
			'35 µg/m³',
			'57%',
			'由公布的变化推算：20 µg/m³'
		]);
		expect(container.querySelector('.summary')!.textContent).toContain('GB 3095—2012二级限值');
	});

	test('a year without any figure', () => {
		const { container } = show(airChart('air-pollutants-2020', 'limits'));
		expect(container.querySelectorAll('.bar')).toHaveLength(0);
		expect(container.querySelectorAll('.missing')).toHaveLength(6);
		expect(screen.getByText('No annual pollutant statistic was found for 2020.')).toBeInTheDocument();
	});
});
