import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { enhance, tooltip } from '../../../enhanced';
import Chart from '../../../LocalizedChart.svelte';
import type { BarChartModel } from '../../../../../src/lib/charts/kinds/bar';
import { useLocale } from '../../../fixtures';
import { airChart, parts, text } from '../../fixtures';

afterEach(cleanup);

const show = (model: BarChartModel, locale: 'zh' | 'en' = 'en') => {
	useLocale(locale);
	return render(Chart, { model, locale });
};

describe('bar chart kind: stacked to 100%', () => {
	test('each year is one bar of AQI categories in the official colours, missing days hatched; shares inside', () => {
		const { container } = show(airChart('air-category-shares', 'bar'));
		const row = (id: string) => [...container.querySelectorAll(`.bar[data-row="${id}"]`)];
		expect(row('2023').map((b) => b.getAttribute('data-segment'))).toEqual([
			'level-1',
			'level-2',
			'level-3',
			'missing'
		]);
		const rect = (id: string, seg: string) =>
			container.querySelector(`.bar[data-row="${id}"][data-segment="${seg}"] rect`)!;
		expect(rect('2023', 'level-1').getAttribute('style')).toContain('fill: var(--aqi-1)');
		expect(rect('2023', 'missing').getAttribute('style')).toContain('#air-category-shares-hatch');
		expect(container.querySelector('pattern#air-category-shares-hatch')).not.toBeNull();
		// A segment of zero days takes no space and is not drawn.
		expect(row('2024').map((b) => b.getAttribute('data-segment'))).toEqual(['level-2']);
		expect(screen.getByText('In 2023, 92.9% of days were excellent and 6.6% good.')).toBeInTheDocument();
	});

	test('a colour-blind-safe palette can be chosen (a plain checkbox, so it works without JavaScript)', () => {
		show(airChart('air-category-shares', 'bar'));
		const box = screen.getByRole('checkbox', { name: 'Colour-blind-safe colours' });
		expect(box).not.toBeChecked();
		expect(box.closest('.aqi-colours')!.getAttribute('style')).toContain('--aqi-n-1: #00E400');
		expect(box.closest('.aqi-colours')!.getAttribute('style')).toContain('--aqi-s-1: #fde725');
	});

	test('focus on a segment shows its count and share; the legend names every colour', async () => {
		const { container } = show(airChart('air-category-shares', 'bar'));
		enhance(container);
		const seg = container.querySelector('.bar[data-row="2023"][data-segment="level-3"]')!;
		expect(seg).toHaveAttribute('aria-label', '2023, Lightly polluted: 1\u00a0day (0.3%)');
		await fireEvent.focusIn(seg);
		expect(tooltip()).toEqual(['2023 · Lightly polluted', '1\u00a0day (0.3%)']);
		await fireEvent.focusOut(seg);
		expect(tooltip()).toBeNull();
		const legend = screen.getByRole('list', { name: 'Legend' });
		expect(within(legend).getAllByRole('listitem').map(text)).toEqual([
			'Excellent',
			'Good',
			'Lightly polluted',
			'no valid AQI'
		]);
	});

	test('the table gives counts and shares (zh)', () => {
		const { container } = show(airChart('air-category-shares', 'bar'), 'zh');
		const rows = within(container.querySelector('details')!).getAllByRole('row').map(parts);
		expect(rows[0]).toEqual([
			'类别',
			'优 (天)',
			'优 (%)',
			'良 (天)',
			'良 (%)',
			'轻度污染 (天)',
			'轻度污染 (%)',
			'无有效AQI (天)',
			'无有效AQI (%)'
		]);
		expect(rows[1]).toEqual(['2023年', '339天', '92.9%', '24天', '6.6%', '1天', '0.3%', '1天', '0.3%']);
		expect(rows[2]![0]).toBe('2024年（仅3天）');
	});
});

describe('bar chart kind: grouped', () => {
	test('one bar per segment with its value; the summary names the top row', () => {
		const { container } = show(airChart('air-primary-pollutants', 'bar'));
		expect([...container.querySelectorAll('.row-label')].map(text)).toEqual([
			'Ozone (O3)',
			'Nitrogen dioxide (NO2)',
			'Fine particles (PM2.5)',
			'Inhalable particles (PM10)'
		]);
		expect(container.querySelector('.bar[data-row="O3"] .value')!.textContent).toBe('12\u00a0days');
		expect(container.querySelector('.summary')!.textContent).toBe(
			'In 2023, Ozone (O3) had the most days as primary pollutant: 12\u00a0days.'
		);
		expect(screen.queryByRole('checkbox')).toBeNull(); // no AQI colours here
	});

	test('a missing value is "no data" with a hatched stub, never a zero-length bar', () => {
		const model = airChart('air-primary-pollutants', 'bar');
		const { container } = show({ ...model, values: [[null], [12], [0], [1]] });
		const missing = container.querySelector('.missing[data-row="O3"]')!;
		expect(text(missing)).toBe('no data');
		expect(container.querySelector('.bar[data-row="O3"]')).toBeNull();
		expect(container.querySelector('.bar[data-row="PM2.5"] .value')!.textContent).toBe('0\u00a0days');
	});

	test('no rows at all: an empty chart that still says so', () => {
		const model = airChart('air-primary-pollutants', 'bar');
		const { container } = show({ ...model, rows: [], values: [] });
		expect(container.querySelectorAll('.bar')).toHaveLength(0);
		expect(screen.getByText('No figure was published for the days as primary pollutant.')).toBeInTheDocument();
	});
});
