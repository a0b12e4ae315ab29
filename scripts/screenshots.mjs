#!/usr/bin/env node
/**
 * Takes full-page screenshots of built pages in Debian's Chromium, for people to look at.
 * Usage: node scripts/screenshots.mjs <outDir> <baseUrl> <path>... [--widths 390,1440]
 * Writes <outDir>/<path-slug>-<width>.png. Not a test: nothing is asserted.
 */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const args = process.argv.slice(2);
const widthsArg = args.indexOf('--widths');
const widths = widthsArg >= 0 ? args.splice(widthsArg, 2)[1].split(',').map(Number) : [390, 1440];
// --split H: also cut the full page into slices H pixels tall (long phone pages are easier to read).
const splitArg = args.indexOf('--split');
const split = splitArg >= 0 ? Number(args.splice(splitArg, 2)[1]) : 0;
const [outDir, baseUrl, ...paths] = args;
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const path of paths) {
	for (const width of widths) {
		const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
		page.on('console', (msg) => msg.type() === 'error' && console.error(`[console] ${path}: ${msg.text()}`));
		await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
		const slug = path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
		const file = join(outDir, `${slug}-${width}.png`);
		await page.screenshot({ path: file, fullPage: true });
		console.log(file);
		if (split > 0) {
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			for (let y = 0, i = 0; y < height; y += split, i++) {
				const part = file.replace(/\.png$/, `-part${i}.png`);
				await page.screenshot({
					path: part,
					fullPage: true,
					clip: { x: 0, y, width, height: Math.min(split, height - y) }
				});
				console.log(part);
			}
		}
		await page.close();
	}
}
await browser.close();
