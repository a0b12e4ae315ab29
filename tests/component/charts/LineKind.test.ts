import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { enhance, tooltip } from '../enhanced';
import Chart from '../LocalizedChart.svelte';
import type { LineChartModel } from '../../../src/lib/charts/model';
import { useLocale } from '../fixtures';
import { airChart, parts, text } from './fixtures';

afterEach(cleanup);

const show = (model: LineChartModel, locale: 'zh' | 'en' = 'en') => {
	useLocale(locale);
	return render(Chart, { model, locale });
};
/** A copy of a line model with one series replaced by the given points. */
const withPoints = (model: LineChartModel, points: [number, number | null][]): LineChartModel => ({
	...model,
	series: [{ ...model.series[0]!, points: points.map(([x, y]) => ({ x, y, decimals: 2, sourceId: 'doc-a' })) }],
	annotations: []
});

describe('line chart kind', () => {
	test('published, computed and derived series: a legend with words, one line per run, rings and squares', () => {
		const { container } = show(airChart('air-composite-trend', 'line'));
		const legend = screen.getByRole('list', { name: 'Legend' });
		expect(within(legend).getAllByRole('listitem').map(text)).toEqual([
			'published',
			'computed from monitoring data',
			'derived from a published change'
		]);
		const svg = container.querySelector('svg.layercake-layout-svg')!;
		expect(svg).toHaveAttribute('role', 'group');
		expect(svg).toHaveAttribute('aria-label', 'The composite index fell from 3.31 in 2018 to 2.34 in 2024.');
		const published = svg.querySelectorAll('path[stroke]')[0]!.getAttribute('d')!;
		expect(published.match(/M/g)).toHaveLength(2); // 2018 alone, then 2023–2024
		expect(svg.querySelectorAll('path[stroke-dasharray="6 4"]')).toHaveLength(1); // the computed series
		expect(svg.querySelectorAll('[data-series="computed"] .point')).toHaveLength(1);
		expect(screen.getByText('2020: only the change was published')).toBeInTheDocument();
		expect(
			screen.getByText(/2023: published 2.61, computed 2.60\. The dashboard adds the six sub-indices/)
		).toBeInTheDocument();
	});

	test('keyboard focus on a point shows its tooltip with series, kind and source; Escape hides it', async () => {
		const { container } = show(airChart('air-composite-trend', 'line'));
		enhance(container);
		const point = container.querySelector('[data-series="computed"] .point')!;
		expect(point).toHaveAttribute('tabindex', '0');
		expect(point).toHaveAttribute('aria-label', 'computed from monitoring data, 2023: 2.60');
		await fireEvent.focusIn(point);
		const tip = tooltip()!;
		expect(tip).toEqual([
			'computed from monitoring data',
			'2023: 2.60',
			'computed from monitoring data',
			'Source: 报道乙'
		]);
		await fireEvent.keyDown(point, { key: 'Escape' });
		expect(tooltip()).toBeNull();
	});

	test('hover shows the tooltip too', async () => {
		const { container } = show(airChart('air-composite-trend', 'line'));
		enhance(container);
		await fireEvent.pointerOver(container.querySelector('[data-series="published"] .point[data-x="2024"]')!);
		expect(tooltip()!.join('\n')).toContain('2024: 2.34');
	});

	test('the table has one column per series and a row per year, gaps as dashes', () => {
		const { container } = show(airChart('air-composite-trend', 'line'));
		const details = container.querySelector('details')!;
		expect(within(details).getByText('Show data table')).toBeInTheDocument();
		const rows = within(details).getAllByRole('row').map(parts);
		expect(rows[0]).toEqual(['Year', 'published', 'computed from monitoring data', 'derived from a published change']);
		expect(rows).toContainEqual(['2017', '—', '—', '3.37']);
		expect(rows).toContainEqual(['2019', 'no data', '—', '—']);
		expect(rows).toContainEqual(['2023', '2.61', '2.60', '—']);
	});

	test('ranks: ordinal labels, an improvement sentence, the 169-city year annotated (the inverted axis is checked in the browser)', () => {
		const { container } = show(airChart('air-rank-trend', 'line'));
		const svg = container.querySelector('svg.layercake-layout-svg')!;
		expect(svg).toHaveAttribute(
			'aria-label',
			'The rank among 168 key cities improved from 7th in 2018 to 3rd in 2024.'
		);
		expect(svg.querySelector('[data-series="rank_168_cities"] .point[data-x="2024"]')).toHaveAttribute(
			'aria-label',
			'Rank among 168 cities, 2024: 3rd'
		);
		expect(screen.getByText('2018: among 169 cities')).toBeInTheDocument();
	});

	test('reference lines are labelled (zh)', () => {
		show(airChart('air-no2', 'line'), 'zh');
		expect(screen.getByText('GB 3095—2012限值 40')).toBeInTheDocument();
		expect(screen.getByText('GB 3095—2026（2031年起）30')).toBeInTheDocument();
		expect(screen.getByText('2018年：−3.1%（公布）')).toBeInTheDocument();
		expect(
			screen.getByText('根据监测数据计算的NO2年均浓度2023年为20 µg/m³，是限值40 µg/m³的50%。')
		).toBeInTheDocument();
	});

	test('annotations: a labelled range is a band, a labelled year a rule, a labelled point a ring', () => {
		const model = airChart('air-composite-trend', 'line');
		const { container } = show({
			...model,
			annotations: [
				{ x: 2019, x2: 2022, label: 'air_composite_annotation_2020' },
				{ x: 2024, y: 2.34, label: { zh: '点', en: 'a point' } }
			]
		});
		const g = container.querySelector('.annotations')!;
		expect(g.querySelectorAll('rect.band')).toHaveLength(1);
		expect(g.querySelectorAll('circle.ring')).toHaveLength(1);
		expect([...g.querySelectorAll('text')].map(text)).toEqual(['2020: only the change was published', 'a point']);
	});

	test('a single point: one dot, no segment, a single-value sentence', () => {
		const { container } = show(withPoints(airChart('air-composite-trend', 'line'), [[2024, 2.34]]));
		expect(container.querySelectorAll('.point')).toHaveLength(1);
		expect(container.querySelector('path[stroke]')!.getAttribute('d')).not.toMatch(/L/);
		expect(screen.getByText('The composite index was 2.34 in 2024.')).toBeInTheDocument();
	});

	test('an empty series: still a frame, no dots, a sentence saying there is no figure', () => {
		const { container } = show(withPoints(airChart('air-composite-trend', 'line'), [[2024, null]]));
		expect(container.querySelectorAll('.point')).toHaveLength(0);
		expect(screen.getByText('No figure was published for the composite index.')).toBeInTheDocument();
	});

	test('months on the x axis; months with too few valid days are gaps and say so', () => {
		const { container } = show(airChart('air-monthly-pattern', 'line'));
		const ticks = [...container.querySelectorAll('.x-axis text')].map(text);
		expect(ticks[0]).toBe('Jan');
		expect(screen.getByText('2024-1: only 3 valid days (at least 27 needed); not shown.')).toBeInTheDocument();
		expect(container.querySelectorAll('[data-series="2024"] .point')).toHaveLength(0);
	});
});
