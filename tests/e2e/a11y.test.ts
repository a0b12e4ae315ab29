import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, goto, launch, PagePool } from './browser';
import { TEMPLATES, TEMPLATE_ROWS } from './site';

/**
 * Accessibility, once per template in both languages (site.ts `TEMPLATES`: every page, and one embed of
 * each chart kind): axe-core's WCAG 2.1 A/AA rules, keyboard operation with a visible focus, reduced
 * motion, 200% zoom and 320 px reflow. Pages of one template share their markup, styles and scripts, so
 * these cover every page; the text alternative and data table of every chart are checked on every page
 * (every-page.test.ts).
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let pool: PagePool;
beforeAll(async () => {
	browser = await launch();
	pool = new PagePool(browser, {}, 5, 'on');
});
afterAll(async () => {
	await pool?.close();
	await browser?.close();
});

/** Emulation a check asks for: reduced motion, or a narrower window (CSS px). */
interface Emulation {
	reducedMotion?: 'reduce' | 'no-preference';
	viewport?: { width: number; height: number };
}

/** Borrows a pooled page (browser.ts `PagePool`), loads `path` on it as emulated, and runs `check`. */
function onPage<T>(path: string, emulate: Emulation, check: (page: Page) => Promise<T>): Promise<T> {
	return pool.use(async (page) => {
		if (emulate.reducedMotion) await page.emulateMedia({ reducedMotion: emulate.reducedMotion });
		if (emulate.viewport) await page.setViewportSize(emulate.viewport);
		await goto(page, new URL(path, baseURL()).href);
		return check(page);
	});
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

test('there are templates to check in both languages (the gates are not vacuous), embeds among them', () => {
	expect(TEMPLATES.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/en/']));
	const embedKinds = TEMPLATES.filter((p) => p.template.startsWith('embed:'));
	expect(embedKinds.length).toBeGreaterThan(2);
	expect(embedKinds.filter((p) => p.locale === 'zh').length).toBe(embedKinds.filter((p) => p.locale === 'en').length);
});

describe.concurrent('axe-core, WCAG 2.1 A and AA: zero violations', () => {
	// The largest pages (a year of daily data in tables) take a minute on a busy machine.
	test.each(TEMPLATE_ROWS)('$path ($template)', { timeout: 240_000 }, async ({ path }) => {
		const { closed, opened } = await onPage(path, {}, async (page) => {
			// Evaluated through the DevTools protocol, which the site's CSP does not apply to (it would, rightly,
			// block an injected <script>; the CSP has its own gate).
			await page.evaluate(`${AXE_SOURCE}\n;0`);
			const closed = await runAxe(page);
			// Also check what is hidden until asked for: open every data table.
			await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
			return { closed, opened: await runAxe(page) };
		});
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
	test.each(TEMPLATE_ROWS)('$path ($template)', { timeout: 240_000 }, async ({ path }) => {
		await onPage(path, {}, async (page) => {
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
					// Not rendered (itself or a parent display: none, e.g. a chart's menu on a slide): no Tab stop.
					return cs.display !== 'none' && cs.visibility !== 'hidden' && el.getClientRects().length > 0;
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
		});
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

	/**
	 * Hovers and focuses what reacts to it, so transitions on :hover/:focus would start: the first 40 that
	 * are shown (hovering a hidden one only waits for it to appear).
	 */
	async function interact(page: Page) {
		const targets = page.locator('a[href], summary, [tabindex="0"]').filter({ visible: true });
		const n = Math.min(await targets.count(), 40);
		for (let i = 0; i < n; i++) {
			await targets
				.nth(i)
				.hover({ force: true, timeout: 2000 })
				.catch(() => {});
			await targets.nth(i).focus();
		}
	}

	test.each(TEMPLATE_ROWS)('$path ($template): nothing animates', async ({ path }) => {
		await onPage(path, { reducedMotion: 'reduce' }, async (page) => {
			expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
			expect(await running(page)).toEqual([]);
			await interact(page);
			expect(await running(page)).toEqual([]);
		});
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
		expect(await onPage('/', { reducedMotion: 'no-preference' }, startTransition)).toBe(1);
		expect(await onPage('/', { reducedMotion: 'reduce' }, startTransition)).toBe(0);
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

	// 200% zoom as a fresh load at half the width; then 400% as the browser does it, by narrowing the
	// viewport of the page already open (the page's own resize handling included).
	test.each(TEMPLATE_ROWS)(
		'$path ($template) at 200% zoom (1280 px window → 640 CSS px) and at 320 CSS px (400%, WCAG 1.4.10 reflow)',
		async ({ path }) => {
			await onPage(path, { viewport: { width: 640, height: 400 } }, async (page) => {
				const zoomed = await layout(page);
				expect(zoomed, `200%: ${JSON.stringify(zoomed.wide)}`).toMatchObject({
					overflow: 0,
					mainVisible: true,
					mainFits: true,
					h1Visible: true
				});
				await page.setViewportSize({ width: 320, height: 640 });
				await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
				const reflowed = await layout(page);
				expect(reflowed, `320 px: ${JSON.stringify(reflowed.wide)}`).toMatchObject({
					overflow: 0,
					mainVisible: true,
					mainFits: true,
					h1Visible: true
				});
			});
		}
	);
});
