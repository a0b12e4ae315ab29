import { beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CLEAN, expectClean, firstScreen, sharedBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await sharedBrowser();
});
/** Every chart on the page (its default year, 2023); the other years are pages of their own (/air/<year>/). */
const CHART_IDS = [
	'air-composite-trend',
	'air-rank-trend',
	'air-good-rates',
	'air-pollutants-2023',
	'air-no2',
	'air-daily-calendar-2023',
	'air-category-shares',
	'air-monthly-pattern',
	'air-primary-pollutants',
	'air-stations-2023-01-20'
];

/** The page's one tooltip (the air page is not hydrated: its script, /enhance/page.js, fills it). */
const tip = (page: Page) => page.locator('#page-tooltip');
/** The year link of a list that names the year shown (`aria-current="page"`). */
const selectedTab = (page: Page, list: string) =>
	page.locator(`nav[aria-label="${list}"] a[aria-current="page"]`).textContent();

describe('air page', () => {
	test.each([
		{
			path: '/air/',
			lang: 'zh-CN',
			h1: '厦门空气质量',
			texts: [
				'2.34',
				'第3位',
				'99.5%',
				'2023年公布2.61，计算2.61',
				'二氧化氮浓度虽然有所改善，但仍然处于较高水平。',
				'−3.1%'
			]
		},
		{
			path: '/en/air/',
			lang: 'en',
			h1: 'Air quality in Xiamen',
			texts: [
				'2.34',
				'3rd',
				'99.5%',
				'2023: published 2.61, computed 2.61',
				'Nitrogen dioxide (NO2) concentrations have improved',
				'−3.1%'
			]
		}
	])('$path renders in its language with no errors', async ({ path, lang, h1, texts }) => {
		const { page, problems, close } = await openPage(browser, path);
		expect(await page.getAttribute('html', 'lang')).toBe(lang);
		expect(await page.textContent('h1')).toBe(h1);
		const body = (await page.textContent('main'))!;
		for (const text of texts) expect(body, text).toContain(text);
		expect(await page.locator('nav a[aria-current="page"]').first().getAttribute('href')).toBe(path);
		// The station map, drawn before any JavaScript (prerendered) with the six stations.
		expect(await page.locator('#stations [data-map-id="map-xiamen"] svg [data-station]').count()).toBe(6);
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});

	test('with JavaScript disabled every chart is drawn (prerendered SVG), and every year is a link to its own page', async () => {
		const { page, close } = await openPage(browser, '/en/air/', { javaScriptEnabled: false });
		for (const id of CHART_IDS) {
			const svg = page.locator(`[data-chart-id="${id}"] svg.layercake-layout-svg`);
			expect(await svg.count(), id).toBeGreaterThan(0);
			const box = await svg.first().boundingBox();
			expect(box?.width ?? 0, id).toBeGreaterThan(100);
		}
		expect(await page.locator('[role="tab"]').count()).toBe(0);
		expect(await page.locator('[data-chart-id^="air-daily-calendar-"]').count()).toBe(1);
		expect(await page.locator('[data-chart-id="air-daily-calendar-2023"] rect.cell').count()).toBe(365);
		// Every other year: a link to its page, which draws that year's calendar and pollutants.
		for (const [year, days, pollutants] of [
			['2022', 365, '2022'],
			['2024', 55, '2024'],
			['2020', 365, '2020']
		] as const) {
			await page
				.locator('nav[aria-label="Pollutant year"]')
				.getByRole('link', { name: new RegExp(`^${year}`) })
				.click();
			await page.waitForURL(`**/en/air/${year}/#pollutants`);
			const calendar = year === '2020' ? '2023' : year;
			expect(await selectedTab(page, 'Calendar year')).toMatch(new RegExp(`^${calendar}`));
			expect(await selectedTab(page, 'Pollutant year')).toBe(pollutants);
			expect(await page.locator(`[data-chart-id="air-daily-calendar-${calendar}"] rect.cell`).count()).toBe(days);
			expect(await page.locator(`[data-chart-id="air-pollutants-${pollutants}"] svg`).count()).toBeGreaterThan(0);
			if (year === '2022')
				expect(await page.locator('[data-chart-id="air-daily-calendar-2022"] rect.cell.missing').count()).toBe(3);
		}
		await page.goto(page.url().replace(/\/2020\/.*$/, '/'));
		// The colour-blind-safe switch is CSS only: it works without JavaScript.
		const cell = page.locator('[data-chart-id="air-daily-calendar-2023"] rect[data-date="2023-01-01"]');
		const before = await cell.evaluate((el) => getComputedStyle(el).fill);
		await page.locator('#air-daily-calendar-2023-palette').check();
		const after = await cell.evaluate((el) => getComputedStyle(el).fill);
		expect(before).toBe('rgb(0, 228, 0)');
		expect(after).not.toBe(before);
		await close();
	});

	test('tooltips by mouse and by keyboard (a chart point; the calendar with arrow keys)', async () => {
		const { page, problems, close } = await openPage(browser, '/en/air/');
		const composite = page.locator('[data-chart-id="air-composite-trend"]');
		// The computed 2023 marker lies almost on the published one: the pointer on its centre picks it.
		const marker = composite.locator('[data-series="computed"] .point[data-x="2023"] path');
		await marker.scrollIntoViewIfNeeded();
		const box = (await marker.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await expect.poll(() => tip(page).textContent()).toContain('2023: 2.61');

		const calendar = page.locator('[data-chart-id="air-daily-calendar-2023"]');
		// The pointer out of the way: the page scrolls to the calendar, and a day under a resting pointer would show instead.
		await page.mouse.move(0, 0);
		const start = calendar.locator('rect.cell[tabindex="0"]');
		expect(await start.getAttribute('data-date')).toBe('2023-12-31');
		await start.focus();
		// A day's words are its row of the data table (on the page once, not on each of 365 days).
		await expect.poll(() => tip(page).textContent()).toContain('2023-12-31');
		await page.keyboard.press('ArrowUp');
		await expect.poll(() => tip(page).textContent()).toContain('2023-12-24');
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('PageDown');
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-date'))).toBe('2023-02-01');
		expect(await tip(page).textContent()).toMatch(/2023-02-01AQI: \d+Level \(category\): level \d/);
		// One tab stop for the whole calendar.
		expect(await calendar.locator('rect.cell[tabindex="0"]').count()).toBe(1);
		await calendar.locator('rect[data-date="2023-02-16"]').hover();
		await expect.poll(() => tip(page).textContent()).toContain('no valid AQI');
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});

	test('ranks: 1st is at the top (inverted axis)', async () => {
		const { page, close } = await openPage(browser, '/en/air/');
		const y = async (x: number) =>
			(await page
				.locator(`[data-chart-id="air-rank-trend"] [data-series="rank_168_cities"] .point[data-x="${x}"]`)
				.boundingBox())!.y;
		expect(await y(2024)).toBeLessThan(await y(2018)); // 3rd above 7th
		expect(await y(2022)).toBeGreaterThan(await y(2018)); // 9th below 7th
		await close();
	});

	test('the data table toggle opens the chart’s table', async () => {
		const { page, close } = await openPage(browser, '/en/air/');
		const frame = page.locator('[data-chart-id="air-pollutants-2023"]');
		const table = frame.locator('table');
		expect(await table.isVisible()).toBe(false);
		await frame.getByText('Data table', { exact: true }).click();
		expect(await table.isVisible()).toBe(true);
		expect(await table.locator('tbody tr').count()).toBe(6);
		expect(await table.locator('tbody tr').nth(1).textContent()).toContain('50%');
		await close();
	});

	test('the year links: default 2023; a year opens its page, Back returns', async () => {
		const { page, problems, close } = await openPage(browser, '/en/air/');
		expect(await selectedTab(page, 'Calendar year')).toBe('2023');
		expect(await page.locator('[data-chart-id^="air-daily-calendar-"]').count()).toBe(1);
		await page.getByRole('link', { name: '2024 (55 days only)' }).click();
		await page.waitForURL('**/en/air/2024/#daily');
		expect(await page.locator('[data-chart-id="air-daily-calendar-2024"]').isVisible()).toBe(true);
		expect(await selectedTab(page, 'Pollutant year')).toBe('2024');
		expect(await page.title()).toContain('2024');
		await page.goBack();
		await page.waitForURL((url) => url.pathname === '/en/air/');
		expect(await selectedTab(page, 'Calendar year')).toBe('2023');
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});

	test.each([
		{ query: '?year=2022', calendar: '2022', pollutants: '2022' },
		{ query: '?year=2020', calendar: '2023', pollutants: '2020' },
		{ query: '?year=abc', calendar: '2023', pollutants: '2023' },
		{ query: '?year=1999', calendar: '2023', pollutants: '2023' }
	])(
		'a shared link $query opens that year’s page (invalid: the default, no error)',
		async ({ query, calendar, pollutants }) => {
			const { page, problems, close } = await openPage(browser, `/en/air/${query}`);
			await expect.poll(() => selectedTab(page, 'Calendar year')).toMatch(new RegExp(`^${calendar}`));
			expect(await selectedTab(page, 'Pollutant year')).toBe(pollutants);
			expect(await page.locator(`[data-chart-id="air-daily-calendar-${calendar}"]`).isVisible()).toBe(true);
			expect(expectClean(problems)).toEqual(CLEAN);
			await close();
		}
	);
});

describe('chart first (issue 15)', () => {
	test('/en/air/ opens with its headline figures and its main chart on the first screen at 390×844 and 1440×900', async () => {
		for (const { width, figures, chartVisible } of await firstScreen(browser, '/en/air/')) {
			expect(figures, `${width} px`).toBe(4);
			expect(chartVisible, `${width} px`).toBeGreaterThanOrEqual(0.5);
		}
	});
});
