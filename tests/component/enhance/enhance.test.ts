import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startYearTabs } from '../../../src/lib/enhance/yearTabs';
import { startCalendars } from '../../../src/lib/enhance/calendarKeys';

/**
 * The scripts of the pages that are not hydrated (src/lib/embed/client/), on markup shaped like what
 * YearTabs.svelte and Calendar.svg.svelte prerender: what a reader sees and what the URL says.
 */

const panels = (id: string, years: number[], selected: number, label = (y: number) => String(y)) =>
	`<div class="year-tabs" id="${id}" data-year-tabs data-label="${id} year" data-default="${selected}">` +
	years
		.map(
			(y) =>
				`<div class="panel" id="${id}-panel-${y}" data-year="${y}" data-tab-label="${label(y)}"${y === selected ? '' : ' hidden'}>Panel ${id} ${y}</div>`
		)
		.join('') +
	'</div>';

const shown = (id: string) =>
	[...document.querySelectorAll<HTMLElement>(`#${id} > [data-year]`)]
		.filter((p) => !p.hidden)
		.map((p) => p.dataset.year);
const selected = (id: string) =>
	[...document.querySelectorAll(`#${id} [role="tab"][aria-selected="true"]`)].map((t) => t.textContent);

describe('year tabs', () => {
	beforeEach(() => {
		history.replaceState(null, '', '/en/air/');
		document.body.innerHTML =
			panels('cal', [2022, 2023, 2024], 2023, (y) => (y === 2024 ? '2024 (55 days only)' : String(y))) +
			panels('pol', [2020, 2022, 2023, 2024], 2023);
	});
	afterEach(() => {
		document.body.innerHTML = '';
	});

	test('builds one tab list per group, named, with one tab stop, the default year shown', () => {
		expect(startYearTabs(document)).toBe(2023);
		const list = document.querySelector('#cal [role="tablist"]')!;
		expect(list.getAttribute('aria-label')).toBe('cal year');
		const tabs = [...list.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
		expect(tabs.map((t) => t.textContent)).toEqual(['2022', '2023', '2024 (55 days only)']);
		expect(tabs.map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
		expect(tabs[1]!.getAttribute('aria-controls')).toBe('cal-panel-2023');
		expect(document.getElementById('cal-panel-2023')!.getAttribute('aria-labelledby')).toBe(tabs[1]!.id);
		expect(shown('cal')).toEqual(['2023']);
		expect(shown('pol')).toEqual(['2023']);
	});

	test('a click selects the year in every group that has it, and puts it in the URL', () => {
		startYearTabs(document);
		document.querySelector<HTMLButtonElement>('#pol [role="tab"]')!.click(); // 2020
		expect(location.search).toBe('?year=2020');
		expect(shown('pol')).toEqual(['2020']);
		expect(shown('cal')).toEqual(['2023']); // the calendar has no 2020: its default
		document.querySelectorAll<HTMLButtonElement>('#cal [role="tab"]')[2]!.click();
		expect(location.search).toBe('?year=2024');
		expect(selected('cal')).toEqual(['2024 (55 days only)']);
		expect(selected('pol')).toEqual(['2024']);
	});

	test.each([
		{ key: 'ArrowRight', from: 1, to: '2024' },
		{ key: 'ArrowLeft', from: 1, to: '2022' },
		{ key: 'ArrowLeft', from: 0, to: '2024' }, // wraps
		{ key: 'Home', from: 2, to: '2022' },
		{ key: 'End', from: 0, to: '2024' }
	])('$key from tab $from selects $to and moves the focus there', ({ key, from, to }) => {
		startYearTabs(document);
		const tabs = [...document.querySelectorAll<HTMLButtonElement>('#cal [role="tab"]')];
		tabs[from]!.focus();
		tabs[from]!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
		expect(shown('cal')).toEqual([to]);
		expect((document.activeElement as HTMLElement).textContent).toContain(to);
	});

	test.each([
		{ search: '?year=2022', cal: '2022', pol: '2022' },
		{ search: '?year=2020', cal: '2023', pol: '2020' },
		{ search: '?year=abc', cal: '2023', pol: '2023' },
		{ search: '?year=<script>', cal: '2023', pol: '2023' },
		{ search: '?year=1999', cal: '2023', pol: '2023' }
	])('a shared link $search opens that year (anything else: the default)', ({ search, cal, pol }) => {
		history.replaceState(null, '', `/en/air/${search}`);
		startYearTabs(document);
		expect(shown('cal')).toEqual([cal]);
		expect(shown('pol')).toEqual([pol]);
	});

	test('Back restores the year shown before', () => {
		startYearTabs(document);
		document.querySelectorAll<HTMLButtonElement>('#cal [role="tab"]')[0]!.click(); // 2022
		history.replaceState(null, '', '/en/air/'); // as after Back to the first entry
		window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
		expect(shown('cal')).toEqual(['2023']);
	});

	test('markup that is not what YearTabs writes is left alone (no tabs, nothing hidden changes)', () => {
		document.body.innerHTML = '<div data-year-tabs data-default="2030"><div data-year="x">?</div></div>';
		expect(startYearTabs(document)).toBeNull();
		expect(document.querySelector('[role="tablist"]')).toBeNull();
	});
});

describe('calendar keys', () => {
	const cells = (dates: string[], current: string) =>
		dates
			.map(
				(d) =>
					`<rect class="cell" data-date="${d}" data-tooltip="${d}\nAQI 40"${d === current ? ` tabindex="0" role="img" aria-label="${d}, AQI 40"` : ''}></rect>`
			)
			.join('');
	const days = Array.from({ length: 62 }, (_, i) => new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10));

	beforeEach(() => {
		document.body.innerHTML = `<svg><g class="calendar" data-from="2023-01-01" data-to="2023-03-03">${cells(days, '2023-01-31')}</g></svg>`;
	});

	const press = (key: string, init: KeyboardEventInit = {}) =>
		document.activeElement!.dispatchEvent(
			new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
		);
	const active = () => document.activeElement?.getAttribute('data-date');

	test.each([
		{ key: 'ArrowLeft', to: '2023-01-30' },
		{ key: 'ArrowRight', to: '2023-02-01' },
		{ key: 'ArrowUp', to: '2023-01-24' },
		{ key: 'ArrowDown', to: '2023-02-07' },
		{ key: 'PageDown', to: '2023-02-28' },
		{ key: 'PageUp', to: '2023-01-01' }, // clamped to the first day with data
		{ key: 'Home', ctrl: true, to: '2023-01-01' },
		{ key: 'End', ctrl: true, to: '2023-03-03' }
	])('$key moves to $to; that day alone is in the tab order and named', ({ key, ctrl, to }) => {
		expect(startCalendars(document)).toBe(1);
		document.querySelector<SVGElement>('[data-date="2023-01-31"]')!.focus();
		press(key, { ctrlKey: !!ctrl });
		expect(active()).toBe(to);
		expect([...document.querySelectorAll('[tabindex="0"]')].map((c) => c.getAttribute('data-date'))).toEqual([to]);
		const cell = document.querySelector(`[data-date="${to}"]`)!;
		expect(cell.getAttribute('aria-label')).toBe(`${to}, AQI 40`);
		const before = document.querySelector('[data-date="2023-01-31"]')!;
		expect(cell.getAttribute('role')).toBe('img');
		expect([before.getAttribute('aria-label'), before.getAttribute('tabindex'), before.getAttribute('role')]).toEqual([
			null,
			null,
			null
		]);
	});

	test('a click makes the clicked day the current one, focused, and the one tab stop', () => {
		startCalendars(document);
		const cell = document.querySelector<SVGElement>('[data-date="2023-02-10"]')!;
		cell.dispatchEvent(new MouseEvent('click', { bubbles: true }));
		expect(active()).toBe('2023-02-10');
		expect([...document.querySelectorAll('[tabindex="0"]')].map((c) => c.getAttribute('data-date'))).toEqual([
			'2023-02-10'
		]);
		expect(cell.getAttribute('aria-label')).toBe('2023-02-10, AQI 40');
	});

	test('other keys do nothing', () => {
		startCalendars(document);
		document.querySelector<SVGElement>('[data-date="2023-01-31"]')!.focus();
		press('a');
		expect(active()).toBe('2023-01-31');
	});
});

describe('calendar days whose words are their row of the data table (data-row)', () => {
	// Workers share one document (isolate: false): leave it empty for the next file.
	afterEach(() => {
		document.body.innerHTML = '';
	});
	const figure = (lang: string) =>
		`<figure lang="${lang}" data-chart-id="cal"><svg><g class="calendar" data-from="2023-01-01" data-to="2023-01-03">` +
		`<rect data-date="2023-01-01" data-row="2023-01-01"></rect>` +
		`<rect data-date="2023-01-02" data-row="2023-01-02" tabindex="0" role="img" aria-label="x"></rect>` +
		`<rect data-date="2023-01-03" data-tooltip="2023-01-03\nNo valid AQI"></rect>` +
		`</g></svg><table><thead><tr><th>Date</th><th>AQI</th><th>Level</th></tr></thead><tbody>` +
		`<tr><th scope="row">2023-01-01</th><td>42</td><td>1 (Excellent)</td></tr>` +
		`<tr><th scope="row">2023-01-02</th><td>61</td><td>2 (Good)</td></tr>` +
		`</tbody></table></figure>`;

	test.each([
		{ lang: 'en', date: '2023-01-01', lines: ['2023-01-01', 'AQI: 42', 'Level: 1 (Excellent)'] },
		{ lang: 'zh-CN', date: '2023-01-02', lines: ['2023-01-02', 'AQI：61', 'Level：2 (Good)'] },
		{ lang: 'en', date: '2023-01-03', lines: ['2023-01-03', 'No valid AQI'] }
	])('$lang $date → $lines', async ({ lang, date, lines }) => {
		document.body.innerHTML = figure(lang);
		const { tooltipLines } = await import('../../../src/lib/enhance/tooltip');
		expect(tooltipLines(document.querySelector(`[data-date="${date}"]`)!)).toEqual(lines);
	});

	test('a row the table does not have gives no lines', async () => {
		document.body.innerHTML = figure('en').replace('data-row="2023-01-01"', 'data-row="2023-01-09"');
		const { tooltipLines } = await import('../../../src/lib/enhance/tooltip');
		expect(tooltipLines(document.querySelector('[data-date="2023-01-01"]')!)).toEqual([]);
	});

	test('the arrow keys move between such days and name the new one from its row', () => {
		document.body.innerHTML = figure('en');
		startCalendars(document);
		document.querySelector<SVGElement>('[data-date="2023-01-02"]')!.focus();
		document.activeElement!.dispatchEvent(
			new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true })
		);
		expect(document.activeElement?.getAttribute('data-date')).toBe('2023-01-01');
		expect(document.activeElement?.getAttribute('aria-label')).toBe('2023-01-01, AQI: 42, Level: 1 (Excellent)');
		document.activeElement!.dispatchEvent(
			new KeyboardEvent('keydown', { key: 'End', ctrlKey: true, bubbles: true, cancelable: true })
		);
		expect(document.activeElement?.getAttribute('aria-label')).toBe('2023-01-03, No valid AQI');
	});
});
