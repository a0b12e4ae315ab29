import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launch } from './browser';
import { PAGE_ROWS, PAGES } from './site';

/**
 * The site makes no request to any other origin: no CDN, no web font, no analytics, no map tiles.
 * Every request of every page and embed is recorded (the documents, workers and whatever the page's
 * interactive code loads) and any that leaves the site's origin fails the test. Links to the sources
 * (`<a href>`) are not requests and are allowed.
 */

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** True when a URL is fetched from somewhere other than the site (data: and blob: stay in the page). */
function offsite(url: string, origin: string): boolean {
	const u = new URL(url);
	return !['data:', 'blob:', 'about:'].includes(u.protocol) && u.origin !== origin;
}

describe.concurrent('no request leaves the site’s origin', () => {
	test.each(PAGE_ROWS)('$path', async ({ path }) => {
		const origin = new URL(baseURL()).origin;
		const context = await browser.newContext();
		const requests: string[] = [];
		context.on('request', (request) => requests.push(request.url()));
		const page = await context.newPage();
		page.on('websocket', (ws) => requests.push(ws.url()));
		await page.goto(new URL(path, baseURL()).href, { waitUntil: 'networkidle' });
		// Whatever loads lazily: scroll to the end, hover the chart marks, open the tables.
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		const marks = page.locator('[data-chart-id] [tabindex="0"]:visible');
		for (let i = 0; i < Math.min(await marks.count(), 12); i++) await marks.nth(i).hover({ force: true });
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		await page.waitForLoadState('networkidle');
		await context.close();
		expect(requests.length).toBeGreaterThan(0);
		expect(requests.filter((url) => offsite(url, origin))).toEqual([]);
	});

	test('an off-site request is caught (the check above can fail)', async () => {
		const origin = new URL(baseURL()).origin;
		const context = await browser.newContext({ bypassCSP: true });
		const requests: string[] = [];
		context.on('request', (request) => requests.push(request.url()));
		await context.route('http://example.invalid/**', (route) => route.abort());
		const page = await context.newPage();
		await page.goto(new URL('/', baseURL()).href, { waitUntil: 'networkidle' });
		await page.evaluate(() => {
			const img = document.createElement('img');
			img.src = 'http://example.invalid/pixel.png';
			document.body.append(img);
		});
		await page.waitForLoadState('networkidle');
		await context.close();
		expect(requests.filter((url) => offsite(url, origin))).toEqual(['http://example.invalid/pixel.png']);
	});
});

describe('the built HTML references no other origin for anything it loads', () => {
	test.each(PAGES.map((p) => ({ path: p.path, file: p.file })))('$path', ({ file }) => {
		const source = readFileSync(join(resolve('build'), file), 'utf8');
		// Attributes that make the browser fetch: src, srcset, poster, data, and href on <link> (not <a>).
		const fetched = [
			...[...source.matchAll(/\s(?:src|srcset|poster|data)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]!),
			...[...source.matchAll(/<link\b[^>]*\bhref\s*=\s*"([^"]*)"[^>]*>/gi)]
				.filter((m) => !/\brel\s*=\s*"(?:alternate|canonical)"/i.test(m[0]))
				.map((m) => m[1]!),
			...[...source.matchAll(/url\(\s*['"]?([^'")]+)/gi)].map((m) => m[1]!)
		];
		const external = fetched.filter((url) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim()));
		expect(external).toEqual([]);
	});
});
