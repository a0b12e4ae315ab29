import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launch } from './browser';
import { PAGES } from './site';

/**
 * Pages loaded with hostile query strings and hashes: nothing from the URL may end up as markup or
 * run as script, and the page must still work (no console error, no exception, no dialog).
 * The payloads set `window.__pwned` rather than calling alert, so a payload that runs is caught even
 * if dialogs were suppressed.
 */

const RUN = 'window.__pwned=1';
/** Several payloads per URL (different parameter names), so each page needs only a few loads. */
const SUFFIXES = [
	`?year=<script>${RUN}</script>&id='><svg onload=${RUN}>&chart=javascript:${RUN}&date=2023-02-30` +
		`&station=__proto__&__proto__[polluted]=1&constructor[prototype][polluted]=1#<img src=x onerror="${RUN}">`,
	`?year="><img src=x onerror="${RUN}">&p=%E0%A4%A&lang=en&locale=xx&embed=1` +
		`#year=<script>${RUN}</script>&p="><svg onload=${RUN}>`,
	`?year=${'9'.repeat(5000)}&x=\u202e2023\u200f&pollutant=toString#javascript:${RUN}`
];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe.concurrent('hostile query strings and hashes', () => {
	// One context per page; every suffix is a fresh navigation (a hash-only change would not reload).
	test.each(PAGES.map((p) => ({ path: p.path })))('$path', async ({ path }) => {
		const context = await browser.newContext();
		const problems: string[] = [];
		const page = await context.newPage();
		page.on('dialog', (dialog) => {
			problems.push(`dialog: ${dialog.message()}`);
			void dialog.dismiss();
		});
		page.on('console', (msg) => {
			if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
		for (const suffix of SUFFIXES) {
			await page.goto('about:blank');
			await page.goto(new URL(path, baseURL()).href + suffix, { waitUntil: 'networkidle' });
			const state = await page.evaluate(() => ({
				pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
				polluted: ({} as Record<string, unknown>).polluted ?? null,
				injected: document.querySelectorAll('img[src="x"], img[onerror], svg[onload], [onerror], [onload]').length,
				scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
				content: (document.querySelector('main, [data-chart-id]') ?? document.body).textContent?.trim() ?? ''
			}));
			expect(state, suffix).toMatchObject({ pwned: 0, polluted: null, injected: 0, scripts: 0 });
			expect(state.content.length, `${suffix}: the page still renders`).toBeGreaterThan(0);
		}
		await context.close();
		expect(problems).toEqual([]);
	});
});
