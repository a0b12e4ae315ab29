import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { enhance, tooltip } from '../../../enhanced';
import Chart from '../../../LocalizedChart.svelte';
import { lineChart } from '../../../../../src/lib/charts/kinds/line/build';
import type { LineChartModel, LinePoint } from '../../../../../src/lib/charts/kinds/line';
import { testDataset, useLocale } from '../../../fixtures';

afterEach(cleanup);

/** One published series of an index, as a chart of the line kind: the simplest values over years. */
const model = (points: [number, number | null][]): LineChartModel =>
	lineChart(
		testDataset,
		{
			id: 'test-line',
			page: 'overview',
			text: { title: 'composite_title', summaryLabel: 'composite_summary_label' },
			unit: 'index',
			xFormat: 'year',
			invertY: false,
			includeZero: false,
			valueLabels: true,
			summary: { kind: 'trend', seriesId: 'index' },
			notes: []
		},
		[
			{
				id: 'index',
				label: { zh: '指数', en: 'Index' },
				kind: 'published',
				marker: 'circle',
				points: points.map(([x, y]): LinePoint => ({ x, y, decimals: 2, sourceIds: y === null ? [] : ['doc-a'] }))
			}
		]
	);
const renderChart = (points: [number, number | null][], locale: 'zh' | 'en' = 'en') => {
	useLocale(locale);
	return render(Chart, { model: model(points), locale });
};

describe('line kind: one series', () => {
	test('a gappy series: the line breaks at the gap, every value has a marker', () => {
		const { container } = renderChart([
			[2018, 3.31],
			[2019, 2.98],
			[2020, null],
			[2021, null],
			[2022, 2.7],
			[2023, 2.61]
		]);
		const svg = container.querySelector('svg.layercake-layout-svg')!;
		expect(svg).toHaveAttribute('aria-label', 'The composite index fell from 3.31 in 2018 to 2.61 in 2023.');
		const lines = [...svg.querySelectorAll('path.line')].map((p) => p.getAttribute('d')!);
		expect(lines).toHaveLength(2);
		expect(lines.every((d) => d.match(/M/g)!.length === 1)).toBe(true);
		expect(svg.querySelectorAll('.point')).toHaveLength(4);
	});

	test('single point: one marker, no line, a single-value summary', () => {
		const { container } = renderChart([[2024, 2.34]]);
		expect(container.querySelectorAll('.point')).toHaveLength(1);
		expect(container.querySelectorAll('path.line')).toHaveLength(0);
		expect(screen.getByRole('heading', { name: 'The composite index was 2.34 in 2024.' })).toBeInTheDocument();
	});

	test('no value: still a frame with a summary saying so', () => {
		const { container } = renderChart([[2024, null]]);
		expect(container.querySelectorAll('.point')).toHaveLength(0);
		expect(
			screen.getByRole('heading', { name: 'No figure was published for the composite index.' })
		).toBeInTheDocument();
	});

	test('keyboard focus on a marker shows its tooltip with its source; Escape hides it', async () => {
		const { container } = renderChart([
			[2023, 2.61],
			[2024, 2.34]
		]);
		enhance(container);
		// The chart is one Tab stop, its first marker; → reaches the next (src/lib/enhance/markKeys.ts).
		const first = screen.getByRole('img', { name: '2023: 2.61' });
		const point = screen.getByRole('img', { name: '2024: 2.34' });
		expect(first).toHaveAttribute('tabindex', '0');
		expect(point).toHaveAttribute('tabindex', '-1');
		first.focus();
		await fireEvent.keyDown(first, { key: 'ArrowRight' });
		expect(document.activeElement).toBe(point);
		expect(point).toHaveAttribute('tabindex', '0');
		expect(tooltip()).toEqual(['2024: 2.34']);
		await fireEvent.keyDown(point, { key: 'Escape' });
		expect(tooltip()).toBeNull();
	});

	test('the data table lists every year, gaps included, in the frame’s toggle (zh)', () => {
		const { container } = renderChart(
			[
				[2023, 2.61],
				[2024, null]
			],
			'zh'
		);
		const details = container.querySelector('details')!;
		expect(within(details).getByText('显示数据表')).toBeInTheDocument();
		const rows = within(details).getAllByRole('row');
		expect(rows.map((r) => r.textContent?.replace(/\s+/g, ''))).toEqual([
			'年份指数来源',
			'20232.61甲',
			'2024无公布数字—'
		]);
		expect(screen.getByText('单位：无量纲指数')).toBeInTheDocument();
	});
});
