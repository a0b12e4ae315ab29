import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launch } from './browser';

/**
 * The JavaScript budget of every page (bench/budgets.json: ≤ 90 KB gzip per page), measured as the
 * benchmark does: every script response while the page loads, until the network is idle. What loads
 * only on a gesture (the map's d3-zoom, the export code) is not counted; map.test.ts checks that
 * d3-zoom stays out until then. A message looked up by key in the browser, a page carrying chart kinds
 * it does not render, or a domain page or the deck hydrated again, shows here first.
 */
const PAGES = [
	'/',
	'/learn/',
	'/learn/worksheet/',
	'/sources/',
	'/data/',
	'/map/',
	'/air/',
	'/water/',
	'/coast/',
	'/litter/',
	'/embed/',
	'/present/',
	'/present/presenter/'
].flatMap((p) => [p, `/en${p}`]);
const BUDGET_KB = 90;
/** Every embed in both languages (build/embed/manifest.json), against the embed budget (≤ 40 KB gzip). */
const EMBEDS = (
	JSON.parse(readFileSync('build/embed/manifest.json', 'utf8')) as {
		charts: { embed: Record<string, string>; languages: string[] }[];
	}
).charts.flatMap((chart) => chart.languages.map((lang) => chart.embed[lang]!));
const EMBED_BUDGET_KB = 40;

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Every script response while the page loads, gzip, in bytes. */
async function scriptBytes(path: string): Promise<number> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const sizes: Record<string, number> = {};
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		pending.push(
			response.body().then((body) => {
				sizes[response.url()] = gzipSync(body).length;
			})
		);
	});
	await page.goto(new URL(path, baseURL()).href, { waitUntil: 'networkidle' });
	await Promise.all(pending);
	const total = Object.values(sizes).reduce((a, b) => a + b, 0);
	console.log(`${path} JavaScript: ${(total / 1024).toFixed(1)} KB gzip in ${Object.keys(sizes).length} files`);
	expect(Object.keys(sizes).length).toBeGreaterThan(0);
	await context.close();
	return total;
}

describe('JavaScript budget', () => {
	test.each(PAGES)(`%s loads at most ${BUDGET_KB} KB of JavaScript (gzip)`, async (path) => {
		expect(await scriptBytes(path)).toBeLessThanOrEqual(BUDGET_KB * 1024);
	});
});

describe('JavaScript budget of the embeds', () => {
	test('the manifest lists embeds', () => {
		expect(EMBEDS.length).toBeGreaterThan(10);
	});
	test.each(EMBEDS)(`%s loads at most ${EMBED_BUDGET_KB} KB of JavaScript (gzip)`, async (path) => {
		expect(await scriptBytes(path)).toBeLessThanOrEqual(EMBED_BUDGET_KB * 1024);
	});
});
