import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Browser, Frame, Page } from 'playwright-core';
import { CLEAN, baseURL, expectClean, goto, sharedBrowser, openPage, PagePool, watchProblems } from './browser';
import { startHost } from './hosts';
import type { EmbedManifest } from '../../src/lib/embed/manifest';
import { TEMPLATE_ROWS } from './site';
import { embedHeightLimit, measureInPage, TARGETS } from '../../bench/layout';

let browser: Browser;
let host: Awaited<ReturnType<typeof startHost>>;
let other: Awaited<ReturnType<typeof startHost>>;
/** Reused pages without JavaScript (browser.ts `PagePool`), for the drawing of each chart kind. */
let noScript: PagePool;

beforeAll(async () => {
	browser = await sharedBrowser();
	noScript = new PagePool(browser, { javaScriptEnabled: false });
	// Two more origins: the third-party host page, and another party inside it that forges messages.
	other = await startHost({});
	host = await startHost({ SITE: new URL(baseURL()).origin, OTHER: '' });
	host.setReplacement('OTHER', other.origin);
});
afterAll(async () => {
	await noScript?.close();
	await host?.close();
	await other?.close();
});

const manifest = (): EmbedManifest => JSON.parse(readFileSync('build/embed/manifest.json', 'utf8'));

/** The embed iframes of the host page, with their frames. */
async function embeds(page: Page) {
	const ids = ['chart-a', 'chart-b', 'chart-c'];
	return Promise.all(
		ids.map(async (id) => {
			const element = (await page.$(`#${id}`))!;
			const frame = (await element.contentFrame())!;
			return { id, element, frame };
		})
	);
}

/** The iframe's height on the host, and its content's height inside. */
async function heights(page: Page, frame: Frame, id: string) {
	const outer = await page.$eval(`#${id}`, (el) => el.getBoundingClientRect().height);
	const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
	return { outer, inner };
}

async function waitFitted(page: Page, list: Awaited<ReturnType<typeof embeds>>) {
	for (const { id, frame } of list) {
		await expect
			.poll(async () => {
				const h = await heights(page, frame, id);
				return Math.abs(h.outer - h.inner) <= 1 && h.inner > 200;
			})
			.toBe(true);
	}
}

describe('embeds on a third-party page', () => {
	test('the loader fits three embeds to their content, at any host width', async () => {
		const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(host.origin + '/', { waitUntil: 'networkidle' });
		const list = await embeds(page);
		await waitFitted(page, list);
		const wide = await Promise.all(list.map(({ id, frame }) => heights(page, frame, id)));

		await page.setViewportSize({ width: 340, height: 800 });
		await waitFitted(page, list);
		const narrow = await Promise.all(list.map(({ id, frame }) => heights(page, frame, id)));
		// At 340 px the text wraps and the drawing scales down: every embed's height changes, follows its
		// content (the iframe is as tall as the page in it) and nothing is cut off.
		narrow.forEach((h, i) => {
			expect(h.outer).not.toBe(wide[i]!.outer);
			expect(Math.abs(h.outer - h.inner)).toBeLessThanOrEqual(2);
		});
		for (const { frame } of list) {
			const overflow = await frame.evaluate(
				() => document.documentElement.scrollHeight - document.documentElement.clientHeight
			);
			expect(overflow).toBeLessThanOrEqual(1);
		}

		// Opening a chart's data table makes its embed grow.
		const before = await heights(page, list[0]!.frame, 'chart-a');
		await list[0]!.frame.locator('details.table-toggle summary').click();
		await expect.poll(async () => (await heights(page, list[0]!.frame, 'chart-a')).outer).toBeGreaterThan(before.outer);
		await waitFitted(page, [list[0]!]);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('the embed also speaks Pym.js when given a childId', async () => {
		const context = await browser.newContext({ viewport: { width: 800, height: 800 } });
		const page = await context.newPage();
		await page.goto(host.origin + '/', { waitUntil: 'networkidle' });
		const list = await embeds(page);
		await waitFitted(page, list);
		const height = await page.$eval('#chart-c', (el) => Math.round(el.getBoundingClientRect().height));
		const pym = await page.evaluate(() =>
			(window as unknown as { received: { data: unknown }[] }).received
				.map((r) => r.data)
				.filter((d): d is string => typeof d === 'string' && d.startsWith('pymxPYMx'))
		);
		expect(pym).toContain(`pymxPYMxchart-cxPYMxheightxPYMx${height}`);
		// Our own message, in its documented shape.
		const ours = await page.evaluate(() =>
			(window as unknown as { received: { data: { type?: string } }[] }).received
				.map((r) => r.data)
				.filter((d) => typeof d === 'object' && d?.type === 'xiamen-dashboard:height')
		);
		expect(ours).toContainEqual({
			type: 'xiamen-dashboard:height',
			id: 'overview-composite-trend',
			height: expect.any(Number),
			version: 1
		});
		await context.close();
	});

	test('forged messages change nothing: another origin, another window, or a bad shape', async () => {
		const context = await browser.newContext({ viewport: { width: 800, height: 800 } });
		const page = await context.newPage();
		await page.goto(host.origin + '/', { waitUntil: 'networkidle' });
		const list = await embeds(page);
		await waitFitted(page, list);
		const snapshot = () =>
			page.$$eval('iframe[data-xiamen-embed]', (els) => els.map((el) => el.getBoundingClientRect().height));
		const before = await snapshot();

		// 1. A page of a third origin inside the host.
		const forger = (await (await page.$('#third-party'))!.contentFrame())!;
		await forger.evaluate(() => (window as unknown as { forge: (h: number) => void }).forge(4321));
		// 2. A page of the dashboard's own origin that is not the embed's iframe.
		const sameOrigin = (await (await page.$('#same-origin-other'))!.contentFrame())!;
		await sameOrigin.evaluate(() =>
			parent.postMessage(
				{ type: 'xiamen-dashboard:height', id: 'overview-composite-trend', height: 4321, version: 1 },
				'*'
			)
		);
		// 3. The host's own window.
		await page.evaluate(() =>
			window.postMessage(
				{ type: 'xiamen-dashboard:height', id: 'overview-composite-trend', height: 4321, version: 1 },
				'*'
			)
		);
		// 4. The real embed's window, but malformed messages.
		const embed = list[0]!.frame;
		await embed.evaluate(() => {
			for (const height of [1e9, -5, 0, 500.5, '500', null, Number.NaN, Infinity])
				parent.postMessage({ type: 'xiamen-dashboard:height', id: 'x', height, version: 1 }, '*');
			parent.postMessage({ type: 'xiamen-dashboard:height', id: 'x', height: 500, version: 2 }, '*');
			parent.postMessage({ type: 'other', height: 500, version: 1 }, '*');
			parent.postMessage('<img src=x onerror=alert(1)>', '*');
		});
		// A valid message sent last, from the real embed, proves the others were processed (messages are
		// delivered in order) and that a right one still works.
		await embed.evaluate(() =>
			parent.postMessage({ type: 'xiamen-dashboard:height', id: 'x', height: 777, version: 1 }, '*')
		);
		await expect.poll(() => page.$eval('#chart-a', (el) => el.getBoundingClientRect().height)).toBe(777);
		const after = await snapshot();
		expect(after.slice(1)).toEqual(before.slice(1));
		expect(await page.$$eval('img', (els) => els.length)).toBe(0);
		await context.close();
	});
});

/**
 * Embeds that issue 15's other work reshapes (the map, the stations' small multiples, the Fujian ranking):
 * the layout bench reports them; this check takes them on when that work lands.
 */
const NOT_YET = new Set(['map-xiamen', 'air-stations-2023-01-20', 'water-fujian-ranking']);

describe('every embed in the manifest', () => {
	test('the manifest lists every chart with both languages, sizes and URLs', () => {
		const m = manifest();
		expect(m.version).toBe(1);
		expect(m.charts.length).toBeGreaterThanOrEqual(2);
		for (const chart of m.charts) {
			expect(chart.languages).toEqual(['zh', 'en']);
			expect(chart.embed).toEqual({ zh: `/embed/${chart.id}/`, en: `/en/embed/${chart.id}/` });
			expect(chart.title.zh).toMatch(/\p{Script=Han}/u);
			expect(chart.title.en.length).toBeGreaterThan(0);
			expect(chart.title.en).not.toBe(chart.title.zh);
			expect(chart.size.width).toBeGreaterThanOrEqual(300);
			expect(chart.page.en.startsWith('/en/')).toBe(true);
		}
	});

	// Every embed in both languages, from its built HTML: what a reader gets before any script runs. That
	// each one then runs its script without a problem and gets its actions menu is checked on every page
	// by the visit of every-page.test.ts; the drawing without JavaScript, in Chromium, once per chart kind
	// below.
	test.each(
		manifest().charts.flatMap((chart) => chart.languages.map((lang) => ({ path: chart.embed[lang], chart, lang })))
	)(
		'$path prerenders: no site navigation, noindex, canonical, the chart, its table, one source line',
		({ path, chart, lang }) => {
			const { document } = new JSDOM(readFileSync(join('build', path, 'index.html'), 'utf8')).window;
			expect(document.documentElement.getAttribute('lang'), path).toBe(lang === 'zh' ? 'zh-CN' : 'en');
			expect(document.querySelectorAll('header.site-header, nav, footer.site-footer').length, path).toBe(0);
			expect(document.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBe('noindex');
			expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(path);
			const frame = document.querySelector(`figure[data-chart-id="${chart.id}"]`)!;
			expect(frame, path).not.toBeNull();
			// The chart's name above its finding (the title that states what the data shows).
			expect(frame.querySelector('.chart-name')?.textContent, path).toContain(chart.title[lang]);
			expect(frame.querySelector('.chart-title')?.textContent?.trim().length, path).toBeGreaterThan(0);
			// Drawn marks: lines (paths), bars and cells (rects), points and stations (circles).
			expect(frame.querySelectorAll('svg :is(path, rect, circle)').length, path).toBeGreaterThan(0);
			expect(frame.querySelectorAll('details.table-toggle').length, path).toBe(1);
			expect(frame.querySelectorAll('.source-line').length, path).toBe(1);
			const full = document.querySelector('.embed-footer a');
			expect(full?.getAttribute('href'), path).toBe(chart.page[lang]);
			expect(full?.getAttribute('target')).toBe('_blank');
		}
	);

	test.concurrent.each(TEMPLATE_ROWS.filter((row) => row.template.startsWith('embed:')))(
		'$path ($template), JavaScript off: the chart is drawn, and only the unused module preloads fail',
		async ({ path }) => {
			await noScript.use(async (page) => {
				const problems = watchProblems(page);
				await goto(page, new URL(path, baseURL()).href, { javaScript: false });
				// The drawing (the largest svg of the frame; legends have small ones) is laid out at a readable size.
				const area = await page.$$eval('figure[data-chart-id] svg', (svgs) =>
					Math.max(...svgs.map((svg) => svg.getBoundingClientRect().width * svg.getBoundingClientRect().height))
				);
				expect(area, path).toBeGreaterThan(10_000);
				// Issue 15: at 390 px the embed is the chart — at most 1,000 px tall (a year's calendar 1,300) and at
				// least 40 % chart, as the layout bench measures it (bench/layout.ts). The bench measures every
				// embed in both languages; here one per kind. Not yet for the embeds other work of issue 15 changes.
				const id = path.split('/').at(-2)!;
				if (!NOT_YET.has(id)) {
					await page.setViewportSize({ width: 390, height: 844 });
					const layout = await page.evaluate(measureInPage);
					expect(layout.height, path).toBeLessThanOrEqual(embedHeightLimit(path));
					expect(layout.chart, path).toBeGreaterThanOrEqual(TARGETS.embedChart);
				}
				expect(
					problems.failedRequests.every((url) => url.endsWith('.js')),
					path
				).toBe(true);
				expect({ ...expectClean(problems), failedRequests: [] }, path).toEqual(CLEAN);
			});
		}
	);

	test('the link to the full page lands on the chart', async () => {
		const chart = manifest().charts[0]!;
		const { page, close } = await openPage(browser, chart.page.en);
		expect(await page.locator(`#${chart.id}`).count()).toBe(1);
		await close();
	});
});

describe('embed options from the query string', () => {
	test('theme=dark sets dark colours before the first paint, and plain hides the title block', async () => {
		const { page, problems, close } = await openPage(browser, '/en/embed/overview-composite-trend/?theme=dark&plain=1');
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(await page.getAttribute('html', 'data-plain')).toBe('');
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).toBe('rgb(18, 27, 34)');
		const title = page.locator('.chart-title');
		expect((await title.boundingBox())!.width).toBeLessThanOrEqual(1);
		// The dark theme lightens the series colour.
		const stroke = await page.$eval('.line-chart svg path[stroke]', (el) => getComputedStyle(el).stroke);
		expect(stroke).toBe('rgb(98, 182, 234)');
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});

	test('with JavaScript off, the boot script is off too and the embed is in the light theme', async () => {
		const { page, close } = await openPage(browser, '/embed/overview-composite-trend/?theme=dark', {
			javaScriptEnabled: false
		});
		expect(await page.getAttribute('html', 'data-theme')).toBeNull();
		await close();
	});

	test('lang=en on a Chinese embed goes to the English embed and keeps the other options', async () => {
		const { page, close } = await openPage(browser, '/embed/overview-composite-trend/?lang=en&theme=dark');
		await page.waitForURL(
			(url) => url.pathname === '/en/embed/overview-composite-trend/' && url.search === '?theme=dark'
		);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		await close();
	});

	test('hostile and malformed values fall back to the defaults; nothing is injected', async () => {
		const hostile = encodeURIComponent('"><script>window.__pwned=1</script>');
		const path = `/embed/overview-composite-trend/?theme=${hostile}&plain=${hostile}&lang=${hostile}&year=99999&childId=${hostile}`;
		const { page, problems, close } = await openPage(browser, path);
		expect(await page.getAttribute('html', 'data-theme')).toBe('light');
		expect(await page.getAttribute('html', 'data-plain')).toBeNull();
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		expect(await page.locator('.chart-title').isVisible()).toBe(true);
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});
});

describe('the embed builder', () => {
	test('choices live in the URL, the back button restores them, and the code is ready to paste', async () => {
		const { page, problems, close } = await openPage(browser, '/en/embed/?chart=overview-good-rate-trend');
		const select = page.getByLabel('Chart');
		await expect.poll(() => select.inputValue()).toBe('overview-good-rate-trend');
		const iframe = page.locator('.preview iframe');
		expect(await iframe.getAttribute('src')).toBe('/en/embed/overview-good-rate-trend/');
		// Each change loads a new preview; let it finish before the next (else its requests are aborted).
		const ready = async (src: string) => {
			await expect.poll(() => iframe.getAttribute('src')).toBe(src);
			await iframe.contentFrame().locator('.chart-actions .toggle').waitFor();
			const frame = await (await iframe.elementHandle())!.contentFrame();
			await frame!.waitForLoadState('networkidle');
			await page.waitForLoadState('networkidle');
		};

		await page.getByLabel('Dark').check();
		await page.waitForURL(/theme=dark/);
		await ready('/en/embed/overview-good-rate-trend/?theme=dark');
		expect(await iframe.getAttribute('src')).toBe('/en/embed/overview-good-rate-trend/?theme=dark');
		const code = await page.locator('.code textarea').inputValue();
		const origin = new URL(baseURL()).origin;
		expect(code).toContain(`src="${origin}/en/embed/overview-good-rate-trend/?theme=dark"`);
		expect(code).toContain('data-xiamen-embed');
		expect(code).toContain(`<script src="${origin}/embed/loader.js" async></script>`);

		await select.selectOption('overview-composite-trend');
		await page.waitForURL((url) => url.searchParams.get('chart') === null);
		await ready('/en/embed/overview-composite-trend/?theme=dark');

		await page.goBack({ waitUntil: 'commit' });
		await expect.poll(() => select.inputValue()).toBe('overview-good-rate-trend');
		await ready('/en/embed/overview-good-rate-trend/?theme=dark');
		await page.goBack({ waitUntil: 'commit' });
		await expect.poll(() => page.getByLabel('Dark').isChecked()).toBe(false);
		await ready('/en/embed/overview-good-rate-trend/');

		// The preview is sized by the loader, like on a host page.
		await expect
			.poll(async () => Math.round((await iframe.boundingBox())!.height))
			.toBe(
				await iframe
					.contentFrame()
					.locator('body')
					.evaluate((b) => Math.ceil(b.getBoundingClientRect().height) + 2)
			);

		await page.getByLabel('Slide (1280×720)').check();
		await expect.poll(() => page.locator('.code textarea').inputValue()).toContain('width="1280" height="720"');
		await ready('/en/embed/overview-good-rate-trend/');
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});

	test('copy uses the clipboard', async () => {
		const { page, close } = await openPage(browser, '/en/embed/', {
			permissions: ['clipboard-read', 'clipboard-write']
		});
		await page.getByRole('button', { name: 'Copy code' }).click();
		await expect.poll(() => page.getByText('Copied to the clipboard.').count()).toBe(1);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await page.locator('.code textarea').inputValue());
		await close();
	});

	test('an invalid builder URL falls back to the defaults', async () => {
		const { page, problems, close } = await openPage(
			browser,
			'/en/embed/?chart=%3Cscript%3E&theme=neon&plain=perhaps&size=huge&lang=fr'
		);
		await expect.poll(() => page.getByLabel('Chart').inputValue()).toBe(manifest().charts[0]!.id);
		expect(await page.getByLabel('Light').isChecked()).toBe(true);
		expect(await page.getByLabel('English').isChecked()).toBe(true);
		expect(await page.locator('.preview iframe').getAttribute('src')).toBe(`/en/embed/${manifest().charts[0]!.id}/`);
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});
});
