#!/usr/bin/env node
/**
 * Screenshots of the first screen only (no scrolling) of built pages, at a phone's 390×844 and a
 * desktop's 1440×900, for people to look at (issue 15: the page opens with its figures and main chart).
 * Usage: node scripts/first-screen.mjs <outDir> <path>... — serves `build/` itself.
 * Writes <outDir>/<path-slug>-first-<width>.png. Not a test: nothing is asserted.
 */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startServer } from './serve.mjs';

const [outDir, ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const server = await startServer({ dir: 'build' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1440, height: 900 }
	]) {
		const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
		for (const path of paths) {
			await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
			const slug = path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
			const file = join(outDir, `${slug}-first-${viewport.width}.png`);
			await page.screenshot({ path: file });
			console.log(file);
		}
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}
