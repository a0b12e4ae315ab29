import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch } from './browser';
import { PAGES, PAGE_ROWS } from './site';

/**
 * Accessibility of every built page and embed, in both languages: axe-core's WCAG 2.1 A/AA rules,
 * keyboard operation with a visible focus, reduced motion, 200% zoom (and 320 px reflow), and a text
 * alternative plus a data table for every chart.
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}) {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	await page.goto(new URL(path, baseURL()).href, { waitUntil: 'networkidle' });
	// A hydrated page's controls are final only once hydration is done (the root layout marks it).
	// (Embeds are not hydrated: they load no SvelteKit modules.)
	if ((await page.locator('link[rel="modulepreload"]').count()) > 0)
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
	return { page, close: () => context.close() };
}

interface AxeNode {
	target: string[];
	failureSummary?: string;
}
interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: AxeNode[];
}

/** One line per failing element: page, rule, impact, what to fix, where. */
function describeViolations(path: string, violations: AxeViolation[]): string[] {
	return violations.flatMap((v) =>
		v.nodes.map(
			(n) =>
				`${path} ${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${n.target.join(' ')}` +
				(n.failureSummary ? ` — ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : '')
		)
	);
}

/** Runs axe-core (already injected) on the whole document with the WCAG 2.1 A/AA rules. */
function runAxe(page: Page): Promise<AxeViolation[]> {
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe;
		const result = (await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			resultTypes: ['violations']
		})) as { violations: AxeViolation[] };
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary }))
		}));
	});
}

test('the build has pages to check (the gates are not vacuous)', () => {
	expect(PAGES.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/en/']));
});

describe.concurrent('axe-core, WCAG 2.1 A and AA: zero violations', () => {
	test.each(PAGE_ROWS)('$path', async ({ path }) => {
		// The site's CSP (rightly) blocks the inline <script> axe is injected as; the CSP has its own test.
		const { page, close } = await open(path, { bypassCSP: true });
		await page.addScriptTag({ content: AXE_SOURCE });
		const closed = await runAxe(page);
		// Also check what is hidden until asked for: open every data table.
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		const opened = await runAxe(page);
		await close();
		const lines = [
			...new Set([...describeViolations(path, closed), ...describeViolations(`${path} (tables open)`, opened)])
		];
		expect(lines, lines.join('\n')).toEqual([]);
	});
});

/** What a focus indicator can be made of; compared before and during focus. */
const FOCUS_PROPS = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'stroke', 'stroke-width'];

describe.concurrent('keyboard: every interactive element is reached by Tab, shows a visible focus, and works', () => {
	// A page with a map and many charts has a hundred and more Tab stops, each checked in the browser.
	test.each(PAGE_ROWS)('$path', { timeout: 240_000 }, async ({ path }) => {
		const { page, close } = await open(path);
		// Number the elements a keyboard user must reach, and record how each looks unfocused.
		const expected = await page.evaluate((props) => {
			const selector =
				'a[href], button, input, select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
			const style = (el: Element) =>
				[el, ...el.querySelectorAll('*')].map((e) => {
					const cs = getComputedStyle(e);
					return props.map((p) => cs.getPropertyValue(p)).join('|');
				});
			const list = [...document.querySelectorAll(selector)].filter((el) => {
				if ((el as HTMLButtonElement).disabled || el.closest('[inert], [hidden], [aria-hidden="true"]')) return false;
				// Composite widgets have one Tab stop and arrow keys inside (WAI-ARIA roving tabindex):
				// their other members (tabindex -1) are not Tab stops; nor are the unchecked radios of a
				// group with a checked one (the browser's own radio group behaviour).
				if (
					el.getAttribute('tabindex') === '-1' &&
					el.closest(
						'[role="tablist"], [role="radiogroup"], [role="toolbar"], [role="listbox"], [role="grid"], [role="menu"]'
					)
				)
					return false;
				if (el instanceof HTMLInputElement && el.type === 'radio' && el.name && !el.checked) {
					const group = document.querySelectorAll<HTMLInputElement>(
						`input[type="radio"][name="${CSS.escape(el.name)}"]`
					);
					if ([...group].some((r) => r.checked)) return false;
				}
				const details = el.closest('details');
				if (details && !details.open && el.tagName !== 'SUMMARY') return false;
				// A summary is reachable unless its own details sits inside a closed details.
				if (el.tagName === 'SUMMARY' && el.parentElement?.parentElement?.closest('details:not([open])')) return false;
				const cs = getComputedStyle(el);
				return cs.display !== 'none' && cs.visibility !== 'hidden';
			});
			const w = window as unknown as { __unfocused: string[][] };
			w.__unfocused = list.map(style);
			list.forEach((el, i) => el.setAttribute('data-kb', String(i)));
			return list.length;
		}, FOCUS_PROPS);
		expect(expected).toBeGreaterThan(0);

		const reached: number[] = [];
		const problems: string[] = [];
		for (let step = 0; step < expected * 2 + 10; step++) {
			await page.keyboard.press('Tab');
			const state = await page.evaluate((props) => {
				const el = document.activeElement;
				if (!el || el === document.body) return null;
				// Tab into a same-origin iframe (the embed builder's previews) focuses an element inside it. That
				// page's own focus indicators are checked where it is tested itself (every embed is a row here),
				// so here it is enough that focus went into it.
				const frame = el instanceof HTMLIFrameElement ? el : null;
				const inner = frame?.contentDocument?.activeElement ?? null;
				const innerVisible = !!frame && !!inner && inner !== frame.contentDocument?.body;
				const index = Number(el.getAttribute('data-kb') ?? -1);
				const cs = getComputedStyle(el);
				const outline =
					cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !/rgba\(.*,\s*0\)$/.test(cs.outlineColor);
				const shadow = cs.boxShadow !== 'none';
				// SVG marks show focus with a stroke on the mark or its children: compare with the unfocused look.
				const now = [el, ...el.querySelectorAll('*')].map((e) => {
					const s = getComputedStyle(e);
					return props.map((p) => s.getPropertyValue(p)).join('|');
				});
				const before = (window as unknown as { __unfocused: string[][] }).__unfocused[index];
				const changed = index >= 0 && before !== undefined && now.some((s, i) => s !== before[i]);
				const box = el.getBoundingClientRect();
				const onScreen =
					box.width > 0 &&
					box.height > 0 &&
					box.bottom > 0 &&
					box.right > 0 &&
					box.top < innerHeight &&
					box.left < innerWidth;
				const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class')!.split(/\s+/)[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
				return { index, visible: outline || shadow || changed || innerVisible, onScreen, name };
			}, FOCUS_PROPS);
			if (!state) break;
			// Composite controls (e.g. <input type="date">) take several Tab presses inside themselves.
			if (state.index >= 0 && state.index === reached[reached.length - 1]) continue;
			if (state.index >= 0 && reached.includes(state.index)) break;
			reached.push(state.index);
			if (state.index < 0) problems.push(`${path}: ${state.name} takes focus but is not a known interactive element`);
			if (!state.visible) problems.push(`${path}: ${state.name} has no visible focus indicator`);
			if (!state.onScreen) problems.push(`${path}: ${state.name} is focused off-screen`);
		}
		const missed = await page.evaluate(
			(got) =>
				[...document.querySelectorAll('[data-kb]')]
					.filter((el) => !got.includes(Number(el.getAttribute('data-kb'))))
					.map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`),
			reached
		);
		for (const m of missed) problems.push(`${path}: ${m} is never reached with Tab`);
		expect(problems, problems.join('\n')).toEqual([]);
		expect(reached.length).toBe(expected);

		// Operable, not just focusable: Enter on each reachable data-table toggle opens it and closes it
		// again (toggles in inert or hidden parts, e.g. the deck's other slides, are not reachable).
		const summaries = page.locator('details > summary[data-kb]');
		for (let i = 0; i < (await summaries.count()); i++) {
			const summary = summaries.nth(i);
			const isOpen = () => summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open);
			const before = await isOpen();
			await summary.focus();
			await page.keyboard.press('Enter');
			expect(await isOpen()).toBe(!before);
			await page.keyboard.press('Enter');
			expect(await isOpen()).toBe(before);
		}
		await close();
	});
});

describe.concurrent('prefers-reduced-motion: reduce', () => {
	/** CSS transitions/animations still running after the page has had a moment to settle. */
	const running = (page: Page) =>
		page.evaluate(async () => {
			await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
			return document
				.getAnimations()
				.filter((a) => a.playState === 'running')
				.map((a) => {
					const target = (a.effect as KeyframeEffect | null)?.target;
					return `${a.constructor.name} on ${target?.tagName.toLowerCase()}.${target?.getAttribute('class') ?? ''}`;
				});
		});

	/** Hovers and focuses what reacts to it, so transitions on :hover/:focus would start. */
	async function interact(page: Page) {
		const targets = page.locator('a[href], summary, [tabindex="0"]');
		const n = Math.min(await targets.count(), 40);
		for (let i = 0; i < n; i++) {
			await targets
				.nth(i)
				.hover({ force: true, timeout: 2000 })
				.catch(() => {});
			await targets.nth(i).focus();
		}
	}

	test.each(PAGE_ROWS)('$path: nothing animates', async ({ path }) => {
		const { page, close } = await open(path, { reducedMotion: 'reduce' });
		expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
		expect(await running(page)).toEqual([]);
		await interact(page);
		expect(await running(page)).toEqual([]);
		await close();
	});

	test('the site-wide rule stops a transition that would otherwise run (the check above can fail)', async () => {
		const startTransition = (page: Page) =>
			page.evaluate(async () => {
				const el = document.createElement('div');
				el.style.transition = 'opacity 5s linear';
				el.style.opacity = '1';
				document.querySelector('main')!.append(el);
				el.getBoundingClientRect();
				el.style.opacity = '0';
				await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
				return document.getAnimations().filter((a) => a.playState === 'running').length;
			});
		const normal = await open('/', { reducedMotion: 'no-preference' });
		expect(await startTransition(normal.page)).toBe(1);
		await normal.close();
		const reduced = await open('/', { reducedMotion: 'reduce' });
		expect(await startTransition(reduced.page)).toBe(0);
		await reduced.close();
	});
});

describe.concurrent('zoom and reflow: no horizontal scrolling, content visible', () => {
	const layout = (page: Page) =>
		page.evaluate(() => {
			const doc = document.documentElement;
			// Pages have a <main>; an embed may be just a chart frame.
			const main = document.querySelector('main') ?? document.querySelector('[data-chart-id]') ?? document.body;
			const h1 = document.querySelector('h1');
			const box = main?.getBoundingClientRect();
			// Elements wider than the viewport (what causes the scroll), for the failure message.
			const wide = [...document.querySelectorAll('body *')]
				.filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1)
				.filter((el) => !el.closest('.visually-hidden, .skip-link'))
				.slice(0, 5)
				.map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
			return {
				overflow: doc.scrollWidth - doc.clientWidth,
				wide,
				mainVisible: !!box && box.width > 0 && box.height > 0,
				mainFits: !!box && box.left >= 0 && box.right <= doc.clientWidth + 1,
				h1Visible: !h1 || (h1.getBoundingClientRect().width > 0 && getComputedStyle(h1).visibility !== 'hidden')
			};
		});

	test.each(PAGE_ROWS)('$path at 200% zoom (1280 px window → 640 CSS px)', async ({ path }) => {
		const { page, close } = await open(path, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
		const result = await layout(page);
		expect(result, JSON.stringify(result.wide)).toMatchObject({
			overflow: 0,
			mainVisible: true,
			mainFits: true,
			h1Visible: true
		});
		await close();
	});

	test.each(PAGE_ROWS)('$path at 320 CSS px (400% zoom, WCAG 1.4.10 reflow)', async ({ path }) => {
		const { page, close } = await open(path, { viewport: { width: 320, height: 640 } });
		const result = await layout(page);
		expect(result, JSON.stringify(result.wide)).toMatchObject({
			overflow: 0,
			mainVisible: true,
			mainFits: true,
			h1Visible: true
		});
		await close();
	});
});

describe.concurrent('every chart has a text alternative and a data table', () => {
	test.each(PAGE_ROWS)('$path', async ({ path }) => {
		const { page, close } = await open(path);
		const found = await page.evaluate(() =>
			[...document.querySelectorAll('[data-chart-id]')].map((frame) => {
				const id = frame.getAttribute('data-chart-id')!;
				// Top-level drawings (not nested svgs, not decorative ones hidden from assistive technology).
				const svgs = [...frame.querySelectorAll('svg')].filter(
					(svg) => !svg.parentElement?.closest('svg') && !svg.closest('[aria-hidden="true"]')
				);
				const labelled = svgs.map((svg) => {
					const byId = (svg.getAttribute('aria-labelledby') ?? '')
						.split(/\s+/)
						.map((ref) => document.getElementById(ref)?.textContent ?? '')
						.join(' ');
					return (svg.getAttribute('aria-label') ?? '').trim().length > 0 || byId.trim().length > 0;
				});
				const table = frame.querySelector('table');
				return {
					id,
					drawings: svgs.length,
					unlabelled: labelled.filter((ok) => !ok).length,
					tableRows: table ? table.querySelectorAll('tbody tr').length : 0,
					tableHeaders: table ? table.querySelectorAll('th').length : 0
				};
			})
		);
		await close();
		for (const chart of found) {
			expect(chart.drawings, `${path} ${chart.id}: no svg`).toBeGreaterThan(0);
			expect(chart.unlabelled, `${path} ${chart.id}: svg without aria-label/aria-labelledby`).toBe(0);
			expect(chart.tableRows, `${path} ${chart.id}: no data table rows`).toBeGreaterThan(0);
			expect(chart.tableHeaders, `${path} ${chart.id}: data table without header cells`).toBeGreaterThan(0);
		}
	});

	test('the site has charts (the check above is not vacuous)', () => {
		const withCharts = PAGES.filter((p) =>
			readFileSync(join(resolve('build'), p.file), 'utf8').includes('data-chart-id')
		);
		expect(withCharts.length).toBeGreaterThan(0);
	});
});
