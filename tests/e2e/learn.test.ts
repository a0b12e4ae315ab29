import { beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLEAN, expectClean, sharedBrowser, openPage } from './browser';
import { execFileSync } from 'node:child_process';

let browser: Browser;
beforeAll(async () => {
	browser = await sharedBrowser();
});
const QUIZ = '.quiz';

describe('classroom mode: the map first', () => {
	test.each([
		{ path: '/learn/', caption: '打开或关闭图层' },
		{ path: '/en/learn/', caption: 'Switch layers on and off' }
	])('$path opens on the map, large, with its plain-language caption beside it', async ({ path, caption }) => {
		const { page, problems, close } = await openPage(browser, path, { viewport: { width: 1440, height: 900 } });
		const map = (await page.locator('#map .canvas svg').boundingBox())!;
		const words = (await page.locator('#map .caption').boundingBox())!;
		expect(await page.locator('#map .caption').textContent()).toContain(caption);
		expect(map.width).toBeGreaterThan(800);
		expect(map.y).toBeLessThan(300);
		// Beside the map (to its right), not under it.
		expect(words.x).toBeGreaterThan(map.x + map.width);
		expect(words.y).toBeLessThan(map.y + map.height / 2);
		// The quiz and the explanations come after the map.
		const quiz = (await page.locator('section#quiz').boundingBox())!;
		expect(quiz.y).toBeGreaterThan(map.y + map.height);
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});
});

describe('classroom mode: the quiz', () => {
	test.each([
		{ path: '/learn/', lang: 'zh-CN', right: '正确', score: '1' },
		{ path: '/en/learn/', lang: 'en', right: 'Correct', score: '1' }
	])('$path: a right answer is confirmed and scored, a wrong one shows where it was', async ({ path, lang }) => {
		const { page, problems, close } = await openPage(browser, path, { viewport: { width: 1280, height: 900 } });
		expect(await page.getAttribute('html', 'lang')).toBe(lang);
		const quiz = page.locator(QUIZ);
		await expect.poll(() => quiz.locator('.question').getAttribute('data-question')).toBeTruthy();

		// The right place, clicked on the map.
		const first = await quiz.locator('.question').getAttribute('data-question');
		await quiz.locator(`svg [data-target="${first}"]`).first().click();
		await expect.poll(() => quiz.locator('[data-outcome]').getAttribute('data-outcome')).toBe('correct');
		expect(await quiz.locator('.score').getAttribute('data-correct')).toBe('1');
		expect(await quiz.locator('.score').getAttribute('data-answered')).toBe('1');

		// The next question, answered wrongly from the keyboard-reachable list of choices.
		await quiz.locator('button.next').click();
		const second = await quiz.locator('.question').getAttribute('data-question');
		expect(second).not.toBe(first);
		const wrong = await quiz
			.locator('[data-choice]')
			.evaluateAll((els, answer) => els.map((e) => e.getAttribute('data-choice')).find((id) => id !== answer), second);
		await quiz.locator(`[data-choice="${wrong}"]`).press('Enter');
		await expect.poll(() => quiz.locator('[data-outcome]').getAttribute('data-outcome')).toBe('wrong');
		expect(await quiz.locator('.score').getAttribute('data-correct')).toBe('1');
		expect(await quiz.locator('.score').getAttribute('data-answered')).toBe('2');
		// Feedback marks the right answer and the wrong choice, on the map and in the list.
		expect(await quiz.locator(`[data-choice="${second}"].answer`).count()).toBe(1);
		expect(await quiz.locator(`[data-choice="${wrong}"].chosen`).count()).toBe(1);
		expect(expectClean(problems)).toEqual(CLEAN);
		await close();
	});
});

describe('classroom mode: why a flood season can be worse', () => {
	test.each([
		{ path: '/learn/', heading: '为什么汛期河水的类别会变差', figure: '213/1,048（20.3%）' },
		{
			path: '/en/learn/',
			heading: "Why a river's class can be worse in the flood season",
			figure: '213 of 1,048 (20.3%)'
		}
	])(
		'$path explains it and shows 隘头潭’s figures labelled computed, with their sources',
		async ({ path, heading, figure }) => {
			const { page, problems, close } = await openPage(browser, path);
			const article = page.locator('article#flood');
			expect(await article.locator('h3').textContent()).toBe(heading);
			const data = await article.locator('[data-computed="instantaneous-readings"]').textContent();
			expect(data).toContain(figure);
			expect(await article.textContent()).toMatch(/GB 3838/);
			expect(expectClean(problems)).toEqual(CLEAN);
			await close();
		}
	);

	test.each([
		{ path: '/learn/worksheet/', answer: '汛期更高：20.3%，枯水期6.7%' },
		{ path: '/en/learn/worksheet/', answer: 'The flood season: 20.3%, against 6.7% in the dry season' }
	])('$path asks which season had more readings worse than class III, and answers it', async ({ path, answer }) => {
		const { page, close } = await openPage(browser, path);
		expect(await page.textContent('body')).toContain(answer);
		await close();
	});
});

describe('classroom mode: the printed worksheet', () => {
	test.each(['/learn/worksheet/', '/en/learn/worksheet/'])(
		'%s prints on A4 portrait: the sheet on page 1, the answer key on page 2, nothing wider than the page',
		async (path) => {
			// The viewport is the printable width of A4 portrait with 12 mm margins: 186 mm = 703 CSS px.
			const { page, problems, close } = await openPage(browser, path, { viewport: { width: 703, height: 1000 } });
			await page.emulateMedia({ media: 'print' });
			const report = await page.evaluate(() => {
				const mm = (px: number) => (px * 25.4) / 96;
				const sheet = document.querySelector<HTMLElement>('.sheet')!.getBoundingClientRect();
				const overflow = [...document.querySelectorAll<HTMLElement>('.sheet *:not(svg *)')]
					.filter((el) => {
						const r = el.getBoundingClientRect();
						return r.width > 0 && (r.right > sheet.right + 1 || r.left < sheet.left - 1);
					})
					.map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
				return {
					width: Math.round(mm(sheet.width)),
					overflow,
					map: !!document.querySelector('.sheet svg'),
					controls: getComputedStyle(document.querySelector<HTMLElement>('.controls')!).display
				};
			});
			// A4 portrait is 210 mm wide; with 12 mm margins the printable width is 186 mm.
			expect(report.width).toBeLessThanOrEqual(186);
			expect(report.overflow).toEqual([]);
			expect(report.map).toBe(true);
			expect(report.controls).toBe('none');
			const pdf = await page.pdf({ preferCSSPageSize: true });
			const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length;
			expect(pages).toBe(2);
			expect(expectClean(problems)).toEqual(CLEAN);
			await close();
		}
	);
});

describe('classroom mode: the offline copy', () => {
	test('opened from file:// with no network, the classroom page shows its map and explanations', async () => {
		const out = mkdtempSync(join(tmpdir(), 'offline-'));
		try {
			// The script behind `npm run build:offline`, on the build the tests serve.
			execFileSync(process.execPath, ['scripts/offline.mjs', 'build', out]);
			const context = await browser.newContext({ offline: true });
			const page = await context.newPage();
			const requests: string[] = [];
			page.on('request', (r) => {
				if (!r.url().startsWith('file://') && !r.url().startsWith('data:')) requests.push(r.url());
			});
			const failed: string[] = [];
			page.on('requestfailed', (r) => failed.push(r.url()));
			await page.goto(pathToFileURL(join(out, 'learn', 'index.html')).href);
			expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
			expect(await page.locator('main svg [data-adcode]').count()).toBeGreaterThanOrEqual(6);
			expect(await page.locator('main h1').textContent()).toBeTruthy();
			// Its stylesheet came from disk: the page is styled, not raw HTML.
			expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
			// A link to another page names a file that opens from disk.
			const href = await page.locator('header a[href*="map"]').first().getAttribute('href');
			expect(href).toMatch(/index\.html$/);
			await page.goto(new URL(href!, page.url()).href);
			expect(await page.locator('main svg').count()).toBeGreaterThan(0);
			// The air page shows one year; each other year is its own page, a link that opens from disk.
			await page.goto(pathToFileURL(join(out, 'en', 'air', 'index.html')).href);
			expect(await page.locator('[data-chart-id^="air-daily-calendar-"]:visible').count()).toBe(1);
			const year = page.locator('a[href*="2022/index.html"]').first();
			await page.goto(new URL((await year.getAttribute('href'))!, page.url()).href);
			expect(await page.locator('[data-chart-id="air-daily-calendar-2022"]:visible').count()).toBe(1);
			expect(requests).toEqual([]);
			expect(failed).toEqual([]);
			await context.close();
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});
});
