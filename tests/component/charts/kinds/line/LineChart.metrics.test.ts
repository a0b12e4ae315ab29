import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { enhance, tooltip } from '../../../enhanced';
import Chart from '../../../LocalizedChart.svelte';
import { useLocale } from '../../../fixtures';
import { trendModel } from '../../../domainFixtures';

afterEach(cleanup);

const renderTrend = (...args: Parameters<typeof trendModel>) => {
	useLocale('en');
	return render(Chart, { model: trendModel(...args), locale: 'en' });
};
const lines = (container: HTMLElement) => [...container.querySelectorAll('path.line')];

describe('line kind: one series per definition (metricsChart)', () => {
	test('empty: a frame saying no figure was published, no markers', () => {
		const { container } = renderTrend([]);
		expect(container.querySelector('.summary')?.textContent).toBe(
			'No figure was published for the share of excellent or good sea area.'
		);
		expect(container.querySelectorAll('.point')).toHaveLength(0);
	});

	test('single point: one marker with its value, no line', () => {
		const { container } = renderTrend([{ metric: 'a', year: 2016, value: 65.8 }]);
		expect(screen.getByRole('img', { name: '2016: 65.8%' })).toHaveAttribute('tabindex', '0');
		expect(container.querySelector('.point text')?.textContent).toBe('65.8%');
		expect(lines(container)).toHaveLength(0);
		expect(container.querySelector('.legend')).toBeNull();
	});

	test('gappy series of two definitions: never joined across a gap or to each other; a legend names both', () => {
		const { container } = renderTrend(
			[
				{ metric: 'a', year: 2013, value: 49.8 },
				{ metric: 'a', year: 2014, value: 49.8 },
				{ metric: 'b', year: 2021, value: 87.3 },
				{ metric: 'b', year: 2024, value: 91.7 }
			],
			[],
			['a', 'b']
		);
		expect(lines(container)).toHaveLength(1);
		expect(container.querySelectorAll('.point')).toHaveLength(4);
		const legend = container.querySelector('.legend')!;
		expect(legend.textContent).toContain('Area share (2013–2014)');
		expect(legend.textContent).toContain('Point share (2021–2024)');
		const notes = [...container.querySelectorAll('.notes li')].map((li) => li.textContent);
		expect(notes).toContain(
			'Point share: no published figure was found for 2022–2023; the line breaks there and does not interpolate.'
		);
		expect(notes).toContain('No figure of any of these definitions was found for 2015–2020, 2022–2023.');
		expect(notes).toContain('Area share: Definition of Area share');
		// The title states where the latest definition stands; the summary keeps every definition's sentence.
		const title = container.querySelector('.chart-title')!.textContent!;
		const summary = container.querySelector('.summary')!.textContent!;
		expect(title).toContain('91.7% in 2024');
		expect(title).not.toContain('2013');
		expect(summary).toContain(title);
		expect(summary).toContain('2013');
	});

	test('a derived value is hollow, on dotted pieces of line, in italics, and said to be derived in the tooltip and table', async () => {
		const { container } = renderTrend(
			[
				{ metric: 'a', year: 2021, value: 87.3 },
				{ metric: 'a', year: 2024, value: 91.7 }
			],
			[{ metric: 'a', year: 2023, value: 84.2 }]
		);
		enhance(container);
		const derived = container.querySelector('.point[data-kind="derived"]')!;
		expect(derived).toHaveClass('derived');
		expect(derived.querySelector(':scope > :nth-child(2)')).toHaveAttribute('fill', 'var(--paper, #fff)');
		expect(derived.querySelector('text')?.textContent).toBe('84.2%');
		expect(lines(container).map((l) => l.getAttribute('stroke-dasharray'))).toEqual(['2 4']);
		expect(container.querySelector('.summary')?.textContent).toContain('rose from 87.3% in 2021 to 91.7% in 2024');
		await fireEvent.focusIn(derived);
		// Every value rests on one source: the chart's source line says it, the tooltip does not repeat it.
		expect(tooltip()).toEqual(['2023: 84.2%', 'derived from a published change']);
		const rows = within(container.querySelector('details')!).getAllByRole('row');
		expect(rows.map((r) => r.textContent)).toEqual([
			'YearArea shareKindSource',
			'202187.3%publishedS',
			'2022no published figure——',
			'202384.2%derived from a published changeS',
			'202491.7%publishedS'
		]);
	});

	test('keyboard focus shows the tooltip (one source for the chart: not repeated); Escape hides it (the mouse: see the browser tests)', async () => {
		const { container } = renderTrend([
			{ metric: 'a', year: 2023, value: 86.4 },
			{ metric: 'a', year: 2024, value: 95.5 }
		]);
		enhance(container);
		const point = screen.getByRole('img', { name: '2024: 95.5%' });
		await fireEvent.focusIn(point);
		expect(tooltip()?.join('\n')).toContain('2024: 95.5%');
		expect(tooltip()?.join('\n')).not.toContain('Source');
		await fireEvent.keyDown(point, { key: 'Escape' });
		expect(tooltip()).toBeNull();
		await fireEvent.focusIn(screen.getByRole('img', { name: '2023: 86.4%' }));
		expect(tooltip()?.join('\n')).toContain('2023: 86.4%');
	});
});
