/**
 * `npm run bench [-- --no-build] [--check] [--all] [--runs N] [--only PATH…] [--import] [--markdown] [--layout]`
 *
 * `--layout`: instead, the layout of the pages and of every embed at 390 px (bench/layout.ts: height,
 * citation share of the text, chart share of the area), printed before/after, written to
 * bench/layout-results.json; with `--check`, exits 1 when a target of issue 15 is missed.
 *
 * Page weight and speed in headless Chromium under a mid-range phone profile (bench/budgets.json): bytes
 * by type, raw and gzip (each response body gzipped here with zlib, level 9, so the figure does not depend
 * on the server), request count, first and largest contentful paint, the time until the first chart SVG
 * is in the DOM, and — where a page has hover targets (map districts/stations, chart points) — the
 * latency from a pointer move onto a target to the tooltip's DOM update. Median of `runs` loads, each in
 * a fresh browser context (empty cache); the tooltip is measured on the last one.
 *
 * Which pages: by default one page per template (scripts/site-pages.mjs `templatePages`: every page, one
 * embed of each chart kind), in Chinese (the English pages weigh the same), plus the named pages of
 * budgets.json — so the run takes minutes, not a quarter of an hour. `--all`: every page and embed in both
 * languages. `--only PATH…`: just those. The raw HTML of every built page is checked either way (from the
 * files, no browser needed).
 *
 * Also reports the CNEMC importer's throughput from bench/import-results.json (`--import` re-measures it
 * first with `npm run bench:import`).
 *
 * Writes bench/results.json; prints a table and how long the run took. `--check` exits 1 naming every
 * budget that is exceeded. `--markdown` prints the table as Markdown (for the README's Performance section).
 *
 * The site is served from a temporary copy of build/ with every text file precompressed (.gz), by the
 * server `npm start` uses (scripts/serve.mjs, with the production headers), as a production host would
 * send it; the network emulation then moves gzip-sized bytes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { startServer } from '../scripts/serve.mjs';
import { siteInventory, templatePages, type SitePage } from '../scripts/site-pages.mjs';
import { BENCH_CONFIG, jsBudgetClass, jsBudgetKB } from './budgets';
import { LAYOUT_PAGES, layoutTables, layoutTargetsText, layoutViolations, measureLayout } from './layout';

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
		layout: { type: 'boolean', default: false },
		all: { type: 'boolean', default: false },
		runs: { type: 'string' },
		only: { type: 'string', multiple: true }
	}
});

const config = BENCH_CONFIG;
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

/** A copy of build/ with `.gz` next to every text file, served like a production host (scripts/serve.mjs). */
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
	const server = await startServer({ dir, port: 0, gzip: true });
	return {
		url: server.url,
		close: async () => {
			await server.close();
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

/** One load of `url` in a fresh phone context; the context stays open for a tooltip measurement. */
async function measureLoad(
	browser: Browser,
	url: string
): Promise<{ result: RunResult; context: BrowserContext; page: Page }> {
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
	// 'load' first: under CPU throttling a large page is still being parsed when the network has been idle
	// for 500 ms, and Playwright's 'networkidle' alone would then measure half a document.
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
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
	return { result: { requests, bytes, ...timing }, context, page };
}

/**
 * Pointer moves onto hover targets, measured in the page: performance.now() before dispatching the
 * pointer/mouse events, and when a MutationObserver sees the tooltip show new text (the DOM update the
 * next frame paints); also until the next animation frame. Moves alternate leave → enter.
 */
async function measureTooltip(page: Page, moves = 60): Promise<TooltipResult | null> {
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
	let tooltip: TooltipResult | null = null;
	for (let i = 0; i < RUNS; i++) {
		const { result, context, page: tab } = await measureLoad(browser, url);
		runs.push(result);
		// The tooltip on the last load's page, already loaded under the same profile.
		if (i === RUNS - 1) tooltip = await measureTooltip(tab);
		await context.close();
	}
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
		tooltip,
		runs
	};
}

// ---------------------------------------------------------------------------------------------------------------
// budgets and output

/** Raw HTML size of every built page, from the files (no browser needed). */
function htmlSizes(pages: SitePage[]): { path: string; rawKB: number }[] {
	return pages.map((p) => ({ path: p.path, rawKB: statSync(path.join(BUILD, p.file)).size / KB }));
}

function violations(pages: PageResult[], html: { path: string; rawKB: number }[]): string[] {
	const out: string[] = [];
	const b = config.budgets;
	for (const h of html)
		if (h.rawKB >= b.htmlRawKB) out.push(`${h.path}: raw HTML ${h.rawKB.toFixed(0)} KB ≥ ${b.htmlRawKB} KB`);
	for (const p of pages) {
		const js = p.bytes.js.gzip / KB;
		const budget = jsBudgetKB(p.path, p.kind);
		if (js > budget)
			out.push(
				`${p.path}: gzip JS ${js.toFixed(1)} KB > ${budget} KB (${jsBudgetClass(p.path, p.kind)} ${p.kind} budget)`
			);
		if (p.lcpMs === null) out.push(`${p.path}: no largest contentful paint recorded`);
		else if (p.lcpMs > b.lcpMs) out.push(`${p.path}: LCP ${Math.round(p.lcpMs)} ms > ${b.lcpMs} ms`);
		if (p.tooltip) {
			if (p.tooltip.updated < p.tooltip.moves)
				out.push(
					`${p.path}: tooltip did not update on ${p.tooltip.moves - p.tooltip.updated} of ${p.tooltip.moves} moves`
				);
			if (p.tooltip.medianMs > b.tooltipMs)
				out.push(`${p.path}: tooltip latency ${p.tooltip.medianMs} ms > ${b.tooltipMs} ms`);
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

/**
 * The pages to measure: `--only` paths; `--all` pages; by default one page per template in Chinese plus
 * the named pages (budgets.json `namedPages`), in site order.
 */
function pagesToMeasure(all: SitePage[]): SitePage[] {
	if (args.only) return all.filter((p) => args.only!.includes(p.path));
	if (args.all) return all;
	const chosen = new Set([
		...templatePages(BUILD)
			.filter((p) => p.locale === 'zh')
			.map((p) => p.path),
		...config.namedPages
	]);
	return all.filter((p) => chosen.has(p.path));
}

async function main() {
	const started = Date.now();
	if (!args['no-build']) build();
	if (!existsSync(path.join(BUILD, 'index.html')))
		throw new Error('build/index.html is missing: run without --no-build');
	if (args.import) {
		console.log('bench: npm run bench:import …');
		const r = spawnSync('npm', ['run', 'bench:import'], { cwd: ROOT, stdio: 'inherit' });
		if (r.status !== 0) throw new Error('npm run bench:import failed');
	}

	const inventory = siteInventory(BUILD);
	if (args.layout) {
		await layoutOnly(inventory.pages);
		return;
	}
	if (inventory.missing.length > 0)
		throw new Error(`build/embed/manifest.json lists embeds that were not built: ${inventory.missing.join(', ')}`);
	const pages = pagesToMeasure(inventory.pages);
	if (pages.length === 0) throw new Error('no pages to measure');
	const unknown = args.all || args.only ? [] : config.namedPages.filter((p) => !pages.some((q) => q.path === p));
	if (unknown.length > 0)
		throw new Error(`bench/budgets.json names pages the build does not have: ${unknown.join(', ')}`);
	const html = htmlSizes(inventory.pages);
	console.log(
		`bench: ${pages.length} pages (${args.all ? 'all' : args.only ? '--only' : 'one per template, and the named pages; --all for every page'}), ${RUNS} loads each`
	);

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
	const missed = violations(results, html);
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
		html: html.map((h) => ({ path: h.path, rawKB: round(h.rawKB) })),
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
	const largest = [...html].sort((a, b) => b.rawKB - a.rawKB)[0]!;
	console.log(
		`Raw HTML of all ${html.length} built pages: largest ${largest.path} ${largest.rawKB.toFixed(0)} KB (budget < ${config.budgets.htmlRawKB} KB).`
	);
	console.log(importLine(importFigures));
	const load = Math.max(loadBefore, os.loadavg()[0]!);
	if (load > os.cpus().length)
		console.log(
			`Note: load average ${load.toFixed(1)} on ${os.cpus().length} CPUs while measuring — other processes were competing for the CPU, so times are inflated.`
		);
	console.log('bench: wrote bench/results.json');
	const seconds = Math.round((Date.now() - started) / 1000);
	console.log(
		`bench: took ${Math.floor(seconds / 60)} min ${seconds % 60} s${args['no-build'] ? '' : ' (build included)'}`
	);
	if (missed.length > 0) {
		console.log(`\nOver budget (${missed.length}):`);
		for (const m of missed) console.log(`  ✗ ${m}`);
		if (args.check) process.exitCode = 1;
	} else console.log('All budgets met.');
}

/** The layout tables alone (issue 15): the named pages and every embed, Chinese and English, at 390 px. */
async function layoutOnly(all: SitePage[]) {
	const paths = [
		...LAYOUT_PAGES.flatMap((p) => [p, `/en${p}`]).filter((p) => all.some((q) => q.path === p)),
		...all.filter((p) => p.kind === 'embed').map((p) => p.path)
	];
	const server = await serve();
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const results = await measureLayout(browser, server.url, paths);
		const html = new Map(htmlSizes(all).map((h) => [h.path, h.rawKB]));
		for (const r of results) r.htmlKB = html.get(r.path);
		writeFileSync(path.join(ROOT, 'bench', 'layout-results.json'), `${JSON.stringify(results, null, '\t')}\n`);
		const tables = layoutTables(results);
		const print = args.markdown ? markdownTable : plainTable;
		console.log(layoutTargetsText());
		console.log('');
		console.log('Pages at 390×844 (before: main before issue 15):');
		console.log(print(tables.pages));
		console.log('');
		console.log('Embeds at 390 px:');
		console.log(print(tables.embeds));
		const missed = layoutViolations(results);
		const largest = [...html].filter(([p]) => !paths.includes(p)).sort((a, b) => b[1] - a[1])[0];
		if (largest)
			console.log(
				`\nRaw HTML of the other ${html.size - paths.length} built pages: largest ${largest[0]} ${largest[1].toFixed(0)} KB.`
			);
		for (const [p, kb] of html)
			if (!paths.includes(p) && kb >= config.budgets.htmlRawKB)
				missed.push(`${p}: raw HTML ${kb.toFixed(0)} KB (≥ ${config.budgets.htmlRawKB} KB)`);
		if (missed.length > 0) {
			console.log(`\nLayout targets missed (${missed.length}):`);
			for (const m of missed) console.log(`  ✗ ${m}`);
			if (args.check) process.exitCode = 1;
		} else console.log('All layout targets met.');
		console.log('bench: wrote bench/layout-results.json');
	} finally {
		await browser.close();
		await server.close();
	}
}

main().catch((error: unknown) => {
	console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
});
