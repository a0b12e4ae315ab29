#!/usr/bin/env node
/**
 * Builds the islands: the Svelte components that the pages with real application state (/map/, /learn/)
 * hydrate on their own, without SvelteKit's client (those pages set `csr = false`). Each island's entry,
 * src/lib/enhance/islands/<island>.ts, hydrates its component on the prerendered markup (see
 * src/lib/enhance/islands/hydrate.ts) with the props the page wrote beside it as JSON.
 *
 * Built once per language into static/enhance/<locale>/ (<island>.js and shared chunks/), with
 * Paraglide's `experimentalStaticLocale` set to that language: each page loads the messages of its own
 * language only, not both. Bundled and minified by Vite (Svelte compiled by vite-plugin-svelte with the
 * project's svelte.config.js, so scoped class names match the prerendered markup); the components' CSS is
 * dropped (the page already has it). Not committed: `vite build` and `vite dev` write it first (the
 * `enhanceScripts` plugin in vite.config.ts), after scripts/build-enhance.mjs.
 * Usage: node scripts/build-islands.mjs
 */
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'src/lib/enhance/islands');
const OUT = join(ROOT, 'static/enhance');

export const ISLAND_LOCALES = /** @type {const} */ (['zh', 'en']);
/** The islands: entry file name (without .ts) → what it hydrates. */
export const ISLANDS = { map: 'the map page’s map', learn: 'the classroom page’s map and quiz' };

/**
 * Paraglide's runtime with a fixed locale: every message function then picks one language, and the
 * minifier drops the other language's text.
 * @param {string} locale
 * @returns {import('vite').Plugin}
 */
const staticLocale = (locale) => ({
	name: 'xiamen-static-locale',
	enforce: 'pre',
	transform(code, id) {
		if (!id.includes('/paraglide/')) return null;
		const out = code
			.replace(
				'export const experimentalStaticLocale = undefined;',
				`export const experimentalStaticLocale = ${JSON.stringify(locale)};`
			)
			.replaceAll('experimentalStaticLocale ?? options.locale ?? getLocale()', JSON.stringify(locale));
		return out === code ? null : { code: out, map: null };
	}
});

/** The components' CSS is in the prerendered page already. @returns {import('vite').Plugin} */
const dropCss = () => ({
	name: 'xiamen-drop-css',
	generateBundle(_, bundle) {
		for (const name of Object.keys(bundle)) if (name.endsWith('.css')) delete bundle[name];
	}
});

/**
 * What SvelteKit's `$app/paths` gives a component: the site lives at the origin's root.
 * @returns {import('vite').Plugin}
 */
const appPaths = () => ({
	name: 'xiamen-app-paths',
	resolveId: (/** @type {string} */ id) => (id === '$app/paths' ? '\0app-paths' : null),
	load: (/** @type {string} */ id) =>
		id === '\0app-paths' ? 'export const base = ""; export const assets = "";' : null
});

/** Builds the islands in both languages; returns their files' sizes in bytes (raw and gzip -9). */
export async function buildIslands() {
	for (const locale of ISLAND_LOCALES) {
		await build({
			configFile: false,
			root: ROOT,
			logLevel: 'warn',
			publicDir: false,
			mode: 'production',
			resolve: { alias: { $lib: join(ROOT, 'src/lib') } },
			plugins: [staticLocale(locale), appPaths(), svelte({ emitCss: true }), dropCss()],
			build: {
				outDir: join(OUT, locale),
				emptyOutDir: true,
				copyPublicDir: false,
				modulePreload: false,
				sourcemap: process.env.SOURCEMAP === '1',
				minify: process.env.MINIFY !== '0',
				reportCompressedSize: false,
				target: 'es2022',
				rolldownOptions: {
					input: Object.fromEntries(Object.keys(ISLANDS).map((name) => [name, join(SOURCE, `${name}.ts`)])),
					preserveEntrySignatures: false,
					checks: { pluginTimings: false },
					output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' }
				}
			}
		});
	}
	/** @param {string} dir @returns {string[]} */
	const walk = (dir) =>
		readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
	return ISLAND_LOCALES.flatMap((l) => walk(join(OUT, l))).map((file) => {
		const bytes = readFileSync(file);
		return { file: relative(ROOT, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
	});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	for (const s of await buildIslands())
		console.log(
			`${s.file.padEnd(44)} ${(s.raw / 1024).toFixed(1).padStart(5)} KB, ${(s.gzip / 1024).toFixed(1).padStart(4)} KB gzip`
		);
}
