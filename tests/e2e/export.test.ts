import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import type { Browser, Page } from 'playwright-core';
import { CLEAN, expectClean, sharedBrowser, openPage } from './browser';
import { readPptx } from '../unit/export/pptx/read';

let browser: Browser;
beforeAll(async () => {
	browser = await sharedBrowser();
});
/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Clicks a menu item of a chart's actions and returns the downloaded file. */
async function downloadFrom(page: Page, chartId: string, item: string): Promise<{ name: string; bytes: Buffer }> {
	const frame = page.locator(`figure[data-chart-id="${chartId}"]`);
	const toggle = frame.locator('.chart-actions .toggle');
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		frame.getByRole('button', { name: item }).click()
	]);
	const path = await download.path();
	return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
}

describe('chart exports', () => {
	test('PNG for slides is 1920×1080; PNG at 2× is twice the SVG export; both are real images', async () => {
		const { page, problems, close } = await openPage(browser, '/', {
			acceptDownloads: true,
			viewport: { width: 1280, height: 900 }
		});
		const slide = await downloadFrom(page, 'overview-composite-trend', 'PNG 图片（幻灯片 1920×1080）');
		expect(slide.name).toBe('overview-composite-trend-1920x1080.png');
		expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 });

		const svg = await downloadFrom(page, 'overview-composite-trend', 'SVG 矢量图');
		const svgText = svg.bytes.toString('utf8');
		const width = Number(/<svg[^>]* width="(\d+)"/.exec(svgText)![1]);
		const height = Number(/<svg[^>]* height="(\d+)"/.exec(svgText)![1]);
		const double = await downloadFrom(page, 'overview-composite-trend', 'PNG 图片（当前尺寸 ×2）');
		expect(double.name).toBe('overview-composite-trend@2x.png');
		expect(pngSize(double.bytes)).toEqual({ width: width * 2, height: height * 2 });
		// The on-screen chart is what was exported: its width plus the 16 px margins.
		const chartWidth = await page.$eval(
			'[data-chart-id="overview-composite-trend"] .chart-body',
			(el) => el.getBoundingClientRect().width
		);
		expect(width).toBe(Math.ceil(chartWidth + 32));

		// The slide PNG has ink on it (the title and the line), not just a blank canvas: decode it in the page.
		const inked = await page.evaluate(async (base64) => {
			const image = new Image();
			image.src = `data:image/png;base64,${base64}`;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.width;
			canvas.height = image.height;
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(image, 0, 0);
			const { data } = ctx.getImageData(0, 0, image.width, 200);
			let dark = 0;
			for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 200) dark++;
			return dark;
		}, slide.bytes.toString('base64'));
		expect(inked).toBeGreaterThan(500);
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});

	test('the SVG is standalone: parses as XML, has the chart’s paths, title and source as text, no external references', async () => {
		const { page, close } = await openPage(browser, '/en/', { acceptDownloads: true });
		const svg = (await downloadFrom(page, 'overview-good-rate-trend', 'SVG (vector)')).bytes.toString('utf8');
		const linePath = await page.$eval('[data-chart-id="overview-good-rate-trend"] .line-chart svg path[stroke]', (el) =>
			el.getAttribute('d')
		);
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			const root = doc.documentElement;
			return {
				error: doc.getElementsByTagName('parsererror').length,
				name: root.localName,
				ns: root.namespaceURI,
				title: root.querySelector('title')?.textContent,
				texts: [...root.querySelectorAll('text')].map((t) => t.textContent),
				paths: [...root.querySelectorAll('path')].map((p) => p.getAttribute('d')),
				fonts: [...root.querySelectorAll('text')].map((t) => t.getAttribute('font-family')),
				classes: root.querySelectorAll('[class*="svelte-"]').length,
				styles: root.querySelectorAll('[style]').length
			};
		}, svg);
		expect(parsed.error).toBe(0);
		expect(parsed.name).toBe('svg');
		expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
		expect(parsed.title).toBe('Share of days with good air');
		expect(parsed.texts).toContain('Share of days with good air');
		expect(parsed.texts.some((t) => t?.startsWith('Sources: '))).toBe(true);
		expect(parsed.texts.some((t) => t?.includes('Data: 2014–2024'))).toBe(true);
		// Every word and number the chart draws on the page (axis ticks, point labels) is in the SVG too.
		const drawn = await page.$$eval('[data-chart-id="overview-good-rate-trend"] .line-chart svg text', (els) =>
			els.map((e) => e.textContent?.trim()).filter((t): t is string => !!t)
		);
		expect(drawn.length).toBeGreaterThan(5);
		expect(parsed.texts).toEqual(expect.arrayContaining(drawn));
		expect(parsed.paths).toContain(linePath);
		expect(new Set(parsed.fonts)).toEqual(
			new Set(['"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif'])
		);
		expect(parsed.classes).toBe(0);
		expect(parsed.styles).toBe(0);
		expect(svg).not.toMatch(/var\(--/);
		expect(svg).not.toMatch(/(href|src)="(https?:)?\/\//);
		expect(svg).not.toMatch(/url\(/);
		// Line colour written as a plain attribute.
		expect(svg).toMatch(/<path[^>]*stroke="#0a5c8f"/);

		// It opens on its own in a browser, Chinese included.
		const zh = await openPage(browser, '/', { acceptDownloads: true });
		const zhSvg = (await downloadFrom(zh.page, 'overview-good-rate-trend', 'SVG 矢量图')).bytes.toString('utf8');
		expect(zhSvg).toContain('空气质量优良天数比例');
		const viewer = await browser.newPage();
		await viewer.setContent(`<img id="i" src="data:image/svg+xml;base64,${Buffer.from(zhSvg).toString('base64')}">`);
		const size = await viewer.$eval('#i', async (img) => {
			await (img as HTMLImageElement).decode();
			return (img as HTMLImageElement).naturalWidth;
		});
		expect(size).toBeGreaterThan(300);
		await viewer.close();
		await zh.close();
		await close();
	});

	test('the CSV is the chart’s data table, UTF-8 with a BOM; the sources come in a separate text file', async () => {
		const { page, close } = await openPage(browser, '/', { acceptDownloads: true });
		const csv = await downloadFrom(page, 'overview-good-rate-trend', 'CSV 数据表');
		expect(csv.name).toBe('overview-good-rate-trend.csv');
		expect(csv.bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
		const rows = csvParseRows(csv.bytes.toString('utf8').slice(1).replace(/\r\n$/, ''));
		const table = await page.$eval('[data-chart-id="overview-good-rate-trend"] table', (t) => [
			[...t.querySelectorAll('thead th')].map((c) => c.textContent!.trim()),
			...[...t.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent!.trim()))
		]);
		expect(rows).toEqual(table);
		expect(rows[0]).toEqual(['年份', '空气质量优良天数比例', '类型', '来源']);
		expect(rows).toContainEqual(['2017', '99.18%', '公布值', '厦门市情（2017）']);

		const source = await downloadFrom(page, 'overview-good-rate-trend', '来源与许可说明（TXT）');
		expect(source.name).toBe('overview-good-rate-trend.source.txt');
		const text = source.bytes.toString('utf8');
		expect(text).toContain('空气质量优良天数比例');
		expect(text).toContain('数据来源:');
		expect(text).toContain('厦门市生态环境局2024年生态环境保护工作总结');
		expect(text).toContain('许可说明:');
		expect(text).toContain('/#overview-good-rate-trend');
		await close();
	});

	test('the menu works from the keyboard and Escape returns to its button', async () => {
		const { page, close } = await openPage(browser, '/en/');
		const frame = page.locator('figure[data-chart-id="overview-composite-trend"]');
		const toggle = frame.locator('.chart-actions .toggle');
		await toggle.focus();
		await page.keyboard.press('Enter');
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('PNG image (slide, 1920×1080)');
		await page.keyboard.press('Escape');
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await page.evaluate(() => document.activeElement?.classList.contains('toggle'))).toBe(true);
		await close();
	});

	test('copy link gives the chart’s anchor on its page; from an embed, the full page', async () => {
		for (const [path, expected] of [
			['/en/', '/en/#overview-composite-trend'],
			['/en/embed/overview-composite-trend/', '/en/#overview-composite-trend']
		] as const) {
			const { page, close } = await openPage(browser, path, { permissions: ['clipboard-read', 'clipboard-write'] });
			const frame = page.locator('figure[data-chart-id="overview-composite-trend"]');
			await frame.locator('.chart-actions .toggle').click();
			await frame.getByRole('button', { name: 'Copy link' }).click();
			await expect.poll(() => frame.getByText('Link copied to the clipboard.').count()).toBe(1);
			const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
			expect(copied.pathname + copied.hash).toBe(expected);
			const embed = frame.getByRole('link', { name: 'Embed this chart' });
			expect(await embed.getAttribute('href')).toBe('/en/embed/?chart=overview-composite-trend');
			await close();
		}
	});

	test('the export code loads only when the menu is opened', async () => {
		const { page, close } = await openPage(browser, '/embed/overview-composite-trend/');
		const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
		const before = await loaded();
		await page.locator('.chart-actions .toggle').click();
		await expect
			.poll(async () => (await loaded()).filter((url) => url.endsWith('.js') && !before.includes(url)).length)
			.toBeGreaterThan(0);
		await close();
	});
});

describe('PowerPoint from a chart’s menu', () => {
	test('a line chart: one slide with its finding, the chart native with its data, the source footnote and the notes; pptxgenjs loads only when asked', async () => {
		const { page, problems, close } = await openPage(browser, '/', {
			acceptDownloads: true,
			viewport: { width: 1280, height: 900 }
		});
		const loaded = () =>
			page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
		const frame = page.locator('figure[data-chart-id="overview-composite-trend"]');
		await frame.locator('.chart-actions .toggle').click();
		expect((await loaded()).filter((p) => p.includes('pptx'))).toEqual([]);
		const file = await downloadFrom(page, 'overview-composite-trend', 'PowerPoint演示文稿（.pptx）');
		expect(file.name).toBe('overview-composite-trend.pptx');
		expect((await loaded()).filter((p) => p.includes('pptx'))).toEqual(['/enhance/pptx.js', '/present/pptx-zh.json']);
		const deck = await readPptx(file.bytes);
		expect(deck.slides).toHaveLength(1);
		const slide = deck.slides[0]!;
		// The finding as the title (as the chart's slide has it), the data as a native line chart.
		const catalogue = (await (await page.request.get(new URL('/present/pptx-zh.json', page.url()).href)).json()) as {
			slides: { id: string; spec: { title: string; notes: string; sources?: string[] } }[];
		};
		const spec = catalogue.slides.find((s) => s.id === 'overview-composite-trend')!.spec;
		expect(slide.title?.paragraphs.join('').replace(/\s+/g, '')).toBe(spec.title.replace(/\s+/g, ''));
		expect(slide.title?.paragraphs.join('')).toMatch(/\d/);
		expect(slide.notes.join('\n')).toBe(spec.notes);
		expect(slide.notes.length).toBeGreaterThan(0);
		expect(slide.chart?.type).toBe('line');
		expect(slide.chart!.categories).toContain('2024');
		const values = slide.chart!.series.flatMap((s) => s.values).filter((v) => v !== null);
		expect(values).toContain(2.34);
		const footnote = slide.shapes.find((s) => s.name === 'Sources');
		expect(footnote?.paragraphs.join('')).toContain(spec.sources![0]!);
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});

	test('a chart that is not a line or bar chart (the reservoirs’ class grid), from an embed: the chart as a picture', async () => {
		const { page, problems, close } = await openPage(browser, '/en/embed/water-reservoir-classes/', {
			acceptDownloads: true,
			viewport: { width: 800, height: 900 }
		});
		const file = await downloadFrom(page, 'water-reservoir-classes', 'PowerPoint (.pptx)');
		const deck = await readPptx(file.bytes);
		expect(deck.slides).toHaveLength(1);
		const slide = deck.slides[0]!;
		expect(slide.chart).toBeUndefined();
		expect(slide.picture?.svg).toContain('<svg');
		expect(slide.title?.paragraphs.join('')).not.toBe('');
		expect(slide.notes.length).toBeGreaterThan(0);
		expect(slide.shapes.find((s) => s.name === 'Sources')?.paragraphs.join('')).toMatch(/^Sources: /);
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});
});

describe('data catalogue', () => {
	test('every dataset downloads as CSV (BOM, parses) and JSON', async () => {
		const { page, problems, close } = await openPage(browser, '/en/data/');
		const links = await page.$$eval('.downloads a', (as) => as.map((a) => a.getAttribute('href')!));
		expect(links.length).toBeGreaterThanOrEqual(30);
		for (const href of links) {
			const response = await page.request.get(new URL(href, page.url()).href);
			expect(response.status(), href).toBe(200);
			const body = await response.body();
			if (href.endsWith('.csv')) {
				expect(body.subarray(0, 3).toString('hex'), href).toBe('efbbbf');
				const rows = csvParseRows(body.toString('utf8').slice(1).replace(/\r\n$/, ''));
				// A header and rows; the suspect hourly values may be none (then the header alone).
				expect(rows.length, href).toBeGreaterThan(href.endsWith('/air-hourly-suspect.csv') ? 0 : 1);
				expect(new Set(rows.map((r) => r.length)).size, href).toBe(1);
			} else {
				expect(() => JSON.parse(body.toString('utf8')), href).not.toThrow();
			}
		}
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});
});
