import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CLEAN, expectClean, firstScreen, sharedBrowser, openPage } from './browser';
import { TOOLTIP_TARGETS } from '../../src/lib/enhance/tooltip';

/** The registry and the figures as the build published them (npm run build writes them first). */
const generated = JSON.parse(readFileSync('src/lib/generated/dataset.json', 'utf8'));
const sources: { id: string }[] = generated.sources;
const figures: { sourceId: string; metric: string; year: number }[] = generated.figures;

let browser: Browser;
beforeAll(async () => {
	browser = await sharedBrowser();
});
const PAGES = [
	{
		path: '/water/',
		lang: 'zh-CN',
		h1: '流域水质',
		texts: [
			'四个100%',
			'坂头-石兜水库',
			'来源不一致',
			'隘头潭',
			'33.3%（推算）',
			'劣Ⅴ类',
			'氨氮',
			'隘头潭（12.5%）在49个排名的站中排第27'
		],
		charts: [
			'water-reservoir-classes',
			'water-trophic-states',
			'water-excellent-share',
			'water-function-zone-compliance',
			'water-aitoutan-readings',
			'water-aitoutan-months',
			'water-aitoutan-seasons',
			'water-aitoutan-limiting',
			'water-aitoutan-agreement',
			'water-aitoutan-tp',
			'water-aitoutan-do',
			'water-jiulong-seasons',
			'water-fujian-ranking'
		]
	},
	{
		path: '/en/water/',
		lang: 'en',
		h1: 'Rivers and reservoirs',
		texts: [
			"'four 100%'",
			'Bantou–Shidou Reservoir',
			'Sources disagree',
			'Aitoutan',
			'33.3% (derived)',
			'worse than class V',
			'Aitoutan (12.5%) is No. 27 of 49 ranked stations'
		],
		charts: [
			'water-reservoir-classes',
			'water-trophic-states',
			'water-excellent-share',
			'water-function-zone-compliance',
			'water-aitoutan-readings',
			'water-aitoutan-months',
			'water-aitoutan-seasons',
			'water-aitoutan-limiting',
			'water-aitoutan-agreement',
			'water-aitoutan-tp',
			'water-aitoutan-do',
			'water-jiulong-seasons',
			'water-fujian-ranking'
		]
	},
	{
		path: '/coast/',
		lang: 'zh-CN',
		h1: '近岸海域',
		texts: ['91.7%', '412个', '84.2%由公布的变化推算', '不是海水水质类别', '劣四类', '西海域', '福建省（背景）'],
		charts: ['coast-excellent-ratios', 'coast-sea-area-status']
	},
	{
		path: '/en/coast/',
		lang: 'en',
		h1: 'Coastal water',
		texts: [
			'91.7%',
			'412',
			'84.2%derived from a published change',
			'not seawater classes',
			'worse than 4',
			'western sea area'
		],
		charts: ['coast-excellent-ratios', 'coast-sea-area-status']
	},
	{
		path: '/litter/',
		lang: 'zh-CN',
		h1: '海漂垃圾',
		texts: ['51.06', '平方米/公里', '约3,000吨/年', '逾100吨', '约80%', '230平方公里', '约470,000吨'],
		charts: ['litter-density-trend', 'litter-cleaning-area', 'litter-sources-share']
	},
	{
		path: '/en/litter/',
		lang: 'en',
		h1: 'Marine floating litter',
		texts: ['51.06', 'm²/km', 'about 3,000\u00a0t a year', 'more than 100\u00a0t', 'about 80%', '230\u00a0km²'],
		charts: ['litter-density-trend', 'litter-cleaning-area', 'litter-sources-share']
	},
	{
		path: '/sources/',
		lang: 'zh-CN',
		h1: '数据来源',
		texts: ['网址未记录', '可信度高', '以此为依据的内容'],
		charts: []
	},
	{
		path: '/en/sources/',
		lang: 'en',
		h1: 'Sources',
		texts: ['address was not recorded', 'high reliability'],
		charts: []
	}
];

describe('water, coast, litter and sources pages', () => {
	test.each(PAGES)(
		'$path renders in its language, with its figures and no errors',
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

	test.each(PAGES)('$path fits a 390 px phone without sideways scrolling', async ({ path }) => {
		const { page, close } = await openPage(browser, path, { viewport: { width: 390, height: 800 } });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await close();
	});

	/**
	 * The domain pages are not hydrated: each chart is drawn once (at 340 px) and scaled. Its text must
	 * read at about its drawn size on a phone and never grow past 1.5 times on a wide screen — except the
	 * page's main chart beside its headline figures (Opening.svelte), drawn larger there, up to 1.75 times.
	 */
	test.each([
		{ path: '/air/', width: 390, min: 0.9, max: 1.1 },
		{ path: '/en/water/', width: 412, min: 0.9, max: 1.1 },
		{ path: '/en/coast/', width: 1440, min: 1, max: 1.5 },
		{ path: '/litter/', width: 1440, min: 1, max: 1.5 }
	])('$path at $width px: every chart is drawn at $min–$max times its size', async ({ path, width, min, max }) => {
		const { page, close } = await openPage(browser, path, { viewport: { width, height: 900 } });
		const scales = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('[style*="--ssr-aspect"]')]
				.filter((el) => el.offsetParent !== null)
				.map((el) => ({
					main: el.closest('[data-main-chart]') !== null,
					scale: el.clientWidth / parseFloat(el.style.getPropertyValue('--ssr-aspect'))
				}))
		);
		expect(scales.length).toBeGreaterThan(0);
		for (const { main, scale } of scales) {
			expect(scale).toBeGreaterThanOrEqual(min);
			expect(scale).toBeLessThanOrEqual(main && width >= 1440 ? 1.75 : max);
		}
		await close();
	});

	// /en/coast/: its main chart's five-line legend sits under the plot on a phone, so the chart is on the first screen.
	test.each(['/coast/', '/en/coast/', '/en/water/'])(
		'%s opens with its headline figures and its main chart on the first screen at 390×844 and 1440×900',
		async (path) => {
			for (const { width, figures, chartVisible } of await firstScreen(browser, path)) {
				expect(figures, `${width} px`).toBeGreaterThanOrEqual(2);
				expect(chartVisible, `${width} px`).toBeGreaterThanOrEqual(0.5);
			}
		}
	);

	test.each([
		{ path: '/water/', layers: ['districts', 'water'], subtitle: '本图图层：行政区 · 水库、河流与湖泊' },
		{ path: '/en/coast/', layers: ['districts', 'sea'], subtitle: 'Layers shown: Districts · Sea areas' },
		{ path: '/litter/', layers: ['sea', 'litter'], subtitle: '本图图层：海域 · 海漂垃圾' },
		{
			// The embed's compact legend has the layers with classes; marine litter is its badge on the map
			// (checked below), its figures in the badge's tooltip and on /map/.
			path: '/en/embed/map-xiamen/',
			layers: ['districts', 'stations', 'water', 'sea'],
			// The compact embed has no subtitle: its legend names the layers.
			subtitle: null
		}
	])(
		'$path: its map (not hydrated) offers no control it cannot work; its legend and subtitle name the layers drawn',
		async ({ path, layers, subtitle }) => {
			const { page, close } = await openPage(browser, path);
			const map = page.locator('[data-map-id="map-xiamen"]');
			// Its features (the sea and litter badges are buttons) show and pin tooltips through the page's script.
			expect(await map.locator('select, input, button:not([data-feature])').count()).toBe(0);
			expect(await map.locator(TOOLTIP_TARGETS).count()).toBeGreaterThan(0);
			const listed = await map
				.locator('.map-legend section[data-layer]')
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-layer')));
			expect(listed).toEqual(layers);
			if (path.includes('/embed/')) expect(await map.locator('[data-feature="litter"]').count()).toBe(1);
			const subtitles = page.locator('[data-chart-id="map-xiamen"] .subtitle');
			if (subtitle === null) expect(await subtitles.count()).toBe(0);
			else expect(await subtitles.textContent()).toBe(subtitle);
			await close();
		}
	);

	test.each(PAGES.filter((p) => p.charts.length > 0))(
		'$path: with JavaScript disabled, every chart is already drawn with its text alternative',
		async ({ path, charts }) => {
			const { page, close } = await openPage(browser, path, { javaScriptEnabled: false });
			// Some charts sit in a closed disclosure ("more charts"): a native <details>, which opens without
			// script. Open them all, so each chart's drawn size is measured as the reader sees it.
			await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
			for (const id of charts) {
				const svg = page.locator(`[data-chart-id="${id}"] svg.layercake-layout-svg`);
				expect(await svg.count(), id).toBe(1);
				expect((await svg.getAttribute('aria-label'))?.length, id).toBeGreaterThan(10);
				const marks = await svg.locator('.cell, .point, .bar').count();
				expect(marks, id).toBeGreaterThan(0);
				expect((await svg.boundingBox())!.width, id).toBeGreaterThan(200);
			}
			await close();
		}
	);
});

describe('the 隘头潭 charts beyond its classes (issue 16), prerendered with their tables', () => {
	test.each([
		{
			path: '/water/',
			rank: '27. 隘头潭（2,448条）',
			gap: '2022年8月',
			limit: 'Ⅲ类限值 0.2',
			more: '另外7幅图表',
			causes: '两种类别不一致的24条读数，按原因：参数恰在发布值的类别限值上（监测网按未修约的值评价）10条'
		},
		{
			path: '/en/water/',
			rank: '27. 隘头潭 (2,448)',
			gap: 'Aug 2022',
			limit: 'class III limit 0.2',
			more: '7 more charts',
			causes: 'The 24 readings where the two differ, by cause: a parameter exactly on a class limit as published'
		}
	])('$path: limits drawn as labelled lines, gaps as gaps, every station ranked with its readings', async (c) => {
		const { page, close } = await openPage(browser, c.path, { javaScriptEnabled: false });
		const rows = (id: string) =>
			page
				.locator(`[data-chart-id="${id}"] table tbody tr`)
				.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((td) => td.textContent!.trim())));
		// Total phosphorus: 31 months × 2 series, August 2022 without a value in either (no reading that month).
		const tp = await rows('water-aitoutan-tp');
		expect(tp).toHaveLength(62);
		const august = tp.filter((r) => r[1] === c.gap);
		expect(august).toHaveLength(2);
		for (const r of august) expect(r[2]).not.toMatch(/\d/);
		expect(await page.locator('[data-chart-id="water-aitoutan-tp"] svg.layercake-layout-svg').textContent()).toContain(
			c.limit
		);
		// The ranking: 52 stations, 隘头潭 27th with its 2,448 readings.
		const ranking = await rows('water-fujian-ranking');
		expect(ranking).toHaveLength(52);
		expect(ranking[26]).toEqual([c.rank, '12.5%']);
		// The Jiulong River's 7 stations and 隘头潭, flood and dry season.
		const jiulong = await rows('water-jiulong-seasons');
		expect(jiulong.map((r) => r[0])).toHaveLength(8);
		expect(jiulong.at(-1)).toEqual(['隘头潭', '20.3%', '6.7%']);
		// The network's class beside the recomputed one: the disagreements by cause, in the chart's notes.
		expect(await page.locator('[data-chart-id="water-aitoutan-agreement"]').textContent()).toContain(c.causes);
		// "More charts" says how many charts it holds.
		const more = page.locator('#aitoutan details.more-charts');
		expect(await more.locator('figure[data-chart-id]').count()).toBe(7);
		expect(await more.locator('summary').first().textContent()).toContain(c.more);
		await close();
	});
});

/** The page's one tooltip: these pages are not hydrated, and their script (/enhance/page.js) fills it. */
const tip = (page: Page) => page.locator('#page-tooltip');

describe('chart interactions', () => {
	test('class grid: a cell shows its tooltip on hover and on keyboard focus', async () => {
		const { page, close } = await openPage(browser, '/en/water/');
		const frame = page.locator('[data-chart-id="water-reservoir-classes"]');
		await frame.locator('.row[data-row="bantou-shidou-reservoir"] .cell[data-year="2019"]').hover();
		await expect.poll(() => tip(page).textContent()).toContain('2019: class II');
		expect(await tip(page).textContent()).toContain("Disagrees with a later 'first time' claim");
		await frame.locator('.row[data-row="xinglin-bay-reservoir"] .cell[data-year="2015"]').focus();
		await expect.poll(() => tip(page).textContent()).toContain('2015: worse than class V');
		await page.keyboard.press('Escape');
		await expect.poll(() => tip(page).isVisible()).toBe(false);
		await close();
	});

	test('multi-trend: a marker shows its tooltip on hover and by → from the previous one (the chart is one Tab stop)', async () => {
		const { page, close } = await openPage(browser, '/en/coast/');
		const frame = page.locator('[data-chart-id="coast-excellent-ratios"]');
		// The derived 2023 marker lies under the other series' 2023 marker: the nearest one still wins.
		const marker = frame.locator('.points[data-series="coastal_excellent_area_pct"] .point[data-x="2023"] path');
		await marker.scrollIntoViewIfNeeded();
		const box = (await marker.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await expect.poll(() => tip(page).textContent()).toContain('2023: 84.2%derived from a published change');
		await frame.locator('.points[data-series="coastal_excellent_area_pct"] .point[data-x="2021"]').focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => tip(page).textContent()).toContain('2023: 84.2%derived from a published change');
		await close();
	});

	test('share bars: a bar shows its tooltip on keyboard focus and on hover', async () => {
		const { page, close } = await openPage(browser, '/litter/');
		const frame = page.locator('[data-chart-id="litter-sources-share"]');
		await frame.locator('.bar[data-metric="litter_share_from_jiulong_pct_approx"]').focus();
		await expect.poll(() => tip(page).textContent()).toContain('约80%');
		await frame.locator('.bar[data-metric="litter_plant_stem_share_pct"]').hover();
		await expect.poll(() => tip(page).textContent()).toContain('95%');
		await close();
	});

	test('the data-table toggle opens the class grid’s table', async () => {
		const { page, close } = await openPage(browser, '/en/water/');
		const frame = page.locator('[data-chart-id="water-reservoir-classes"]');
		const table = frame.locator('table');
		expect(await table.isVisible()).toBe(false);
		await frame.getByText('Data table', { exact: true }).click();
		expect(await table.isVisible()).toBe(true);
		expect(await table.locator('tbody tr').count()).toBe(6);
		expect(await table.locator('thead th').allTextContents()).toEqual([
			'Water body',
			'2015',
			'2018',
			'2019',
			'2024',
			'Source'
		]);
		await close();
	});
});

describe('the sources page', () => {
	test('lists every registry id as an anchor, and every figure’s source resolves to one', async () => {
		const { page, close } = await openPage(browser, '/sources/');
		const anchors = await page.locator('article.source').evaluateAll((els) => els.map((e) => e.id));
		expect([...anchors].sort()).toEqual(sources.map((s) => s.id).sort());
		for (const id of new Set(figures.map((f) => f.sourceId))) expect(anchors, id).toContain(id);
		await close();
	});

	test('/sources/#<id> opens at that source', async () => {
		const { page, close } = await openPage(browser, '/en/sources/#eeb-2024-summary');
		const target = page.locator('#eeb-2024-summary');
		expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
		expect(await target.locator('h3').textContent()).toBe('厦门市生态环境局2024年生态环境保护工作总结');
		await close();
	});

	test('a figure’s "shown on" link leads to the page that shows it', async () => {
		const { page, close } = await openPage(browser, '/en/sources/');
		const link = page.locator('#litter-2016-dnw .page-link').first();
		expect(await link.getAttribute('href')).toBe('/en/litter/');
		await link.click();
		await page.waitForURL('**/en/litter/');
		expect(await page.textContent('main')).toContain('more than 100\u00a0t');
		await close();
	});
});
