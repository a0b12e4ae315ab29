#!/usr/bin/env node
/**
 * Builds the own scripts of the pages that are not hydrated (see src/lib/embed/Unhydrated.svelte) from
 * their TypeScript sources (src/lib/embed/client/, src/lib/present/client/) into static/embed/, which
 * SvelteKit copies into build/embed/:
 *
 *   embed.js   module: view options, links, auto-height, tooltips, the actions menu (main.ts)
 *   page.js    module of the domain pages, not hydrated either: tooltips, calendar keys, year tabs,
 *              the actions menus (page.ts)
 *   export.js  module loaded by embed.js when the menu is first opened: PNG, SVG, CSV (export.ts)
 *   deck.js    module of the meeting deck (/present/): slides, keys, hash, presenter sync (present/client/deck.ts)
 *   presenter.js  module of the presenter view: previews, notes, timer, sync (present/client/presenter.ts)
 *
 *   boot.js    classic script, render-blocking in the embed's <head>: theme, plain, lang (boot.ts)
 *
 * (static/embed/loader.js, the host's loader, is hand-written and committed.)
 *
 * Bundled and minified with Rolldown (Vite's bundler, installed with it). The output is reproducible
 * (no hashes, no dates) and not committed: every `vite build` (so `npm run build` and `npm test`) and
 * `vite dev` writes it first (the `embedScripts` plugin in vite.config.ts).
 * Usage: node scripts/build-embed.mjs [--quiet]
 */
import { build } from 'rolldown';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'src/lib');
const OUT = join(ROOT, 'static/embed');

/** @param {string} what */
const banner = (what) =>
	`/*! Xiamen Environment Dashboard embed: ${what}. Built from src/lib/embed/client/ by scripts/build-embed.mjs. */`;

/** @type {{ entry: string, file: string, what: string, format?: import('rolldown').ModuleFormat }[]} */
export const EMBED_BUNDLES = [
	{
		entry: 'embed/client/boot.entry.ts',
		file: 'boot.js',
		what: 'theme, plain and lang before the first paint',
		format: 'iife'
	},
	{ entry: 'embed/client/main.ts', file: 'embed.js', what: 'tooltips, menu, auto-height, options' },
	{
		entry: 'embed/client/page.ts',
		file: 'page.js',
		what: 'tooltips, year tabs, menus of the pages that are not hydrated'
	},
	{ entry: 'embed/client/export.ts', file: 'export.js', what: 'chart exports (loaded on first use)' },
	{ entry: 'present/client/deck.ts', file: 'deck.js', what: 'the meeting deck: slides, keys, presenter sync' },
	{ entry: 'present/client/presenter.ts', file: 'presenter.js', what: 'the presenter view: previews, notes, timer' }
];

/** Builds the bundles; returns their sizes in bytes (raw and gzip -9). */
export async function buildEmbedScripts() {
	/** @type {import('rolldown').BuildOptions[]} */
	const options = EMBED_BUNDLES.map((b) => ({
		input: join(SOURCE, b.entry),
		platform: 'browser',
		logLevel: 'warn',
		tsconfig: false,
		output: {
			file: join(OUT, b.file),
			format: b.format ?? 'esm',
			minify: true,
			banner: banner(b.what),
			sourcemap: false
		}
	}));
	await build(options);
	return EMBED_BUNDLES.map((b) => {
		const bytes = readFileSync(join(OUT, b.file));
		return { file: `static/embed/${b.file}`, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
	});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const sizes = await buildEmbedScripts();
	if (!process.argv.includes('--quiet'))
		for (const s of sizes)
			console.log(
				`${s.file.padEnd(22)} ${(s.raw / 1024).toFixed(1).padStart(5)} KB, ${(s.gzip / 1024).toFixed(1).padStart(4)} KB gzip`
			);
}
