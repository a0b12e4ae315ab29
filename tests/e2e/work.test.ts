/**
 * The work page (/work/, /en/work/) in the built site: every work figure of data/work.csv as a card with
 * its quote one click away (without JavaScript), the document's qualifiers, the pairs of work and result
 * side by side, the links to it, and a phone's width. The site-wide gates (axe, contrast, CSP, no
 * off-site requests, hostile URLs) cover it through the page inventory (tests/e2e/site.ts).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { CLEAN, expectClean, sharedBrowser, openPage } from './browser';
import { DECK } from '../../src/lib/present/config';
import { WORK_PART_LIST } from '../../src/lib/work/parts';

/** The work figures as the build published them (npm run build writes them first). */
const generated = JSON.parse(readFileSync('src/lib/generated/dataset.json', 'utf8'));
const work: { year: number; id: string; quote: string; valueZh: string; figureMetric: string | null }[] =
	generated.work.filter((w: { year: number }) => w.year === 2024);
const figures: { year: number; metric: string; scope: string; quote: string }[] = generated.figures;
/** A row's quote: its own, or for a reference row (`figure_metric`) the published figure's. */
const quoteOf = (w: (typeof work)[number]) =>
	w.figureMetric === null
		? w.quote
		: figures.find((f) => f.year === w.year && f.metric === w.figureMetric && f.scope === 'city')!.quote;

let browser: Browser;
beforeAll(async () => {
	browser = await sharedBrowser();
});
describe('the work page', () => {
	test.each([
		{
			path: '/work/',
			lang: 'zh-CN',
			h1: '2024年生态环境保护工作',
			texts: [
				'67个工作数字，12个类别',
				'477个项目告知承诺制审批，节约14,310个工作日',
				'港区岸电使用量逾1,000万千瓦时，同比增长133%',
				'投诉总量下降13.1%，但仍有逾4,000件',
				'历史最佳',
				'全省最好水平',
				'文件这一部分只用文字叙述工作',
				'477个项目告知承诺制审批，节约14,310个工作日；争取上级资金16,053万元'
			]
		},
		{
			path: '/en/work/',
			lang: 'en',
			h1: 'Environmental protection work in 2024',
			texts: [
				'67 work figures in 12 categories',
				'477 projects approved on commitment, 14,310\u00a0working days saved',
				'CNY\u00a0160.53\u00a0million from higher levels of government for 20 projects',
				'Complaints down 13.1%, but still more than 4,000; repeat complaints down 22.37%',
				'best on record',
				'best in Fujian',
				'The document describes this work in words only',
				'3 rounds of the Blue Sky campaign, 75 boilers cleaned up, shore power up 133%'
			]
		}
	])('$path renders in its language with the work figures and no errors', async ({ path, lang, h1, texts }) => {
		const { page, problems, close } = await openPage(browser, path);
		expect(await page.getAttribute('html', 'lang')).toBe(lang);
		expect(await page.textContent('h1')).toBe(h1);
		const body = (await page.textContent('main'))!;
		for (const text of texts) expect(body, text).toContain(text);
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});

	test.each(['/work/', '/en/work/'])(
		'%s is not hydrated: its one script is the site’s small page script',
		async (path) => {
			const { page, close } = await openPage(browser, path);
			const scripts = await page.locator('script').evaluateAll((els) => els.map((e) => e.getAttribute('src')));
			expect(scripts).toEqual([expect.stringMatching(/\/enhance\/page\.js$/)]);
			await close();
		}
	);

	test('with JavaScript disabled, the petitions chart is drawn, with its text alternative and its data table', async () => {
		const { page, close } = await openPage(browser, '/work/', { javaScriptEnabled: false });
		const frame = page.locator('#complaints_participation [data-chart-id="work-inspection-petitions"]');
		const svg = frame.locator('svg').first();
		expect(await svg.getAttribute('aria-label')).toContain('517件');
		expect(await frame.locator('table tbody tr').count()).toBe(3);
		expect(await frame.locator('table').textContent()).toContain('507');
		await close();
	});

	test('every work figure of data/work.csv has one card (its anchor) with its exact quote, the figure as written marked', async () => {
		const { page, close } = await openPage(browser, '/en/work/');
		const anchored = await page.locator('article.work-figure[id]').evaluateAll((els) => els.map((e) => e.id));
		expect(anchored.sort()).toEqual(work.map((w) => `figure-${w.id}`).sort());
		for (const w of work) {
			const card = page.locator(`#figure-${w.id}`);
			expect(await card.locator('blockquote').textContent(), w.id).toBe(quoteOf(w));
			if (!w.figureMetric) expect(await card.locator('blockquote mark').textContent(), w.id).toBe(w.valueZh);
		}
		await close();
	});

	test('with JavaScript disabled, a figure’s quote, qualifier and note open with one click', async () => {
		const { page, close } = await openPage(browser, '/en/work/', { javaScriptEnabled: false });
		const card = page.locator('#figure-shore-power');
		expect(await card.locator('.big-value').textContent()).toBe('more than 10\u00a0million\u00a0kWh');
		expect(await card.locator('.badge').textContent()).toBe('first time');
		const quote = card.locator('blockquote');
		expect(await quote.isVisible()).toBe(false);
		await card.getByText('Original wording').click();
		expect(await quote.isVisible()).toBe(true);
		expect(await quote.getAttribute('lang')).toBe('zh-CN');
		const opened = (await card.locator('details').textContent())!;
		expect(opened).toContain('突破1000万度');
		expect(opened).toContain('1\u00a0万千瓦时 = 10,000\u00a0kWh');
		expect(opened).toContain('首次');
		expect(await card.locator('details a').getAttribute('href')).toBe('/en/sources/#eeb-2024-summary');
		await close();
	});

	test('a pair shows the work and its results side by side on a wide screen, stacked on a phone', async () => {
		for (const [width, sideBySide] of [
			[1440, true],
			[390, false]
		] as const) {
			const { page, close } = await openPage(browser, '/work/', { viewport: { width, height: 900 } });
			const pair = page.locator('#pair-sea-cleaning-area');
			const work = (await pair.locator('.work-figure').boundingBox())!;
			const result = (await pair.locator('.result[data-metric="floating_litter_density"]').boundingBox())!;
			expect(Math.abs(work.y - result.y) < 2, `${width}`).toBe(sideBySide);
			expect(result.y > work.y + work.height, `${width}`).toBe(!sideBySide);
			expect(await pair.locator('.result .badge').textContent()).toBe('全省最好水平');
			expect(await pair.locator('.more a').getAttribute('href')).toBe('/litter/');
			await close();
		}
	});

	test('at 390 px nothing scrolls sideways, no card’s content spills out, and the numbers are large', async () => {
		for (const path of ['/work/', '/en/work/']) {
			const { page, close } = await openPage(browser, path, { viewport: { width: 390, height: 800 } });
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
			const spilled = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('.work-figure, .result')]
					.filter((card) => card.scrollWidth > card.clientWidth)
					.map((card) => card.dataset.figure ?? card.dataset.metric)
			);
			expect(spilled, path).toEqual([]);
			const sizes = await page
				.locator('.big-value .number')
				.evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
			expect(Math.min(...sizes), path).toBeGreaterThanOrEqual(28);
			await close();
		}
	});

	test('no card’s content spills out at 1440 px either', async () => {
		const { page, close } = await openPage(browser, '/en/work/', { viewport: { width: 1440, height: 900 } });
		const spilled = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.work-figure, .result')]
				.filter((card) => card.scrollWidth > card.clientWidth)
				.map((card) => card.dataset.figure ?? card.dataset.metric)
		);
		expect(spilled).toEqual([]);
		await close();
	});
});

describe('links to the work page', () => {
	test.each([
		{ path: '/', href: '/work/', label: '工作' },
		{ path: '/en/', href: '/en/work/', label: 'Work' }
	])('$path links to it from the main navigation and the page', async ({ path, href, label }) => {
		const { page, close } = await openPage(browser, path);
		expect(await page.locator(`nav a[href="${href}"]`).textContent()).toBe(label);
		expect(await page.locator(`main a[data-work-link][href="${href}"]`).count()).toBe(1);
		await close();
	});

	test('the navigation marks the work page as the current one', async () => {
		const { page, close } = await openPage(browser, '/en/work/');
		expect(await page.locator('nav a[aria-current="page"]').getAttribute('href')).toBe('/en/work/');
		await close();
	});
});

/** The parts of the year's work as the build published them (each one slide and one embed). */
const embedManifest: {
	charts: { id: string; kind: string; embed: Record<'zh' | 'en', string>; page: Record<'zh' | 'en', string> }[];
} = JSON.parse(readFileSync('build/embed/manifest.json', 'utf8'));
const workEmbeds = embedManifest.charts.filter((c) => c.kind === 'figures');

describe('the work as embeds and slides', () => {
	test('every work figure is in one embed of the manifest, each linking to its group on the work page', async () => {
		expect(workEmbeds.length).toBe(WORK_PART_LIST.length);
		expect(workEmbeds.map((c) => c.id)).toEqual(WORK_PART_LIST.map((p) => p.id));
		const shown: string[] = [];
		const noScript = await openPage(browser, '/', { javaScriptEnabled: false });
		for (const chart of workEmbeds) {
			await noScript.page.goto(new URL(chart.embed.zh, noScript.page.url()).href, { waitUntil: 'load' });
			shown.push(
				...(await noScript.page
					.locator('[data-figure]')
					.evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')!)))
			);
		}
		await noScript.close();
		expect(shown.sort()).toEqual(work.map((w) => w.id).sort());
		// The "full page" link lands on the part's first group.
		const { page, close } = await openPage(browser, workEmbeds[1]!.page.en);
		const anchor = new URL(workEmbeds[1]!.page.en, 'http://x').hash.slice(1);
		expect(await page.locator(`#${anchor} [data-figure]`).count()).toBeGreaterThan(0);
		await close();
	});

	test.each(['/embed/', '/en/embed/'])(
		'%s…: at 390 px each embed is its figures, under 1,000 px tall, nothing sideways, text readable',
		async (prefix) => {
			const { page, close } = await openPage(browser, '/', { viewport: { width: 390, height: 800 } });
			for (const chart of workEmbeds) {
				const path = prefix === '/embed/' ? chart.embed.zh : chart.embed.en;
				await page.goto(new URL(path, page.url()).href, { waitUntil: 'load' });
				const { height, width, smallest, quotes } = await page.evaluate(() => ({
					height: Math.ceil(document.body.getBoundingClientRect().height),
					width: document.documentElement.scrollWidth,
					smallest: Math.min(
						...[...document.querySelectorAll('.figures-chart text')].map((t) => {
							const svg = t.closest('svg')!;
							const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
							return parseFloat(getComputedStyle(t).fontSize) * scale;
						})
					),
					quotes: document.querySelectorAll('details.table-toggle td').length
				}));
				expect(height, path).toBeLessThanOrEqual(1000);
				expect(width, path).toBeLessThanOrEqual(390);
				expect(smallest, path).toBeGreaterThanOrEqual(11.5);
				expect(quotes, path).toBeGreaterThan(0);
			}
			await close();
		}
	);

	test.each([
		{ path: '/present/', locale: 'zh' as const },
		{ path: '/en/present/', locale: 'en' as const }
	])(
		'$path: the deck’s work slides show each figure as a tile with its value; the PowerPoint spec has them as text',
		async ({ path, locale }) => {
			const { page, close } = await openPage(browser, path, { viewport: { width: 1920, height: 1080 } });
			const slides = DECK.slides.filter((s) => s.kind === 'work');
			expect(slides.length).toBeGreaterThan(0);
			for (const slide of slides) {
				const tiles = page.locator(`[data-slide="${slide.id}"] .tile[data-figure]`);
				const ids = await tiles.evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')));
				expect(ids.length, slide.id).toBeGreaterThan(0);
				for (const id of ids) expect(work.map((w) => w.id)).toContain(id);
				expect(await page.locator(`[data-slide="${slide.id}"] .big-value .number`).count(), slide.id).toBe(ids.length);
			}
			// The PowerPoint catalogue (every slide of the slide catalogue, by id): the deck's work slides in it.
			const catalogue = JSON.parse(readFileSync(`build/present/pptx-${locale}.json`, 'utf8')) as {
				slides: { id: string; spec: { subtitle?: string; figures?: { value: string }[]; notes?: string } }[];
			};
			const workSpecs = catalogue.slides
				.filter((s) => slides.some((d) => d.id === s.id))
				.map((s) => s.spec)
				.filter((s) => s.subtitle?.startsWith(locale === 'zh' ? '2024年工作' : 'Work in 2024'));
			expect(workSpecs).toHaveLength(slides.length);
			for (const s of workSpecs) {
				expect(s.figures!.length).toBeGreaterThan(0);
				expect(s.notes).toMatch(locale === 'zh' ? /原文：“/ : /The document: “/);
			}
			await close();
		}
	);
});
