/**
 * Measures what the PowerPoint export costs a reader, and runs it in a browser: bundles, with the
 * repo's Vite, a browser entry that loads src/lib/export/pptx by dynamic import (as a page's
 * download button will), prints each chunk's size, raw and gzipped (the entry chunk is what a page
 * pays up front; the rest loads only when the reader asks for a .pptx), then serves the bundle to
 * Debian's Chromium, builds a deck there (an SVG slide included, so the canvas fallback runs) and
 * checks the file it returns.
 *
 *   npx tsx scripts/pptx-bundle-size.ts [--keep out.pptx]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { build } from 'vite';
import type { DeckSpec } from '../src/lib/export/pptx/spec';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const { values } = parseArgs({ options: { keep: { type: 'string' } } });

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'pptx-bundle-'));
try {
	const entry = join(dir, 'entry.js');
	writeFileSync(
		entry,
		`export async function download(spec) {\n\tconst { buildPptx } = await import(${JSON.stringify(join(root, 'src/lib/export/pptx/index.ts'))});\n\treturn buildPptx(spec);\n}\n`
	);
	await build({
		configFile: false,
		root: dir,
		logLevel: 'warn',
		build: {
			outDir: join(dir, 'out'),
			emptyOutDir: true,
			minify: true,
			target: 'es2022',
			lib: { entry, formats: ['es'], fileName: 'entry' },
			rolldownOptions: { output: { chunkFileNames: '[name]-[hash].js' } }
		}
	});
	const files = readdirSync(join(dir, 'out')).filter((f) => /\.m?js$/.test(f));
	let lazyRaw = 0;
	let lazyGzip = 0;
	for (const file of files.sort()) {
		const bytes = readFileSync(join(dir, 'out', file));
		const gz = gzipSync(bytes, { level: 9 }).length;
		const up = file.startsWith('entry');
		if (!up) {
			lazyRaw += bytes.length;
			lazyGzip += gz;
		}
		console.log(
			`${up ? 'up front' : 'on demand'}  ${file.padEnd(36)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB  ${(gz / 1024).toFixed(1).padStart(6)} KB gzip`
		);
	}
	console.log(`loaded on demand: ${(lazyRaw / 1024).toFixed(1)} KB, ${(lazyGzip / 1024).toFixed(1)} KB gzip`);

	// ---- Run it in Chromium -------------------------------------------------------------------
	const entryFile = files.find((f) => f.startsWith('entry'))!;
	// The site's Content-Security-Policy (svelte.config.js), so the run shows the export needs nothing it forbids.
	const csp =
		"default-src 'self'; script-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'";
	writeFileSync(
		join(dir, 'out', 'main.js'),
		`import { download } from './${entryFile}';\nwindow.download = download;\n`
	);
	writeFileSync(
		join(dir, 'out', 'index.html'),
		`<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><link rel="icon" href="data:,"><script type="module" src="./main.js"></script>`
	);
	const serve = sirv(join(dir, 'out'), { dev: true });
	const server = createServer((req, res) => serve(req, res, () => res.writeHead(404).end()));
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage();
		const requests: string[] = [];
		const errors: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.goto(`${origin}/index.html`);
		const upFront = requests.length;
		const spec: DeckSpec = {
			language: 'zh',
			title: '浏览器里生成',
			slides: [
				{
					title: '综合指数降至2.34',
					chart: { type: 'line', categories: ['2023', '2024'], series: [{ name: '公布值', values: [2.61, 2.34] }] },
					notes: '在浏览器中生成。'
				},
				{
					title: '类别网格',
					chart: {
						type: 'image',
						svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><rect width="200" height="100" fill="#1f5f9e"/><text x="20" y="60" fill="#fff" font-size="30">Ⅱ类</text></svg>',
						alt: '类别网格',
						aspectRatio: 2
					}
				}
			]
		};
		const base64 = await page.evaluate(async (deck) => {
			const bytes: Uint8Array = await (window as unknown as { download: (s: unknown) => Promise<Uint8Array> }).download(
				deck
			);
			let binary = '';
			for (const b of bytes) binary += String.fromCharCode(b);
			return btoa(binary);
		}, spec);
		const bytes = Buffer.from(base64, 'base64');
		if (values.keep) writeFileSync(values.keep, bytes);
		const zip = await JSZip.loadAsync(bytes);
		const slides = Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).length;
		const pngs = await Promise.all(
			Object.keys(zip.files)
				.filter((p) => /^ppt\/media\/.*\.png$/.test(p))
				.map((p) => zip.file(p)!.async('uint8array'))
		);
		const offsite = requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:') && !r.startsWith('blob:'));
		console.log(
			`in Chromium: ${slides} slides, ${bytes.length} bytes; requests: ${upFront} to open the page, ${requests.length - upFront} more to build (${requests
				.slice(upFront)
				.map((r) => r.replace(origin, ''))
				.join(', ')}); PNG fallback ${pngs.map((p) => p.length).join(', ')} bytes`
		);
		if (errors.length || offsite.length || slides !== 2 || pngs.length !== 1 || pngs[0]!.length < 1000)
			throw new Error(
				`the export failed in Chromium: ${JSON.stringify({ errors, offsite, slides, pngs: pngs.map((p) => p.length) })}`
			);
	} finally {
		await browser.close();
		server.close();
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
