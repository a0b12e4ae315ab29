import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { enhance, tooltip } from '../../../enhanced';
import Chart from '../../../LocalizedChart.svelte';
import type { LineChartModel } from '../../../../../src/lib/charts/kinds/line';
import { useLocale } from '../../../fixtures';
import { airChart, parts, text } from '../../fixtures';

afterEach(cleanup);

const show = (model: LineChartModel, locale: 'zh' | 'en' = 'en') => {
	useLocale(locale);
	return render(Chart, { model, locale });
};
/** A copy of a line model with one series replaced by the given points. */
const withPoints = (model: LineChartModel, points: [number, number | null][]): LineChartModel => ({
	...model,
	series: [{ ...model.series[0]!, points: points.map(([x, y]) => ({ x, y, decimals: 2, sourceIds: ['doc-a'] })) }],
	annotations: []
});

describe('line chart kind', () => {
	test('the published series with its derived year, the computed one beside it: a legend with words and years, dotted and dashed pieces', () => {
		const { container } = show(airChart('air-composite-trend', 'line'));
		const legend = screen.getByRole('list', { name: 'Legend' });
		expect(within(legend).getAllByRole('listitem').map(text)).toEqual([
			'published (2017–2024)',
			'computed from monitoring data (2023)',
			'derived value (hollow marker, dotted line)'
		]);
		const svg = container.querySelector('svg.layercake-layout-svg')!;
		expect(svg).toHaveAttribute('role', 'group');
		expect(svg).toHaveAttribute('aria-label', 'The composite index fell from 3.31 in 2018 to 2.34 in 2024.');
		const published = [...svg.querySelectorAll('path.line[stroke="#0a5c8f"]')].map((p) => [
			p.getAttribute('d')!.match(/M/g)!.length,
			p.getAttribute('stroke-dasharray')
		]);
		// 2017 (derived) to 2018 dotted; 2019–2022 a gap; 2023–2024 solid.
		expect(published).toEqual([
			[1, '2 4'],
			[1, null]
		]);
		expect(svg.querySelector('[data-series="published"] .point[data-x="2017"]')).toHaveAttribute(
			'data-kind',
			'derived'
		);
		expect(svg.querySelectorAll('[data-series="computed"] .point')).toHaveLength(1);
		expect(screen.getByText('2020: only the change was published')).toBeInTheDocument();
		expect(
			screen.getByText(
				/2023: published 2.61, computed 2.60\. The dashboard computes the index from the unrounded annual statistics/
			)
		).toBeInTheDocument();
	});

	test('keyboard focus on a point shows its tooltip with series, kind and source; Escape hides it', async () => {
		const { container } = show(airChart('air-composite-trend', 'line'));
		enhance(container);
		const point = container.querySelector('[data-series="computed"] .point')!;
		// Reached with the arrow keys from the chart's one Tab stop (src/lib/enhance/markKeys.ts).
		expect(point).toHaveAttribute('tabindex', '-1');
		expect(point).toHaveAttribute('aria-keyshortcuts', expect.stringContaining('ArrowRight'));
		expect(point).toHaveAttribute('aria-label', 'computed from monitoring data, 2023: 2.60');
		await fireEvent.focusIn(point);
		expect(tooltip()).toEqual(['computed from monitoring data', '2023: 2.60', 'Source: News B']);
		const derived = container.querySelector('[data-series="published"] .point[data-x="2017"]')!;
		await fireEvent.focusIn(derived);
		expect(tooltip()).toEqual(['published', '2017: 3.37', 'derived from a published change', 'Source: News B']);
		await fireEvent.keyDown(point, { key: 'Escape' });
		expect(tooltip()).toBeNull();
	});

	test('the pointer reaches the nearest marker: the plot carries every marker’s position (hover: see the browser tests)', () => {
		const { container } = show(airChart('air-composite-trend', 'line'));
		const layer = container.querySelector('[data-nearest]')!;
		const points = JSON.parse(layer.getAttribute('data-nearest')!) as [number, number, string, number][];
		expect(points.map(([, , series, x]) => `${series} ${x}`)).toEqual([
			'published 2017',
			'published 2018',
			'published 2023',
			'published 2024',
			'computed 2023'
		]);
	});

	test('the table lists every value of every series with its kind and source, and every gap', () => {
		const { container } = show(airChart('air-composite-trend', 'line'));
		const details = container.querySelector('details')!;
		expect(within(details).getByText('Data table')).toBeInTheDocument();
		const rows = within(details).getAllByRole('row').map(parts);
		expect(rows[0]).toEqual(['Series', 'Year', 'Value', 'Kind', 'Source']);
		expect(rows).toContainEqual(['published', '2017', '3.37', 'derived from a published change', 'News B']);
		expect(rows).toContainEqual(['published', '2019', 'no published figure', '—', '—']);
		expect(rows).toContainEqual([
			'computed from monitoring data',
			'2023',
			'2.60',
			'computed from monitoring data',
			'News B'
		]);
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
			screen.getByRole('heading', { name: /^根据监测数据计算的NO2年均浓度2023年为20.µg\/m³，是限值40.µg\/m³的50%。$/ })
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
		const lines = [...container.querySelectorAll('path.line')].map((l) => l.getAttribute('d') ?? '');
		expect(lines.filter((d) => /L/.test(d))).toEqual([]);
		expect(container.querySelector('.point > circle:not(.ring)')).toHaveAttribute('r', '5');
		expect(screen.getByRole('heading', { name: 'The composite index was 2.34 in 2024.' })).toBeInTheDocument();
	});

	test('an empty series: still a frame, no dots, a sentence saying there is no figure', () => {
		const { container } = show(withPoints(airChart('air-composite-trend', 'line'), [[2024, null]]));
		expect(container.querySelectorAll('.point')).toHaveLength(0);
		expect(
			screen.getByRole('heading', { name: 'No figure was published for the composite index.' })
		).toBeInTheDocument();
	});

	test('months on the x axis; months with too few valid days are gaps and say so', () => {
		const { container } = show(airChart('air-monthly-pattern', 'line'));
		const ticks = [...container.querySelectorAll('.x-axis text')].map(text);
		expect(ticks[0]).toBe('Jan');
		expect(screen.getByText('2024-1: only 3 valid days (at least 27 needed); not shown.')).toBeInTheDocument();
		expect(container.querySelectorAll('[data-series="2024"] .point')).toHaveLength(0);
	});
});
