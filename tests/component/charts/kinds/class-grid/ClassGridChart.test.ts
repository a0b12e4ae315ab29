import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { enhance, tooltip } from '../../../enhanced';
import Chart from '../../../LocalizedChart.svelte';
import { useLocale } from '../../../fixtures';
import { gridModel } from '../../../domainFixtures';

afterEach(cleanup);

const renderGrid = (cells: Parameters<typeof gridModel>[0], locale: 'zh' | 'en' = 'en') => {
	useLocale(locale);
	return render(Chart, { model: gridModel(cells), locale });
};
const svgOf = (container: HTMLElement) => container.querySelector('svg.layercake-layout-svg')!;

describe('ClassGridChart (through Chart)', () => {
	test('empty: the frame says nothing was published; no cells', () => {
		const { container } = renderGrid([]);
		expect(screen.getAllByText('No class was published.').length).toBeGreaterThan(0);
		expect(container.querySelectorAll('.cell')).toHaveLength(0);
		expect(svgOf(container)).toHaveAttribute('aria-label', 'No class was published.');
	});

	test('single: one labelled, focusable cell', () => {
		const { container } = renderGrid([{ row: 'a', year: 2015, status: 'III' }]);
		const cell = screen.getByRole('img', { name: 'Reservoir A, 2015: class III' });
		expect(cell).toHaveAttribute('tabindex', '0');
		expect(cell.textContent).toContain('III');
		expect(container.querySelectorAll('rect.empty')).toHaveLength(0);
	});

	test('gappy: the years in between are blank cells, and a note says so', () => {
		const { container } = renderGrid([
			{ row: 'a', year: 2015, status: 'III' },
			{ row: 'a', year: 2018, status: 'III' },
			{ row: 'b', year: 2018, status: '劣V' }
		]);
		expect(container.querySelectorAll('.cell')).toHaveLength(3);
		// Years 2015–2018 for two rows: 8 boxes, 3 of them filled.
		expect(container.querySelectorAll('rect.empty')).toHaveLength(5);
		expect(screen.getByText('Nothing was published for 2016–2017; those cells are left blank.')).toBeInTheDocument();
		expect(screen.getByRole('img', { name: 'Reservoir B, 2018: worse than class V' }).textContent).toContain('>V');
	});

	test("the title states the latest year's finding; the summary keeps every row's latest class", () => {
		const { container } = renderGrid([
			{ row: 'a', year: 2015, status: 'III' },
			{ row: 'a', year: 2019, status: 'II' },
			{ row: 'b', year: 2015, status: 'IV' }
		]);
		expect(container.querySelector('.chart-title')?.textContent).toBe('Published for 2019: Reservoir A, class II');
		expect(container.querySelector('.summary')?.textContent).toBe(
			'Latest published: Reservoir A, class II (2019); Reservoir B, class IV (2015).'
		);
	});

	test('the text alternative lists every row and year (zh)', () => {
		const { container } = renderGrid(
			[
				{ row: 'a', year: 2015, status: 'III' },
				{ row: 'a', year: 2019, status: 'II' },
				{ row: 'b', year: 2015, status: 'IV' }
			],
			'zh'
		);
		expect(svgOf(container)).toHaveAttribute('aria-label', '甲水库：2015年Ⅲ类，2019年Ⅱ类。乙水库：2015年Ⅳ类。');
		expect(container.querySelector('.summary')?.textContent).toBe(
			'最新公布：甲水库Ⅱ类（2019年）；乙水库Ⅳ类（2015年）。'
		);
	});

	test('a contradicted "first time" is flagged on both cells and explained once per claim', () => {
		const { container } = renderGrid([
			{ row: 'a', year: 2019, status: 'II' },
			{ row: 'a', year: 2024, status: 'II', quote: '双双首次提升为Ⅱ类' },
			{ row: 'b', year: 2019, status: 'II' },
			{ row: 'b', year: 2024, status: 'II', quote: '双双首次提升为Ⅱ类' }
		]);
		expect(container.querySelectorAll('.cell.flagged')).toHaveLength(4);
		const notes = [...container.querySelectorAll('.notes li')].map((li) => li.textContent);
		const disagree = notes.filter((n) => n?.startsWith('Sources disagree'));
		expect(disagree).toEqual([expect.stringContaining('Reservoir A and Reservoir B reached class II')]);
		expect(
			screen.getByRole('img', { name: /Reservoir A, 2024: class II\. The work summary calls this/ })
		).toBeInTheDocument();
	});

	test('keyboard focus and the mouse show the tooltip with the source; Escape hides it', async () => {
		const { container } = renderGrid([{ row: 'a', year: 2015, status: 'III' }]);
		enhance(container);
		const cell = screen.getByRole('img', { name: 'Reservoir A, 2015: class III' });
		await fireEvent.focusIn(cell);
		const tip = tooltip()!;
		expect(tip.join('\n')).toContain('2015: class III');
		expect(tip.join('\n')).toContain('Source: Bulletin S');
		await fireEvent.keyDown(cell, { key: 'Escape' });
		expect(tooltip()).toBeNull();
		await fireEvent.pointerOver(cell);
		expect(tooltip()?.join('\n')).toContain('Reservoir A');
		await fireEvent.pointerOut(cell);
		expect(tooltip()).toBeNull();
	});

	test('the data table has a row per site and a column per year with a class', () => {
		const { container } = renderGrid([
			{ row: 'a', year: 2015, status: 'III' },
			{ row: 'b', year: 2018, status: 'IV' }
		]);
		const rows = within(container.querySelector('details')!).getAllByRole('row');
		expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
			['Water body', '2015', '2018', 'Source'],
			['Reservoir A', 'class III', '—', 'Bulletin S'],
			['Reservoir B', '—', 'class IV', 'Bulletin S']
		]);
	});

	test('the ocean-bureau scheme labels cells with its own categories, not seawater classes', () => {
		useLocale('zh');
		render(Chart, {
			model: gridModel([{ row: 'a', year: 2014, status: 'moderately_polluted' }], 'ocean_bureau'),
			locale: 'zh'
		});
		expect(screen.getByRole('img', { name: '甲水库, 2014: 中度污染' })).toBeInTheDocument();
		expect(screen.getByRole('columnheader', { name: '海域' })).toBeInTheDocument();
	});
});
