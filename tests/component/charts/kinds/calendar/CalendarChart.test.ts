import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { enhance, tooltip } from '../../../enhanced';
import { tick } from 'svelte';
import Chart from '../../../LocalizedChart.svelte';
import type { CalendarChartModel } from '../../../../../src/lib/charts/kinds/calendar';
import { useLocale } from '../../../fixtures';
import { airChart, parts, text } from '../../fixtures';

afterEach(cleanup);

const show = (model: CalendarChartModel, locale: 'zh' | 'en' = 'en') => {
	useLocale(locale);
	return render(Chart, { model, locale });
};
/** January and February 2023 only: the same chart with fewer cells, so jsdom renders it quickly. */
const janFeb = (): CalendarChartModel => {
	const model = airChart('air-daily-calendar-2023', 'calendar');
	return { ...model, days: model.days.filter((d) => d.date < '2023-03-01'), to: '2023-02-28' };
};

describe('calendar kind', () => {
	// A whole year (365 cells and a 365-row table) is slow to build in jsdom on a busy machine: a long timeout.
	test('a square per day in the AQI colours; the missing day hatched; one tab stop', { timeout: 30_000 }, () => {
		const { container } = show(airChart('air-daily-calendar-2023', 'calendar'));
		const cells = container.querySelectorAll('rect.cell');
		expect(cells).toHaveLength(365);
		const cell = (date: string) => container.querySelector(`rect[data-date="${date}"]`)!;
		// Colours come from classes l1…l6 (CSS var(--aqi-n) from AqiColours); a missing day is hatched.
		expect(cell('2023-01-01')).toHaveClass('l1');
		expect(cell('2023-01-10')).toHaveClass('l2');
		expect(cell('2023-01-06')).toHaveClass('l3');
		// The level is the class alone (365 cells: no data-level twin of it).
		expect(cell('2023-01-06').hasAttribute('data-level')).toBe(false);
		expect(cell('2023-01-05')).toHaveClass('missing');
		expect(cell('2023-01-05').getAttribute('fill')).toBe('url(#air-daily-calendar-2023-hatch)');
		expect(container.querySelector('pattern#air-daily-calendar-2023-hatch')).not.toBeNull();
		const tabbable = [...cells].filter((c) => c.getAttribute('tabindex') === '0');
		expect(tabbable.map((c) => c.getAttribute('data-date'))).toEqual(['2023-12-31']);
		expect(tabbable[0]).toHaveAttribute(
			'aria-label',
			'31 Dec 2023, AQI 40 · level 1 (Excellent), Primary pollutant: none (AQI 50 or less)'
		);
		expect(container.querySelectorAll('.month')).toHaveLength(12);
	});

	test('arrow keys move the focus between days (roving tabindex) and the tooltip follows', async () => {
		const { container } = show(janFeb());
		enhance(container);
		const cell = (date: string) => container.querySelector<SVGElement>(`rect[data-date="${date}"]`)!;
		cell('2023-02-28').focus();
		await fireEvent.focusIn(cell('2023-02-28'));
		expect(tooltip()![0]).toBe('2023-02-28'); // the row of the data table: its words are on the page once

		await fireEvent.keyDown(cell('2023-02-28'), { key: 'ArrowUp' });
		await tick();
		expect(document.activeElement).toBe(cell('2023-02-21'));
		expect(cell('2023-02-21')).toHaveAttribute('tabindex', '0');
		expect(cell('2023-02-28')).not.toHaveAttribute('tabindex');

		await fireEvent.keyDown(cell('2023-02-21'), { key: 'Home', ctrlKey: true });
		await tick();
		expect(document.activeElement).toBe(cell('2023-01-01'));
		await fireEvent.keyDown(cell('2023-01-01'), { key: 'ArrowLeft' }); // stays inside the data
		await tick();
		expect(document.activeElement).toBe(cell('2023-01-01'));
		for (let i = 0; i < 4; i++) {
			await fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
			await tick();
		}
		expect(document.activeElement).toBe(cell('2023-01-05'));
		await fireEvent.focusIn(cell('2023-01-05'));
		expect(tooltip()!).toEqual(['2023-01-05', 'Level (category): no valid AQI']);

		await fireEvent.keyDown(cell('2023-01-05'), { key: 'PageDown' });
		await tick();
		expect(document.activeElement).toBe(cell('2023-02-05'));
		await fireEvent.keyDown(cell('2023-02-05'), { key: 'Escape' });
		expect(tooltip()).toBeNull();
	});

	test('hovering a day shows its AQI, level and primary pollutants', async () => {
		const { container } = show(janFeb());
		enhance(container);
		await fireEvent.pointerOver(container.querySelector('rect[data-date="2023-01-06"]')!);
		expect(tooltip()!).toEqual([
			'2023-01-06',
			'AQI: 120',
			'Level (category): level 3 (Lightly polluted)',
			'Primary pollutant: PM10, PM2.5'
		]);
		await fireEvent.pointerOut(container.querySelector('rect[data-date="2023-01-06"]')!);
		expect(tooltip()).toBeNull();
	});

	test('legend with counts per category, the summary sentence, keyboard help', () => {
		const { container } = show(janFeb());
		const legend = container.querySelector('ul.legend[aria-label="Legend"]')!;
		expect([...legend.querySelectorAll('li')].map(text)).toEqual([
			'1 Excellent (0–50): 53 days',
			'2 Good (51–100): 4 days',
			'3 Lightly polluted (101–150): 1 day',
			'4 Moderately polluted (151–200): 0 days',
			'5 Heavily polluted (201–300): 0 days',
			'6 Severely polluted (>300): 0 days',
			'no valid AQI 1 day'
		]);
		expect(text(container.querySelector('.summary'))).toBe(
			'Of the 59 days of 2023 covered by the data, 53 were excellent, 4 good and 1 polluted; 1 had no valid AQI.'
		);
		expect(text(container.querySelector('.instructions'))).toMatch(/^Keyboard: arrow keys move by day or week/);
		const svg = container.querySelector('svg.layercake-layout-svg')!;
		expect(svg.getAttribute('aria-describedby')).toBe(container.querySelector('.instructions')!.id);
		expect(text(container.querySelector('label[for="air-daily-calendar-2023-palette"]'))).toBe(
			'Colour-blind-safe colours'
		);
	});

	test('the table lists every day with AQI, level and primary pollutant (zh)', () => {
		const { container } = show(janFeb(), 'zh');
		const rows = [...container.querySelector('details')!.querySelectorAll('tr')];
		expect(rows).toHaveLength(60);
		expect(parts(rows[0])).toEqual(['日期', 'AQI', '级别（类别）', '首要污染物']);
		expect(parts(rows[5])).toEqual(['2023-01-05', '—', '无有效AQI', '—']);
		expect(parts(rows[6])).toEqual(['2023-01-06', '120', '3级（轻度污染）', 'PM10、PM2.5']);
	});

	test('a partial year: only its months, days after the data outlined (not hatched), and a note', () => {
		const { container } = show(airChart('air-daily-calendar-2024', 'calendar'));
		expect(container.querySelectorAll('rect.cell')).toHaveLength(3);
		expect(container.querySelectorAll('rect.outside')).toHaveLength(28);
		expect(screen.getByText('not covered by the data')).toBeInTheDocument();
		expect(
			screen.getByText(
				'The data cover only 2024-01-01 to 2024-01-03 (3 days); other dates are not in the data (dashed outlines).'
			)
		).toBeInTheDocument();
	});

	test('no data for the year: an empty calendar that says so', () => {
		const { container } = show(airChart('air-daily-calendar-2022', 'calendar'));
		expect(container.querySelectorAll('rect.cell')).toHaveLength(0);
		expect(screen.getByRole('heading', { name: /Of the 0 days of 2022/ })).toBeInTheDocument();
	});
});
