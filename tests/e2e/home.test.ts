import { beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { CLEAN, expectClean, firstScreen, sharedBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await sharedBrowser();
});
describe('home page (the 2024 overview)', () => {
	test.each([
		{
			path: '/',
			lang: 'zh-CN',
			h1: '2024年厦门生态环境概览',
			texts: [
				'2.34',
				'第3位',
				'99.5%',
				'70.8%',
				'+10.5个百分点',
				'上升4位',
				'51.06',
				'平方米/公里',
				'412个',
				'82.5%',
				'隘头潭'
			]
		},
		{
			path: '/en/',
			lang: 'en',
			h1: 'Environment in 2024',
			texts: [
				'2.34',
				'3rd',
				'99.5%',
				'70.8%',
				'+10.5\u00a0percentage points',
				'up 4 places',
				'51.06',
				'm²/km',
				'412',
				'82.5%',
				'Aitoutan'
			]
		}
	])(
		'$path renders in its language with the founding document’s figures and no errors',
		async ({ path, lang, h1, texts }) => {
			const { page, problems, close } = await openPage(browser, path);
			expect(await page.getAttribute('html', 'lang')).toBe(lang);
			expect(await page.textContent('h1')).toBe(h1);
			const body = (await page.textContent('main'))!;
			for (const text of texts) expect(body, text).toContain(text);
			expect(expectClean(problems)).toEqual(CLEAN);
			await close();
		}
	);

	test('the language switch keeps you on the same page and back', async () => {
		const { page, close } = await openPage(browser, '/');
		await page.click('a.lang-switch');
		await page.waitForURL('**/en/');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await page.click('a.lang-switch');
		await page.waitForURL((url) => url.pathname === '/');
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		await close();
	});

	test('with JavaScript disabled, the charts are already drawn (prerendered SVG)', async () => {
		const { page, close } = await openPage(browser, '/en/', { javaScriptEnabled: false });
		const chart = page.locator('[data-chart-id="overview-composite-trend"] svg.layercake-layout-svg');
		await expect.poll(() => chart.count()).toBe(1);
		expect(await chart.getAttribute('aria-label')).toBe('The composite index fell from 3.31 in 2018 to 2.34 in 2024.');
		expect(await chart.locator('path[stroke]').first().getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
		// The published index alone (2017 derived from its change, 2018, 2019, 2023, 2024); the air page compares it with the computed one.
		expect(await chart.locator('.point').count()).toBe(5);
		const box = await chart.boundingBox();
		expect(box!.width).toBeGreaterThan(200);
		await close();
	});

	test('the data table toggle opens the chart’s table', async () => {
		const { page, close } = await openPage(browser, '/en/');
		const frame = page.locator('[data-chart-id="overview-good-rate-trend"]');
		const table = frame.locator('table');
		expect(await table.isVisible()).toBe(false);
		await frame.getByText('Data table', { exact: true }).click();
		expect(await table.isVisible()).toBe(true);
		expect(await frame.getByText('Hide table', { exact: true }).isVisible()).toBe(true);
		// 2014–2024, and the two derived values listed beside the published ones of their years.
		expect(await table.locator('tbody tr').count()).toBe(13);
		await close();
	});

	test('a chart point shows its tooltip on hover and on keyboard focus', async () => {
		const { page, close } = await openPage(browser, '/en/');
		const frame = page.locator('[data-chart-id="overview-composite-trend"]');
		// The page is not hydrated: its script (/enhance/page.js) fills the page's one tooltip.
		const tip = page.locator('#page-tooltip');
		await frame.locator('.point[data-x="2019"]').hover();
		await expect.poll(() => tip.textContent()).toContain('2019: 2.98');
		// The main chart is drawn tall: bring its last point on screen first, as scrolling closes the tooltip.
		await frame.locator('.point[data-x="2024"]').scrollIntoViewIfNeeded();
		await frame.locator('.point[data-x="2024"]').focus();
		await expect.poll(() => tip.textContent()).toContain('2024: 2.34');
		await close();
	});
});

describe('chart first (issue 15)', () => {
	test('/ opens with its headline figures and its main chart on the first screen at 390×844 and 1440×900', async () => {
		for (const { width, figures, chartVisible } of await firstScreen(browser, '/')) {
			expect(figures, `${width} px`).toBe(4);
			expect(chartVisible, `${width} px`).toBeGreaterThanOrEqual(0.5);
		}
	});
});
