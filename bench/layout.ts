/**
 * How much of a page is chart and how much is citation, at 390 px wide (issue 15's table), measured in
 * Chromium on the built site: `npm run bench -- --layout [--no-build] [--markdown] [--check]`.
 *
 * - height: the height of the page's content (its <body>) at 390 px (CSS px).
 * - citations: characters of visible text (innerText, so closed disclosures do not count) inside the
 *   source lines (`.source-line`) ÷ all visible text of the page, whitespace removed.
 * - chart: area of the chart SVGs wider than 150 px (outermost only, not inside a closed <details>) ÷ the
 *   page's area, each counted as its drawing's box: the element that reserves the drawing's space with
 *   its aspect ratio (axes and labels included, which LayerCake paints outside its SVG's box), else the
 *   SVG's own box (`chartSvgBoxes`: the SVGs' own boxes, as the issue first measured). A page's target
 *   is checked on the SVGs' own boxes (the issue's measure); an embed's on the drawing boxes.
 * - first screen: the part of the first 390×844 screen those SVGs cover.
 * - main chart: on the five domain pages (MAIN_CHART_PAGES), the share of the page's main chart's SVG (the
 *   first chart SVG inside `[data-main-chart]`, src/lib/domains/Opening.svelte) that is inside the first
 *   screen, at 390×844 and at 1440×900; the target is at least half of it.
 * The six pages are compared with the heights measured on main before issue 15 (BEFORE).
 */
import type { Browser } from 'playwright-core';

export const LAYOUT_PAGES = ['/', '/air/', '/water/', '/coast/', '/litter/', '/map/', '/learn/'] as const;

/** Issue 15's "before" table: height at 390 px, citation share, chart share (main, before the change). */
export const BEFORE: Record<string, { height: number; citations: number; chart: number }> = {
	'/': { height: 7146, citations: 0.39, chart: 0.04 },
	'/air/': { height: 17059, citations: 0.39, chart: 0.16 },
	'/water/': { height: 10700, citations: 0.25, chart: 0.1 },
	'/coast/': { height: 9064, citations: 0.23, chart: 0.08 },
	'/litter/': { height: 6420, citations: 0.29, chart: 0.1 },
	'/map/': { height: 8023, citations: 0.25, chart: 0.03 }
};

/** The pages that open with their headline figures and main chart (issue 15; Opening.svelte). */
export const MAIN_CHART_PAGES = new Set(['/', '/air/', '/water/', '/coast/', '/litter/']);

/** A page's path without its language prefix (`/en/air/` → `/air/`): both languages have the same targets. */
export const basePath = (path: string) => path.replace(/^\/en\//, '/');

export interface LayoutResult {
	path: string;
	kind: 'page' | 'embed';
	height: number;
	citations: number;
	chart: number;
	/** The chart share counted as before 7 December 2026: the SVGs' own boxes (axes and labels outside them left out). */
	chartSvgBoxes: number;
	firstScreenChart: number;
	/** Share of the main chart's SVG inside the first screen, at 390×844 and 1440×900 (MAIN_CHART_PAGES). */
	mainChart390?: number;
	mainChart1440?: number;
	/** Width of the widest chart SVG at 1440 px (pages only). */
	chartWidth1440?: number;
	/** The page's raw HTML, KB (1024 bytes), from the build (filled in by bench/run.ts). */
	htmlKB?: number;
}

const VIEWPORT = { width: 390, height: 844 };

/** Runs in the page: the shares described above (also used by tests/e2e/embed.test.ts). */
export function measureInPage(): {
	height: number;
	citations: number;
	chart: number;
	chartSvgBoxes: number;
	firstScreenChart: number;
	widest: number;
	mainChart: number | null;
} {
	const chars = (s: string) => s.replace(/\s+/g, '').length;
	const all = chars(document.body.innerText);
	const blocks = [...document.querySelectorAll<HTMLElement>('.source-line')].filter(
		(el) => !el.parentElement?.closest('.source-line')
	);
	const cited = blocks.reduce((n, el) => n + chars(el.innerText), 0);
	// The content's height, not the window's: a short embed is not 844 px tall.
	const height = Math.ceil(document.body.getBoundingClientRect().height);
	const width = document.documentElement.scrollWidth;
	const svgs = [...document.querySelectorAll('svg')].filter((svg) => {
		const r = svg.getBoundingClientRect();
		if (r.width <= 150 || r.height === 0) return false;
		// A chart one click away (in a closed disclosure) is not on the page until it is opened.
		if (svg.closest('details:not([open])')) return false;
		const outer = svg.parentElement?.closest('svg');
		return !outer || outer.getBoundingClientRect().width <= 150;
	});
	// Each chart's drawing box: the element that reserves its drawing's space with the drawing's aspect
	// ratio (`--ssr-aspect`: axes, category and value labels included, which LayerCake draws outside its
	// SVG's box), else the SVG's own box; counted once however many SVG layers it holds.
	const boxes = new Set(svgs.map((svg) => svg.closest<HTMLElement>("[style*='--ssr-aspect']") ?? svg));
	let area = 0;
	let first = 0;
	let widest = 0;
	for (const box of boxes) {
		const r = box.getBoundingClientRect();
		const top = r.top + window.scrollY;
		area += r.width * r.height;
		widest = Math.max(widest, r.width);
		const visible = Math.max(0, Math.min(top + r.height, window.innerHeight) - Math.max(top, 0));
		first += Math.min(r.width, window.innerWidth) * visible;
	}
	const svgArea = svgs.reduce((n, svg) => {
		const r = svg.getBoundingClientRect();
		return n + r.width * r.height;
	}, 0);
	// The main chart: its first SVG wider than 150 px, and how much of it the first screen shows.
	const main = [...document.querySelectorAll('[data-main-chart] svg')].find(
		(svg) => svg.getBoundingClientRect().width > 150
	);
	let mainChart: number | null = null;
	if (main) {
		const r = main.getBoundingClientRect();
		const top = r.top + window.scrollY;
		const visibleY = Math.max(0, Math.min(top + r.height, window.innerHeight) - Math.max(top, 0));
		const visibleX = Math.max(0, Math.min(r.right, window.innerWidth) - Math.max(r.left, 0));
		mainChart = r.width * r.height === 0 ? 0 : (visibleX * visibleY) / (r.width * r.height);
	}
	return {
		mainChart,
		height,
		citations: all === 0 ? 0 : cited / all,
		chart: area / (width * height),
		chartSvgBoxes: svgArea / (width * height),
		firstScreenChart: first / (window.innerWidth * window.innerHeight),
		widest
	};
}

export async function measureLayout(browser: Browser, base: string, paths: string[]): Promise<LayoutResult[]> {
	const results: LayoutResult[] = [];
	const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
	await context.addInitScript('globalThis.__name = (fn) => fn;');
	const wide = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
	await wide.addInitScript('globalThis.__name = (fn) => fn;');
	try {
		const page = await context.newPage();
		const widePage = await wide.newPage();
		for (const p of paths) {
			await page.goto(base + p, { waitUntil: 'load' });
			const r = await page.evaluate(measureInPage);
			const kind = /^\/(en\/)?embed\/[^/]+\//.test(p) ? 'embed' : 'page';
			const result: LayoutResult = {
				path: p,
				kind,
				height: r.height,
				citations: r.citations,
				chart: r.chart,
				chartSvgBoxes: r.chartSvgBoxes,
				firstScreenChart: r.firstScreenChart
			};
			if (r.mainChart !== null) result.mainChart390 = r.mainChart;
			if (kind === 'page') {
				await widePage.goto(base + p, { waitUntil: 'load' });
				const w = await widePage.evaluate(measureInPage);
				result.chartWidth1440 = w.widest;
				if (w.mainChart !== null) result.mainChart1440 = w.mainChart;
			}
			results.push(result);
		}
	} finally {
		await context.close();
		await wide.close();
	}
	return results;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;
const px = (x: number) => `${Math.round(x).toLocaleString('en')} px`;

/** Issue 15's targets (and issue 13's HTML budget), one place for the tables and the violations. */
export const TARGETS = {
	/** A page at 390 px at most this share of its height before issue 15 (35 % shorter). */
	heightOfBefore: 0.65,
	pageCitations: 0.1,
	pageChart: 0.25,
	/** /map/ and /learn/: the part of the first 390×844 screen that is chart. */
	firstScreenChart: 0.5,
	/** The five domain pages: the share of the main chart inside the first screen, at 390×844 and 1440×900. */
	mainChartVisible: 0.5,
	embedHeight: 1000,
	calendarEmbedHeight: 1300,
	embedChart: 0.4,
	embedCitations: 0.15,
	/** Raw HTML of every page, KB (1024 bytes), strictly less (bench/budgets.json htmlRawKB). */
	htmlRawKB: 400
} as const;

/** An embed's height target at 390 px: a year's calendar may be taller. */
export const embedHeightLimit = (path: string) =>
	path.includes('calendar') ? TARGETS.calendarEmbedHeight : TARGETS.embedHeight;

const FIRST_SCREEN_PAGES = new Set(['/map/', '/learn/']);

interface Check {
	label: string;
	ok: boolean;
	/** The violation's words, when missed. */
	missed: string;
}

/** Every target that applies to one measured page or embed. */
function checks(r: LayoutResult): Check[] {
	const out: Check[] = [];
	const add = (label: string, ok: boolean, missed: string) => out.push({ label, ok, missed });
	if (r.kind === 'page') {
		const before = BEFORE[basePath(r.path)];
		if (before) {
			const limit = before.height * TARGETS.heightOfBefore;
			add('height', r.height <= limit, `${px(r.height)} is not 35 % shorter (≤ ${px(limit)})`);
			add('citations', r.citations <= TARGETS.pageCitations, `citations ${pct(r.citations)} of text (> 10 %)`);
			add(
				'chart',
				r.chartSvgBoxes >= TARGETS.pageChart,
				`chart SVGs ${pct(r.chartSvgBoxes)} of page (< 25 %; drawing boxes ${pct(r.chart)})`
			);
		}
		if (MAIN_CHART_PAGES.has(basePath(r.path)))
			for (const [size, share] of [
				['390×844', r.mainChart390],
				['1440×900', r.mainChart1440]
			] as const)
				add(
					`main chart ${size}`,
					(share ?? 0) >= TARGETS.mainChartVisible,
					share === undefined
						? `no main chart ([data-main-chart]) at ${size}`
						: `main chart ${pct(share)} inside the first ${size} screen (< 50 %)`
				);
		if (FIRST_SCREEN_PAGES.has(basePath(r.path)))
			add(
				'first screen',
				r.firstScreenChart >= TARGETS.firstScreenChart,
				`chart ${pct(r.firstScreenChart)} of the first screen (< 50 %)`
			);
	} else {
		const limit = embedHeightLimit(r.path);
		add('height', r.height <= limit, `${px(r.height)} tall (> ${px(limit)})`);
		add('chart', r.chart >= TARGETS.embedChart, `chart ${pct(r.chart)} of area (< 40 %)`);
		add('citations', r.citations <= TARGETS.embedCitations, `citations ${pct(r.citations)} of text (> 15 %)`);
	}
	if (r.htmlKB !== undefined)
		add('HTML', r.htmlKB < TARGETS.htmlRawKB, `raw HTML ${r.htmlKB.toFixed(0)} KB (≥ ${TARGETS.htmlRawKB} KB)`);
	return out;
}

/** PASS, or FAIL and the targets missed. */
function verdict(r: LayoutResult): string {
	const missed = checks(r).filter((c) => !c.ok);
	return missed.length === 0 ? 'PASS' : `FAIL (${missed.map((c) => c.label).join(', ')})`;
}

/** The targets, printed above the tables. */
export function layoutTargetsText(): string {
	return [
		`Targets (issue 15, and issue 13's HTML budget): a page at 390 px ≥ 35 % shorter than before, citations ≤ ${pct(TARGETS.pageCitations)} of its visible text, chart SVGs ≥ ${pct(TARGETS.pageChart)} of its area (their own boxes);`,
		`/, /air/, /water/, /coast/, /litter/: ≥ ${pct(TARGETS.mainChartVisible)} of the main chart inside the first screen at 390×844 and at 1440×900;`,
		`/map/ and /learn/: charts ≥ ${pct(TARGETS.firstScreenChart)} of the first 390×844 screen; an embed at 390 px ≤ ${px(TARGETS.embedHeight)} tall (a calendar ≤ ${px(TARGETS.calendarEmbedHeight)}),`,
		`chart ≥ ${pct(TARGETS.embedChart)} of its area, citations ≤ ${pct(TARGETS.embedCitations)} of its text; raw HTML of every page < ${TARGETS.htmlRawKB} KB.`
	].join('\n');
}

/** The pages' table: before → after, and the embeds' table, each row with PASS or FAIL. */
export function layoutTables(results: LayoutResult[]): { pages: string[][]; embeds: string[][] } {
	const pages = [
		[
			'page',
			'height at 390 px',
			'vs before',
			'citations of text',
			'chart of page (SVG boxes)',
			'(drawing boxes)',
			'chart of 1st screen',
			'main chart in 1st screen 390 / 1440',
			'widest chart at 1440',
			'raw HTML',
			'targets'
		]
	];
	for (const r of results.filter((x) => x.kind === 'page')) {
		const before = BEFORE[basePath(r.path)];
		pages.push([
			`\`${r.path}\``,
			before ? `${px(before.height)} → ${px(r.height)}` : px(r.height),
			before ? `−${Math.round((1 - r.height / before.height) * 100)} %` : '—',
			before ? `${pct(before.citations)} → ${pct(r.citations)}` : pct(r.citations),
			before ? `${pct(before.chart)} → ${pct(r.chartSvgBoxes)}` : pct(r.chartSvgBoxes),
			pct(r.chart),
			pct(r.firstScreenChart),
			r.mainChart390 !== undefined || r.mainChart1440 !== undefined
				? `${r.mainChart390 !== undefined ? pct(r.mainChart390) : '—'} / ${r.mainChart1440 !== undefined ? pct(r.mainChart1440) : '—'}`
				: '—',
			r.chartWidth1440 ? px(r.chartWidth1440) : '—',
			r.htmlKB !== undefined ? `${r.htmlKB.toFixed(0)} KB` : '—',
			verdict(r)
		]);
	}
	const embeds = [
		['embed', 'height at 390 px', 'chart of area', '(SVG boxes only)', 'citations of text', 'raw HTML', 'targets']
	];
	for (const r of results.filter((x) => x.kind === 'embed'))
		embeds.push([
			`\`${r.path}\``,
			px(r.height),
			pct(r.chart),
			pct(r.chartSvgBoxes),
			pct(r.citations),
			r.htmlKB !== undefined ? `${r.htmlKB.toFixed(0)} KB` : '—',
			verdict(r)
		]);
	return { pages, embeds };
}

/** Targets of issue 15 (and the HTML budget), as violations. */
export function layoutViolations(results: LayoutResult[]): string[] {
	return results.flatMap((r) =>
		checks(r)
			.filter((c) => !c.ok)
			.map((c) => `${r.path}: ${c.missed}`)
	);
}
