/**
 * `npm run bench [-- --no-build] [--check] [--runs N] [--only PATH…] [--import] [--markdown]`
 *
 * Page weight and speed of every built page and embed (discovered from build/: every index.html and
 * the embed manifest) in headless Chromium under a mid-range phone profile (bench/budgets.json):
 * bytes by type, raw and gzip (each response body gzipped here with zlib, level 9, so the figure does
 * not depend on the server), request count, first and largest contentful paint, the time until the
 * first chart SVG is in the DOM, and — where a page has hover targets (map districts/stations, chart
 * points) — the latency from a pointer move onto a target to the tooltip's DOM update.
 * Median of `runs` loads, each in a fresh browser context (empty cache).
 * Also reports the CNEMC importer's throughput from bench/import-results.json (`--import` re-measures
 * it first with `npm run bench:import`).
 *
 * Writes bench/results.json; prints a table. `--check` exits 1 naming every budget that is exceeded.
 * `--markdown` prints the table as Markdown (for the README's Performance section).
 *
 * The site is served from a temporary copy of build/ with every text file precompressed (.gz), as a
 * production host would send it; the network emulation then moves gzip-sized bytes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { siteInventory, type SitePage } from '../scripts/site-pages.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = path.join(ROOT, 'build');
const KB = 1024;

const { values: args } = parseArgs({
	args: process.argv.slice(2).filter((a) => a !== '--'),
	options: {
		'no-build': { type: 'boolean', default: false },
		check: { type: 'boolean', default: false },
		import: { type: 'boolean', default: false },
		markdown: { type: 'boolean', default: false },
		runs: { type: 'string' },
		only: { type: 'string', multiple: true }
	}
});

interface Budgets {
	profile: {
		name: string;
		viewport: { width: number; height: number };
		deviceScaleFactor: number;
		cpuThrottlingRate: number;
		network: { latencyMs: number; downloadKbps: number; uploadKbps: number };
		runs: number;
	};
	budgets: {
		page: { jsGzipKB: number; lcpMs: number };
		embed: { jsGzipKB: number; lcpMs: number };
		tooltipMs: number;
	};
	selectors: { chartSvg: string; tooltipTargets: string; tooltip: string };
}
const config = JSON.parse(readFileSync(path.join(ROOT, 'bench', 'budgets.json'), 'utf8')) as Budgets;
const RUNS = Number(args.runs ?? config.profile.runs);

const TYPES = ['js', 'css', 'html', 'data', 'image', 'font', 'other'] as const;
type ResourceType = (typeof TYPES)[number];
type Bytes = Record<ResourceType | 'total', { raw: number; gzip: number }>;

interface RunResult {
	requests: number;
	bytes: Bytes;
	fcpMs: number | null;
	lcpMs: number | null;
	chartSvgMs: number | null;
	domInteractiveMs: number;
	loadMs: number;
}

interface TooltipResult {
	targets: number;
	moves: number;
	updated: number;
	medianMs: number;
	p95Ms: number;
	medianToFrameMs: number;
}

interface PageResult {
	path: string;
	kind: SitePage['kind'];
	locale: SitePage['locale'];
	requests: number;
	bytes: Bytes;
	fcpMs: number | null;
	lcpMs: number | null;
	chartSvgMs: number | null;
	domInteractiveMs: number;
	loadMs: number;
	tooltip: TooltipResult | null;
	runs: RunResult[];
}

// ---------------------------------------------------------------------------------------------------------------
// helpers

const median = (xs: number[]): number => {
	if (xs.length === 0) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const quantile = (xs: number[], q: number): number => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const medianOrNull = (xs: (number | null)[]): number | null => {
	const known = xs.filter((x): x is number => x !== null);
	return known.length === xs.length && known.length > 0 ? median(known) : null;
};
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

function classify(url: string, resourceType: string, contentType: string): ResourceType {
	const p = new URL(url).pathname.toLowerCase();
	if (/\.m?js$/.test(p) || /javascript/.test(contentType)) return 'js';
	if (p.endsWith('.css') || contentType.includes('text/css')) return 'css';
	if (resourceType === 'document' || contentType.includes('text/html')) return 'html';
	if (/\.(json|topojson|geojson|csv)$/.test(p) || /json|csv/.test(contentType)) return 'data';
	if (resourceType === 'image' || contentType.startsWith('image/')) return 'image';
	if (resourceType === 'font' || contentType.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(p)) return 'font';
	return 'other';
}

const emptyBytes = (): Bytes =>
	Object.fromEntries([...TYPES, 'total'].map((t) => [t, { raw: 0, gzip: 0 }])) as unknown as Bytes;

function medianBytes(runs: RunResult[]): Bytes {
	const out = emptyBytes();
	for (const t of [...TYPES, 'total'] as const) {
		out[t] = { raw: median(runs.map((r) => r.bytes[t].raw)), gzip: median(runs.map((r) => r.bytes[t].gzip)) };
	}
	return out;
}

// ---------------------------------------------------------------------------------------------------------------
// build and serve

function build(): void {
	console.log('bench: npm run build …');
	const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
	if (result.status !== 0) {
		process.stdout.write(result.stdout);
		process.stderr.write(result.stderr);
		throw new Error('npm run build failed');
	}
}

/** A copy of build/ with `.gz` next to every text file, served by sirv like a production host. */
async function serve(): Promise<{ url: string; close: () => Promise<void> }> {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'xm-bench-site-'));
	cpSync(BUILD, dir, { recursive: true });
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const full = path.join(d, e.name);
			if (e.isDirectory()) walk(full);
			else if (/\.(html|js|css|json|svg|txt|csv|topojson|xml)$/.test(e.name))
				writeFileSync(`${full}.gz`, gzipSync(readFileSync(full), { level: 9 }));
		}
	};
	walk(dir);
	const handler = sirv(dir, { dev: false, etag: true, gzip: true, extensions: ['html'] });
	const server: Server = createServer((req, res) =>
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		})
	);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: async () => {
			await new Promise<void>((done) => server.close(() => done()));
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

// ---------------------------------------------------------------------------------------------------------------
// measuring

/** A fresh phone-profile context with CPU and network throttling applied to its page. */
async function phonePage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
	const p = config.profile;
	const context = await browser.newContext({
		viewport: p.viewport,
		deviceScaleFactor: p.deviceScaleFactor,
		isMobile: true,
		hasTouch: true
	});
	// tsx (esbuild keepNames) wraps named functions in __name(); the functions sent to the page need it too.
	await context.addInitScript('globalThis.__name = (fn) => fn;');
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: p.cpuThrottlingRate });
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: p.network.latencyMs,
		downloadThroughput: (p.network.downloadKbps * 1000) / 8,
		uploadThroughput: (p.network.uploadKbps * 1000) / 8
	});
	return { context, page };
}

/** Runs in the page before its own scripts: records LCP and when the first chart SVG appears. */
function instrument(chartSvg: string) {
	const w = window as unknown as { __lcp: number | null; __svgAt: number | null };
	w.__lcp = null;
	w.__svgAt = null;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) w.__lcp = e.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	const check = () => {
		if (w.__svgAt === null && document.querySelector(chartSvg)) {
			w.__svgAt = performance.now();
			observer.disconnect();
		}
	};
	const observer = new MutationObserver(check);
	observer.observe(document, { childList: true, subtree: true });
}

async function measureLoad(browser: Browser, url: string): Promise<RunResult> {
	const { context, page } = await phonePage(browser);
	await page.addInitScript(instrument, config.selectors.chartSvg);
	let requests = 0;
	page.on('request', () => requests++);
	const bodies: Promise<void>[] = [];
	const bytes = emptyBytes();
	page.on('response', (response) => {
		if (response.url().startsWith('data:')) return;
		bodies.push(
			(async () => {
				const body = await response.body().catch(() => Buffer.alloc(0));
				const type = classify(
					response.url(),
					response.request().resourceType(),
					response.headers()['content-type'] ?? ''
				);
				const gz = body.length ? gzipSync(body, { level: 9 }).length : 0;
				for (const t of [type, 'total'] as const) {
					bytes[t].raw += body.length;
					bytes[t].gzip += gz;
				}
			})()
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await Promise.all(bodies);
	const timing = await page.evaluate(() => {
		const w = window as unknown as { __lcp: number | null; __svgAt: number | null };
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const fcp = performance.getEntriesByName('first-contentful-paint')[0];
		return {
			fcpMs: fcp ? fcp.startTime : null,
			lcpMs: w.__lcp,
			chartSvgMs: w.__svgAt,
			domInteractiveMs: nav.domInteractive,
			loadMs: nav.loadEventEnd
		};
	});
	await context.close();
	return { requests, bytes, ...timing };
}

/**
 * Pointer moves onto hover targets, measured in the page: performance.now() before dispatching the
 * pointer/mouse events, and when a MutationObserver sees the tooltip show new text (the DOM update the
 * next frame paints); also until the next animation frame. Moves alternate leave → enter.
 */
async function measureTooltip(browser: Browser, url: string, moves = 60): Promise<TooltipResult | null> {
	const { context, page } = await phonePage(browser);
	await page.goto(url, { waitUntil: 'networkidle' });
	const result = await page.evaluate(
		async ({ targetsSelector, tooltipSelector, moves }) => {
			// Only what a reader can point at: targets on slides or panels not shown have no box.
			const targets = [...document.querySelectorAll(targetsSelector)].filter((el) => el.getClientRects().length > 0);
			if (targets.length === 0) return null;
			const tooltipText = () =>
				[...document.querySelectorAll(tooltipSelector)]
					.map((t) => t.textContent ?? '')
					.join('|')
					.trim();
			const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
			const fire = (el: Element, types: string[], x: number, y: number) => {
				for (const type of types) {
					const init = { bubbles: !type.endsWith('enter') && !type.endsWith('leave'), clientX: x, clientY: y };
					el.dispatchEvent(
						type.startsWith('pointer')
							? new PointerEvent(type, { ...init, pointerType: 'mouse', isPrimary: true })
							: new MouseEvent(type, init)
					);
				}
			};
			const update: number[] = [];
			const toFrame: number[] = [];
			let previous: Element | null = null;
			for (let i = 0; i < moves; i++) {
				const el = targets[i % targets.length]!;
				const box = el.getBoundingClientRect();
				const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
				if (previous) fire(previous, ['pointerout', 'pointerleave', 'mouseout', 'mouseleave'], x, y);
				await frame();
				await frame();
				const before = tooltipText();
				let seen = -1;
				const observer = new MutationObserver(() => {
					if (seen < 0 && tooltipText() !== before && tooltipText() !== '') seen = performance.now();
				});
				observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
				const t0 = performance.now();
				fire(el, ['pointerover', 'pointerenter', 'pointermove', 'mouseover', 'mouseenter', 'mousemove'], x, y);
				await Promise.resolve();
				await new Promise((r) => setTimeout(r, 0));
				const painted = await frame();
				observer.disconnect();
				if (seen >= 0) {
					update.push(seen - t0);
					toFrame.push(painted - t0);
				}
				previous = el;
			}
			return { targets: targets.length, moves, update, toFrame };
		},
		{
			targetsSelector: config.selectors.tooltipTargets,
			tooltipSelector: config.selectors.tooltip,
			moves
		}
	);
	await context.close();
	if (!result) return null;
	return {
		targets: result.targets,
		moves: result.moves,
		updated: result.update.length,
		medianMs: round(median(result.update), 2),
		p95Ms: round(quantile(result.update, 0.95), 2),
		medianToFrameMs: round(median(result.toFrame), 1)
	};
}

async function measurePage(browser: Browser, base: string, page: SitePage): Promise<PageResult> {
	const url = new URL(page.path, base).href;
	const runs: RunResult[] = [];
	for (let i = 0; i < RUNS; i++) runs.push(await measureLoad(browser, url));
	return {
		path: page.path,
		kind: page.kind,
		locale: page.locale,
		requests: median(runs.map((r) => r.requests)),
		bytes: medianBytes(runs),
		fcpMs: medianOrNull(runs.map((r) => r.fcpMs)),
		lcpMs: medianOrNull(runs.map((r) => r.lcpMs)),
		chartSvgMs: medianOrNull(runs.map((r) => r.chartSvgMs)),
		domInteractiveMs: median(runs.map((r) => r.domInteractiveMs)),
		loadMs: median(runs.map((r) => r.loadMs)),
		tooltip: await measureTooltip(browser, url),
		runs
	};
}

// ---------------------------------------------------------------------------------------------------------------
// budgets and output

function violations(pages: PageResult[]): string[] {
	const out: string[] = [];
	for (const p of pages) {
		const b = config.budgets[p.kind];
		const js = p.bytes.js.gzip / KB;
		if (js > b.jsGzipKB) out.push(`${p.path}: gzip JS ${js.toFixed(1)} KB > ${b.jsGzipKB} KB (${p.kind} budget)`);
		if (p.lcpMs === null) out.push(`${p.path}: no largest contentful paint recorded`);
		else if (p.lcpMs > b.lcpMs) out.push(`${p.path}: LCP ${Math.round(p.lcpMs)} ms > ${b.lcpMs} ms (${p.kind} budget)`);
		if (p.tooltip) {
			if (p.tooltip.updated < p.tooltip.moves)
				out.push(
					`${p.path}: tooltip did not update on ${p.tooltip.moves - p.tooltip.updated} of ${p.tooltip.moves} moves`
				);
			if (p.tooltip.medianMs > config.budgets.tooltipMs)
				out.push(`${p.path}: tooltip latency ${p.tooltip.medianMs} ms > ${config.budgets.tooltipMs} ms`);
		}
	}
	return out;
}

const kb = (n: number) => (n / KB).toFixed(1);
const ms = (n: number | null) => (n === null ? '–' : String(Math.round(n)));

function tableRows(pages: PageResult[]): string[][] {
	const head = [
		'page',
		'JS gz',
		'CSS gz',
		'HTML gz',
		'data gz',
		'img gz',
		'font gz',
		'total gz (raw)',
		'req',
		'FCP',
		'LCP',
		'HTML parsed',
		'chart SVG',
		'tooltip'
	];
	const rows = pages.map((p) => [
		p.kind === 'embed' ? `${p.path} (embed)` : p.path,
		kb(p.bytes.js.gzip),
		kb(p.bytes.css.gzip),
		kb(p.bytes.html.gzip),
		kb(p.bytes.data.gzip),
		kb(p.bytes.image.gzip),
		kb(p.bytes.font.gzip),
		`${kb(p.bytes.total.gzip)} (${kb(p.bytes.total.raw)})`,
		String(p.requests),
		ms(p.fcpMs),
		ms(p.lcpMs),
		ms(p.domInteractiveMs),
		ms(p.chartSvgMs),
		p.tooltip ? `${p.tooltip.medianMs} (p95 ${p.tooltip.p95Ms})` : '–'
	]);
	return [head, ...rows];
}

function plainTable(rows: string[][]): string {
	const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
	return rows
		.map((r, j) => {
			const line = r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
			return j === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
		})
		.join('\n');
}

function markdownTable(rows: string[][]): string {
	const [head, ...body] = rows;
	return [
		`| ${head!.join(' | ')} |`,
		`|${head!.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
		...body.map((r) => `| ${r.join(' | ')} |`)
	].join('\n');
}

interface ImportFigures {
	syntheticYearOfStationFiles?: { mbPerSecond: number; rowsPerSecond: number; megabytes: number; peakRssMB: number };
	realExtracts?: { mbPerSecond: number; rowsPerSecond: number; fullImportOfRealInputDirSeconds: number };
	single2MBFile?: { msMedian: number };
}

function importLine(figures: ImportFigures | null): string {
	if (!figures)
		return 'CNEMC import: no bench/import-results.json (run `npm run bench:import` or `npm run bench -- --import`)';
	const s = figures.syntheticYearOfStationFiles;
	const r = figures.realExtracts;
	return [
		'CNEMC import (bench/import-results.json):',
		s
			? `${s.mbPerSecond} MB/s, ${s.rowsPerSecond.toLocaleString('en')} rows/s on a synthetic year of 2,029-column station files (${s.megabytes} MB), peak RSS ${s.peakRssMB} MB;`
			: '',
		r ? `full import of the real input folder ${r.fullImportOfRealInputDirSeconds} s;` : '',
		figures.single2MBFile ? `one 2 MB national file ${figures.single2MBFile.msMedian} ms (median).` : ''
	]
		.filter(Boolean)
		.join(' ');
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
	if (!args['no-build']) build();
	if (!existsSync(path.join(BUILD, 'index.html')))
		throw new Error('build/index.html is missing: run without --no-build');
	if (args.import) {
		console.log('bench: npm run bench:import …');
		const r = spawnSync('npm', ['run', 'bench:import'], { cwd: ROOT, stdio: 'inherit' });
		if (r.status !== 0) throw new Error('npm run bench:import failed');
	}

	const inventory = siteInventory(BUILD);
	if (inventory.missing.length > 0)
		throw new Error(`build/embed/manifest.json lists embeds that were not built: ${inventory.missing.join(', ')}`);
	const pages = args.only ? inventory.pages.filter((p) => args.only!.includes(p.path)) : inventory.pages;
	if (pages.length === 0) throw new Error('no pages to measure');

	const loadBefore = os.loadavg()[0]!;
	const server = await serve();
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const results: PageResult[] = [];
	try {
		for (const page of pages) {
			process.stdout.write(`bench: ${page.path} ×${RUNS} … `);
			const r = await measurePage(browser, server.url, page);
			results.push(r);
			console.log(`LCP ${ms(r.lcpMs)} ms, JS ${kb(r.bytes.js.gzip)} KB gz`);
		}
	} finally {
		await browser.close();
		await server.close();
	}

	const importPath = path.join(ROOT, 'bench', 'import-results.json');
	const importFigures = existsSync(importPath) ? (JSON.parse(readFileSync(importPath, 'utf8')) as ImportFigures) : null;
	const missed = violations(results);
	const version = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim();
	const output = {
		note: 'Machine-dependent timings (median of runs). Bytes: each response body as received (decoded) and gzip level 9 of it; KB = 1024 bytes.',
		date: new Date().toISOString().slice(0, 10),
		machine: {
			node: process.version,
			cpus: os.cpus().length,
			cpuModel: os.cpus()[0]?.model ?? '',
			chromium: version,
			loadAverage1m: { before: round(loadBefore, 2), after: round(os.loadavg()[0]!, 2) }
		},
		profile: config.profile,
		budgets: config.budgets,
		pages: results,
		import: importFigures,
		violations: missed
	};
	writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(output, null, '\t')}\n`);

	const rows = tableRows(results);
	console.log('');
	console.log(`Profile: ${config.profile.name}; median of ${RUNS} runs.`);
	console.log(
		'Sizes in KB (gzip -9 of each response; raw in brackets); times in ms from navigation start: FCP/LCP, ' +
			'HTML parsed (domInteractive), chart SVG (first chart svg in the DOM); tooltip: pointer move → tooltip DOM update, median (p95).'
	);
	console.log(args.markdown ? markdownTable(rows) : plainTable(rows));
	console.log('');
	console.log(importLine(importFigures));
	const load = Math.max(loadBefore, os.loadavg()[0]!);
	if (load > os.cpus().length)
		console.log(
			`Note: load average ${load.toFixed(1)} on ${os.cpus().length} CPUs while measuring — other processes were competing for the CPU, so times are inflated.`
		);
	console.log('bench: wrote bench/results.json');
	if (missed.length > 0) {
		console.log(`\nOver budget (${missed.length}):`);
		for (const m of missed) console.log(`  ✗ ${m}`);
		if (args.check) process.exitCode = 1;
	} else console.log('All budgets met.');
}

main().catch((error: unknown) => {
	console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
});
