import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { enhance, tooltip } from './enhanced';
import TrendChart from '../../src/lib/charts/TrendChart.svelte';
import type { TrendModel } from '../../src/lib/overview/trend';
import { testDataset, testSources, useLocale } from './fixtures';

afterEach(cleanup);

const metric = testDataset.metrics.find((m) => m.id === 'index')!;
const model = (points: [number, number | null][]): TrendModel => ({
	id: 'test-trend',
	metric,
	points: points.map(([x, y]) => ({ x, y, decimals: 2, sourceId: y === null ? null : 'doc-a' })),
	gapYears: points.filter(([, y]) => y === null).map(([x]) => x),
	sourceIds: ['doc-a']
});
const renderChart = (points: [number, number | null][], locale: 'zh' | 'en' = 'en') => {
	useLocale(locale);
	return render(TrendChart, {
		model: model(points),
		sources: testSources,
		locale,
		title: 'Composite index',
		summaryLabel: 'composite index'
	});
};

describe('TrendChart', () => {
	test('a gappy series: the line breaks at the gap, every value has a dot, the gap is noted', () => {
		const { container } = renderChart([
			[2018, 3.31],
			[2019, 2.98],
			[2020, null],
			[2021, null],
			[2022, 2.7],
			[2023, 2.61]
		]);
		const svg = container.querySelector('svg.layercake-layout-svg')!;
		expect(svg).toHaveAttribute('role', 'img');
		expect(svg).toHaveAttribute('aria-label', 'The composite index fell from 3.31 in 2018 to 2.61 in 2023.');
		const path = svg.querySelector('path[stroke]')!.getAttribute('d')!;
		expect(path.match(/M/g)).toHaveLength(2);
		expect(svg.querySelectorAll('.point')).toHaveLength(4);
		expect(screen.getByText(/No published figure was found for 2020–2021/)).toBeInTheDocument();
	});

	test('single point: one dot, no line segments, a single-value summary', () => {
		const { container } = renderChart([[2024, 2.34]]);
		expect(container.querySelectorAll('.point')).toHaveLength(1);
		expect(container.querySelector('path[stroke]')!.getAttribute('d')).not.toMatch(/L/);
		expect(screen.getByText('The composite index was 2.34 in 2024.')).toBeInTheDocument();
	});

	test('empty series: still a frame with a summary saying so, and an empty-valued table', () => {
		const { container } = renderChart([[2024, null]]);
		expect(container.querySelectorAll('.point')).toHaveLength(0);
		expect(screen.getByText('No figure was published for the composite index.')).toBeInTheDocument();
	});

	test('keyboard focus on a point shows its tooltip; Escape hides it', async () => {
		const { container } = renderChart([
			[2023, 2.61],
			[2024, 2.34]
		]);
		enhance(container);
		const point = screen.getByRole('img', { name: '2.34' });
		expect(point).toHaveAttribute('tabindex', '0');
		await fireEvent.focusIn(point);
		const tip = tooltip()!;
		expect(tip.join('\n')).toContain('2024: 2.34');
		expect(tip.join('\n')).toContain('Source: 文件甲');
		await fireEvent.keyDown(point, { key: 'Escape' });
		expect(tooltip()).toBeNull();
	});

	test('the data table lists every year, gaps included, in the chart frame’s toggle (zh)', () => {
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
			'20232.61文件甲',
			'2024无公布数字—'
		]);
		expect(screen.getByText('单位：无量纲指数')).toBeInTheDocument();
	});
});
