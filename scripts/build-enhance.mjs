#!/usr/bin/env node
/**
 * Builds the one script of each kind of page that is not hydrated (see src/lib/enhance/PageScript.svelte)
 * from its TypeScript entry in src/lib/enhance/scripts/ into static/enhance/, which SvelteKit copies
 * into build/enhance/:
 *
 *   page.js       module of the home and domain pages: year tabs, and what every chart gets (tooltips,
 *                 calendar keys, the actions menus) (page.ts)
 *   embed.js      module of the embeds: view options, links, auto-height, and what every chart gets (embed.ts)
 *   deck.js       module of the meeting deck (/present/): slides, keys, hash, presenter sync (deck.ts)
 *   build.js      module of the deck builder (/present/build/): move buttons, the deck's address (build.ts)
 *   presenter.js  module of the presenter view: previews, notes, timer (presenter.ts)
 *   export.js     module loaded by the others when a chart's menu is first opened: PNG, SVG, CSV (export.ts)
 *   pptx.js       module loaded when a PowerPoint download is asked for: the deck's button, a chart's menu (pptx.ts)
 *   boot.js       classic script, render-blocking in the embed's <head>: theme, plain, lang (boot.ts)
 *
 * (static/embed/loader.js, the host's loader, is hand-written and committed.)
 *
 * Bundled and minified with Rolldown (Vite's bundler, installed with it). The output is reproducible
 * (no hashes, no dates) and not committed: every `vite build` (so `npm run build` and `npm test`) and
 * `vite dev` writes it first (the `enhanceScripts` plugin in vite.config.ts).
 * Usage: node scripts/build-enhance.mjs [--quiet]
 */
import { build } from 'rolldown';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'src/lib/enhance/scripts');
const OUT = join(ROOT, 'static/enhance');

/** @param {string} what */
const banner = (what) =>
	`/*! Xiamen Environment Dashboard: ${what}. Built from src/lib/enhance/ by scripts/build-enhance.mjs. */`;

/** @type {{ entry: string, file: string, what: string, format?: import('rolldown').ModuleFormat, oneFile?: boolean }[]} */
export const ENHANCE_BUNDLES = [
	{ entry: 'page.ts', file: 'page.js', what: 'year tabs, tooltips, calendar keys, menus of the pages' },
	{ entry: 'embed.ts', file: 'embed.js', what: 'tooltips, menu, auto-height, options of an embed' },
	{ entry: 'deck.ts', file: 'deck.js', what: 'the meeting deck: slides, keys, presenter sync' },
	{ entry: 'build.ts', file: 'build.js', what: 'the deck builder: move buttons, the deck’s address' },
	{ entry: 'presenter.ts', file: 'presenter.js', what: 'the presenter view: previews, notes, timer' },
	{ entry: 'export.ts', file: 'export.js', what: 'chart exports (loaded on first use)' },
	// One file: its own lazy imports (pptxgenjs's, the PNG fallback's) are inlined.
	{ entry: 'pptx.ts', file: 'pptx.js', what: 'decks and charts as PowerPoint (loaded on first use)', oneFile: true },
	{
		entry: 'boot.ts',
		file: 'boot.js',
		what: 'theme, plain and lang of an embed before the first paint',
		format: 'iife'
	}
];

/** Builds the bundles; returns their sizes in bytes (raw and gzip -9). */
export async function buildEnhanceScripts() {
	/** @type {import('rolldown').BuildOptions[]} */
	const options = ENHANCE_BUNDLES.map((b) => ({
		input: join(SOURCE, b.entry),
		platform: 'browser',
		logLevel: 'warn',
		tsconfig: false,
		output: {
			file: join(OUT, b.file),
			format: b.format ?? 'esm',
			minify: true,
			banner: banner(b.what),
			sourcemap: false,
			...(b.oneFile ? { codeSplitting: false } : {})
		}
	}));
	await build(options);
	return ENHANCE_BUNDLES.map((b) => {
		const bytes = readFileSync(join(OUT, b.file));
		return { file: `static/enhance/${b.file}`, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
	});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const sizes = await buildEnhanceScripts();
	if (!process.argv.includes('--quiet'))
		for (const s of sizes)
			console.log(
				`${s.file.padEnd(22)} ${(s.raw / 1024).toFixed(1).padStart(5)} KB, ${(s.gzip / 1024).toFixed(1).padStart(4)} KB gzip`
			);
}
