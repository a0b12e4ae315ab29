#!/usr/bin/env node
/**
 * Measures the JavaScript each embed loads up front: the gzip size (level 9) of every script its
 * prerendered HTML loads (<script src>: the embed's own scripts; <link rel="modulepreload">: what
 * SvelteKit imports to hydrate a page; none for embeds, which are not hydrated), per embed in
 * build/embed/manifest.json, with the largest files named — and the code loaded later (the export code, when the menu opens). Usage: node scripts/embed-size.mjs [budgetKB=40]
 * Run `npm run build` first. Prints a table; exits 0 (a measurement, not a test).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve, dirname } from 'node:path';

const budget = Number(process.argv[2] ?? 40) * 1024;
const build = resolve('build');
const manifest = JSON.parse(readFileSync(join(build, 'embed/manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** What a chunk mostly is, from the names it contains (the build has no source maps). */
function guess(file) {
	const text = readFileSync(file, 'utf8');
	if (text.includes('site_title') && text.includes('nav_overview')) return 'Paraglide messages (all of them)';
	if (text.includes('layercake')) return 'chart code (LayerCake, d3, components)';
	if (text.includes('sveltekit') || text.includes('__sveltekit')) return 'SvelteKit client';
	if (/hydrat/i.test(text) && text.length > 30000) return 'Svelte runtime';
	return '';
}

const seen = new Map();
for (const chart of manifest.charts) {
	for (const lang of chart.languages) {
		const page = join(build, chart.embed[lang], 'index.html');
		const html = readFileSync(page, 'utf8');
		// Modules SvelteKit preloads (a hydrated page), and <script src> (the embed's own scripts).
		const refs = [
			...[...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload">/g)].map((m) => m[1]),
			...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1])
		];
		const files = [...new Set(refs)].map((ref) =>
			ref.startsWith('/') ? join(build, ref) : resolve(dirname(page), ref)
		);
		const sizes = files.map((f) => ({ file: f, size: gz(f) })).sort((a, b) => b.size - a.size);
		const total = sizes.reduce((s, x) => s + x.size, 0);
		for (const s of sizes) seen.set(s.file, s.size);
		console.log(
			`${chart.embed[lang].padEnd(44)} ${String(files.length).padStart(3)} files  ${kb(total).padStart(9)}  ${total <= budget ? 'within' : 'OVER'} ${kb(budget)}`
		);
		if (chart === manifest.charts[0] && lang === 'zh') {
			for (const s of sizes.slice(0, 6))
				console.log(`    ${kb(s.size).padStart(9)}  ${s.file.replace(build, '')}  ${guess(s.file)}`);
		}
	}
}
const chunks = join(build, '_app/immutable/chunks');
const lazy = readdirSync(chunks)
	.map((f) => join(chunks, f))
	.filter((f) => !seen.has(f) && readFileSync(f, 'utf8').includes('image/svg+xml'))
	.concat([join(build, 'enhance/export.js')].filter((f) => existsSync(f) && !seen.has(f)));
for (const f of lazy) console.log(`loaded when the chart menu opens: ${kb(gz(f))}  ${f.replace(build, '')}`);
