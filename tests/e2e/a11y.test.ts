import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
	baseURL,
	CLEAN,
	goto,
	sharedBrowser,
	PagePool,
	pointAndFocus,
	recordedCspViolations,
	watchProblems,
	type PageProblems
} from './browser';
import { TEMPLATES, TEMPLATE_ROWS } from './site';
import { HOSTILE_SUFFIXES, hostileState, UNTOUCHED, type HostileState } from './visit';
import { MARKS } from '../../src/lib/enhance/markKeys';

/**
 * Accessibility, once per template in both languages (site.ts `TEMPLATES`: every page, and one embed of
 * each chart kind): axe-core's WCAG 2.1 A/AA rules, keyboard operation with a visible focus, reduced
 * motion, 200% zoom and 320 px reflow. Pages of one template share their markup, styles and scripts, so
 * these cover every page; the text alternative and data table of every chart are checked on every page
 * (every-page.test.ts). Operating the page this way runs its template's interactive code (tooltips, keys,
 * disclosures, menus, what loads on a gesture), so the audit also records what every-page.test.ts checks
 * of a load: no CSP violation, console error, exception, failed or off-site request while it is operated.
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let pool: PagePool;

/**
 * Every template row gets one load, and all four gates work on that one page in turn (`audit`): the
 * keyboard walk on the page as loaded, then pointer and focus on what reacts to them, then, with every
 * disclosure open, the narrow windows and axe-core. The page is loaded with reduced motion from its first
 * byte (what animates on load is caught), which the other gates do not depend on. The audits are
 * scheduled here, two pages at a time, so no test's time limit counts a queue: this file alone took 132 s
 * of CPU (84 s) so, against 145 s (80 s) three at a time and 123 s (125 s) one at a time (2026-12-07);
 * each pooled page is a browser context with a renderer of its own.
 */
const AT_ONCE = 2;
const audits = new Map<string, Promise<Audit>>();

beforeAll(async () => {
	browser = await sharedBrowser();
	pool = new PagePool(browser, {}, AT_ONCE, 'on');
	const queue = [...TEMPLATE_ROWS];
	const worker = async () => {
		for (let next = queue.shift(); next; next = queue.shift()) {
			const { path } = next;
			const a = pool.use((page) => audit(page, path));
			audits.set(path, a);
			await a.catch(() => {});
		}
	};
	await Promise.all(Array.from({ length: AT_ONCE }, worker));
	// A hang guard for the whole pass (some 60 pages), not a speed assertion.
}, 1_800_000);
afterAll(async () => {
	await pool?.close();
});

/** The audit of one template row (filled by `beforeAll`). */
function audited(path: string): Promise<Audit> {
	const a = audits.get(path);
	if (!a) throw new Error(`${path} was not audited`);
	return a;
}

/** Borrows a pooled page (browser.ts `PagePool`), loads `path` on it with `reducedMotion`, and runs `check`. */
function onPage<T>(
	path: string,
	reducedMotion: 'reduce' | 'no-preference',
	check: (page: Page) => Promise<T>
): Promise<T> {
	return pool.use(async (page) => {
		await page.emulateMedia({ reducedMotion });
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

/**
 * Removes from each table body the rows whose markup repeats an earlier row's: the same elements,
 * attributes, classes and inline styles, only other words or numbers in them (an empty cell stays distinct
 * from a filled one). What axe-core checks of a row (colours and contrast, names, headers, roles) is
 * decided by that markup, not by the figures, so one row of each kind is checked: a 365-day table is a few
 * rows, and axe took half the time on the largest pages (2.7 → 1.4 s on /air/2023/). Run after every
 * check that reads the words' lengths (the narrow windows). Returns the number of rows removed.
 */
function thinTables(page: Page): Promise<number> {
	return page.evaluate(() => {
		let removed = 0;
		for (const body of document.querySelectorAll('tbody')) {
			const kinds = new Set<string>();
			for (const row of [...body.rows]) {
				const kind = row.outerHTML.replace(/>([^<]*)</g, (_, text: string) => (text.trim() ? '>T<' : '><'));
				if (kinds.has(kind)) {
					row.remove();
					removed++;
				} else kinds.add(kind);
			}
		}
		return removed;
	});
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

/** What a focus indicator can be made of; compared before and during focus. */
const FOCUS_PROPS = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'stroke', 'stroke-width'];

/** The outcome of the four gates on one page (`audit`). */
interface Audit {
	axe: AxeViolation[];
	keyboard: { expected: number; reached: number; problems: string[] };
	motion: { matches: boolean; onLoad: string[]; afterInteraction: string[] };
	reflow: { zoomed: Layout; narrow: Layout };
	/** Everything that went wrong while the page was operated (its load included), and its CSP violations. */
	operated: PageProblems & { csp: string[] };
	/** What the payloads in the page's URL (visit.ts `HOSTILE_SUFFIXES[2]`) left in it once it was loaded. */
	url: HostileState;
}

/**
 * Loads `path` once (reduced motion) and runs every gate on it, in an order where none disturbs the next.
 * The page's URL carries the third of the hostile query strings and hashes (visit.ts; every-page.test.ts
 * loads each template with the other two): a page must work, and stay accessible, whatever its URL holds.
 */
async function audit(page: Page, path: string): Promise<Audit> {
	const problems = watchProblems(page);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await goto(page, new URL(path, baseURL()).href + HOSTILE_SUFFIXES[2]);
	const url = await hostileState(page);
	const matches = await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches);
	const onLoad = await running(page);
	const keyboard = await keyboardWalk(page, path);
	// Hover and focus what reacts to it, so that transitions on :hover/:focus would start: one of each kind
	// shown (its classes and its parent's, what a :hover or :focus rule selects), up to 40 kinds.
	await pointAndFocus(page, 'a[href], summary, [tabindex="0"]', 40, { distinct: true });
	const afterInteraction = await running(page);
	// Every disclosure open: what is hidden until asked for (tables, notes, sources, downloads) is checked
	// with what is always shown, by the narrow windows and by axe-core.
	const openAll = () => page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	await openAll();
	// 200% zoom is a 1280 px window at 640 CSS px; 400% (WCAG 1.4.10 reflow) at 320 CSS px. The page is
	// narrowed as the browser does when zooming, with its disclosures open (a reader who opened a table).
	const loadedIn = page.viewportSize();
	await page.setViewportSize({ width: 640, height: 400 });
	const zoomed = await layout(page);
	await page.setViewportSize({ width: 320, height: 640 });
	const narrow = await layout(page);
	// axe-core in the window the page was loaded in, evaluated through the DevTools protocol, which the
	// site's CSP does not apply to (it would, rightly, block an injected <script>; the CSP has its own gate),
	// on the page with its data tables thinned to one row of each kind (`thinTables`).
	if (loadedIn) await page.setViewportSize(loadedIn);
	// Open again: the map closes its side panel and its note when its window narrows (XiamenMap.svelte `fit`).
	await openAll();
	await thinTables(page);
	await page.evaluate(`${AXE_SOURCE}\n;0`);
	const axe = await runAxe(page);
	const csp = await recordedCspViolations(page);
	return {
		axe,
		keyboard,
		motion: { matches, onLoad, afterInteraction },
		reflow: { zoomed, narrow },
		operated: { ...problems, csp },
		url
	};
}

/**
 * Tab through the page: every element a keyboard user must reach is reached, in one pass, each with a
 * visible focus indicator and on screen; then Enter on each kind of reachable disclosure opens and closes it.
 * The page records each focus as it happens (a `focusin` listener), so the walk presses Tab in batches
 * and reads the record once per batch.
 */
async function keyboardWalk(page: Page, path: string): Promise<Audit['keyboard']> {
	// Number the elements a keyboard user must reach, record how each looks unfocused, and log each focus.
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
			// Composite widgets have one Tab stop and arrow keys inside (WAI-ARIA roving tabindex): their other
			// members (tabindex -1) are not Tab stops; nor are the unchecked radios of a group with a checked
			// one (the browser's own radio group behaviour).
			if (
				el.getAttribute('tabindex') === '-1' &&
				el.closest(
					'[role="tablist"], [role="radiogroup"], [role="toolbar"], [role="listbox"], [role="grid"], [role="menu"]'
				)
			)
				return false;
			if (el instanceof HTMLInputElement && el.type === 'radio' && el.name && !el.checked) {
				const group = document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`);
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
		const unfocused = list.map(style);
		list.forEach((el, i) => el.setAttribute('data-kb', String(i)));
		const w = window as unknown as {
			__focusLog: { index: number; visible: boolean; onScreen: boolean; name: string }[];
		};
		w.__focusLog = [];
		// The browser has scrolled the element into view and applied :focus styles when focusin is dispatched.
		const record = (el: Element) => {
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
			const before = unfocused[index];
			const changed = index >= 0 && before !== undefined && now.some((s, i) => s !== before[i]);
			// Focus that moved into a same-origin iframe (the embed builder's previews): that page's own focus
			// indicators are checked where it is audited itself (every embed template is a row here).
			const frame = el instanceof HTMLIFrameElement;
			const box = el.getBoundingClientRect();
			const onScreen =
				box.width > 0 &&
				box.height > 0 &&
				box.bottom > 0 &&
				box.right > 0 &&
				box.top < innerHeight &&
				box.left < innerWidth;
			const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class')!.split(/\s+/)[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
			w.__focusLog.push({ index, visible: outline || shadow || changed || frame, onScreen, name });
		};
		document.addEventListener('focusin', (event) => record(event.target as Element), true);
		// Focus that goes into a same-origin iframe is dispatched in the iframe's document (each time it loads).
		for (const frame of list.filter((el): el is HTMLIFrameElement => el instanceof HTMLIFrameElement)) {
			const watch = () => frame.contentDocument?.addEventListener('focusin', () => record(frame), true);
			watch();
			frame.addEventListener('load', watch);
		}
		return list.length;
	}, FOCUS_PROPS);

	const reached: number[] = [];
	const problems: string[] = [];
	const limit = expected * 2 + 10;
	let done = false;
	const tab = await tabKey(page);
	for (let pressed = 0; !done && pressed < limit;) {
		const batch = Math.min(16, limit - pressed);
		await tab.press(batch);
		pressed += batch;
		const { log, left } = await page.evaluate(() => {
			const w = window as unknown as {
				__focusLog: { index: number; visible: boolean; onScreen: boolean; name: string }[];
			};
			return { log: w.__focusLog.splice(0), left: !document.activeElement || document.activeElement === document.body };
		});
		for (const state of log) {
			// Composite controls (e.g. <input type="date">) take several Tab presses inside themselves.
			if (state.index >= 0 && state.index === reached[reached.length - 1]) continue;
			// Back at an element already reached: the walk has gone round the page.
			if (state.index >= 0 && reached.includes(state.index)) {
				done = true;
				break;
			}
			reached.push(state.index);
			if (state.index < 0) problems.push(`${path}: ${state.name} takes focus but is not a known interactive element`);
			if (!state.visible) problems.push(`${path}: ${state.name} has no visible focus indicator`);
			if (!state.onScreen) problems.push(`${path}: ${state.name} is focused off-screen`);
		}
		// Focus left the page after its last element.
		if (left) done = true;
	}
	const missed = await page.evaluate(
		(got) =>
			[...document.querySelectorAll('[data-kb]')]
				.filter((el) => !got.includes(Number(el.getAttribute('data-kb'))))
				.map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`),
		reached
	);
	for (const m of missed) problems.push(`${path}: ${m} is never reached with Tab`);
	await tab.detach();

	// Operable, not just focusable: Enter on a reachable disclosure opens it and closes it again
	// (disclosures in inert or hidden parts, e.g. the deck's other slides, are not reachable). One of each
	// kind (its details' and its summary's classes: one component draws them all), as /work/ alone has 99,
	// 80 of them the same quote disclosure; the Tab walk above has reached every one.
	const summaries = await page.evaluate(() => {
		const kinds = new Set<string>();
		return [...document.querySelectorAll<HTMLElement>('details > summary[data-kb]')]
			.map((summary, i) => ({ i, kind: `${summary.parentElement!.className}|${summary.className}` }))
			.filter(({ kind }) => !kinds.has(kind) && kinds.add(kind))
			.map(({ i }) => i);
	});
	const state = (i: number, focus: boolean) =>
		page.evaluate(
			([i, focus]) => {
				const summary = document.querySelectorAll<HTMLElement>('details > summary[data-kb]')[i]!;
				if (focus) summary.focus();
				return { open: (summary.parentElement as HTMLDetailsElement).open, name: summary.textContent?.trim() ?? '' };
			},
			[i, focus] as const
		);
	for (const i of summaries) {
		const before = await state(i, true);
		await page.keyboard.press('Enter');
		const pressed = await state(i, false);
		await page.keyboard.press('Enter');
		const again = await state(i, false);
		if (pressed.open === before.open || again.open !== before.open)
			problems.push(`${path}: Enter on the disclosure "${before.name.slice(0, 30)}" does not open and close it`);
	}

	// Operable inside: a chart is one Tab stop (src/lib/enhance/markKeys.ts), and from it End and Home
	// reach its last and its first mark; checked on every chart shown.
	const charts = await page.evaluate(() => document.querySelectorAll('[data-chart-id][data-mark-keys]').length);
	const focusAt = (i: number, key: string | null) =>
		page.evaluate(
			([i, key, marks]) => {
				const frame = document.querySelectorAll('[data-chart-id][data-mark-keys]')[i]!;
				// The marks shown (the module skips those in a closed disclosure, e.g. further panels).
				const all = [...frame.querySelectorAll<SVGElement>(marks)].filter(
					(m) => !m.closest('details:not([open]), [hidden]')
				);
				if (key === null) {
					const stop = all.find((m) => m.getAttribute('tabindex') === '0');
					if (!stop || stop.getClientRects().length === 0) return null;
					stop.focus();
				}
				return {
					id: frame.getAttribute('data-chart-id'),
					at: all.indexOf(document.activeElement as SVGElement),
					count: all.length
				};
			},
			[i, key, MARKS] as const
		);
	for (let i = 0; i < charts; i++) {
		if (!(await focusAt(i, null))) continue;
		await page.keyboard.press('End');
		const end = (await focusAt(i, 'End'))!;
		await page.keyboard.press('Home');
		const home = (await focusAt(i, 'Home'))!;
		if (end.at !== end.count - 1 || home.at !== 0)
			problems.push(`${path}: in the chart ${end.id}, End and Home do not reach its last and first mark`);
	}
	return { expected, reached: reached.length, problems };
}

/**
 * Presses Tab `count` times as a keyboard does (DevTools' Input.dispatchKeyEvent, what Playwright's
 * `keyboard.press` sends), the presses sent together rather than each awaited: the page handles every one
 * in order, as its own task, and the focus log records each focus as it happens; only the frames drawn
 * between presses are fewer (a Tab walk used 8.7 ms of CPU a press one by one, 3.7 ms sent sixteen at a
 * time, 2026-12-07).
 */
async function tabKey(page: Page): Promise<{ press: (count: number) => Promise<void>; detach: () => Promise<void> }> {
	const cdp = await page.context().newCDPSession(page);
	const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
	return {
		press: (count) =>
			Promise.all(
				Array.from({ length: count }, () => [
					cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }),
					cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key })
				]).flat()
			).then(() => undefined),
		detach: () => cdp.detach().catch(() => {})
	};
}

/** CSS transitions/animations still running after the page has had a moment to settle. */
function running(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		return document
			.getAnimations()
			.filter((a) => a.playState === 'running')
			.map((a) => {
				const target = (a.effect as KeyframeEffect | null)?.target;
				return `${a.constructor.name} on ${target?.tagName.toLowerCase()}.${target?.getAttribute('class') ?? ''}`;
			});
	});
}

interface Layout {
	overflow: number;
	wide: string[];
	mainVisible: boolean;
	mainFits: boolean;
	h1Visible: boolean;
}

/** After the window's last resize has been laid out: horizontal overflow, and whether the content shows. */
function layout(page: Page): Promise<Layout> {
	return page.evaluate(async () => {
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
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
}

describe.concurrent('axe-core, WCAG 2.1 A and AA: zero violations (every disclosure open)', () => {
	test.each(TEMPLATE_ROWS)('$path ($template)', async ({ path }) => {
		const lines = [...new Set(describeViolations(path, (await audited(path)).axe))];
		expect(lines, lines.join('\n')).toEqual([]);
	});

	test('thinned tables keep each kind of row: a faint row after thirty plain ones, an empty link, are still found', async () => {
		const { removed, ids } = await pool.use(async (page) => {
			await goto(page, new URL('/', baseURL()).href);
			await page.evaluate(() => {
				const plain = (i: number) =>
					`<tr><th scope="row">${i}</th><td>${i * 7}</td><td><a href="#r${i}">row ${i}</a></td></tr>`;
				const rows = Array.from({ length: 30 }, (_, i) => plain(i)).join('');
				document
					.querySelector('main')!
					.insertAdjacentHTML(
						'afterbegin',
						`<table><thead><tr><th scope="col">n</th><th scope="col">value</th><th scope="col">link</th></tr></thead><tbody>${rows}` +
							'<tr><th scope="row">31</th><td style="color: #ddd">217</td><td><a href="#r31">row 31</a></td></tr>' +
							'<tr><th scope="row">32</th><td>224</td><td><a href="#r32"></a></td></tr></tbody></table>'
					);
			});
			const removed = await thinTables(page);
			await page.evaluate(`${AXE_SOURCE}\n;0`);
			return { removed, ids: (await runAxe(page)).map((v) => v.id) };
		});
		expect(removed).toBeGreaterThanOrEqual(29);
		expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'link-name']));
	});
});

describe.concurrent('keyboard: every interactive element is reached by Tab, shows a visible focus, and works', () => {
	test.each(TEMPLATE_ROWS)('$path ($template)', async ({ path }) => {
		const { expected, reached, problems } = (await audited(path)).keyboard;
		expect(expected).toBeGreaterThan(0);
		expect(problems, problems.join('\n')).toEqual([]);
		expect(reached).toBe(expected);
	});

	test('a link without a focus indicator, one focused off-screen and one Tab never reaches are caught (the check can fail)', async () => {
		const { problems } = await pool.use(async (page) => {
			await goto(page, new URL('/', baseURL()).href);
			await page.evaluate(() => {
				const main = document.querySelector('main')!;
				main.insertAdjacentHTML(
					'afterbegin',
					'<a href="#plain" style="outline: none !important; box-shadow: none !important">plain</a>' +
						'<a href="#away" style="position: absolute; left: -9999px">away</a>' +
						'<a href="#skipped" tabindex="-1">skipped</a>'
				);
			});
			return keyboardWalk(page, '/');
		});
		expect(problems).toEqual(
			expect.arrayContaining([
				'/: a "plain" has no visible focus indicator',
				'/: a "away" is focused off-screen',
				'/: a "skipped" is never reached with Tab'
			])
		);
	});
});

describe.concurrent('prefers-reduced-motion: reduce', () => {
	test.each(TEMPLATE_ROWS)('$path ($template): nothing animates, on load or on hover and focus', async ({ path }) => {
		const { matches, onLoad, afterInteraction } = (await audited(path)).motion;
		expect(matches).toBe(true);
		expect(onLoad).toEqual([]);
		expect(afterInteraction).toEqual([]);
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
		expect(await onPage('/', 'no-preference', startTransition)).toBe(1);
		expect(await onPage('/', 'reduce', startTransition)).toBe(0);
	});
});

describe.concurrent('a hostile query string and hash in the audited URL (visit.ts HOSTILE_SUFFIXES[2])', () => {
	test.each(TEMPLATE_ROWS)('$path ($template): nothing from the URL ran or became markup', async ({ path }) => {
		const { content, ...state } = (await audited(path)).url;
		expect(state).toEqual(UNTOUCHED);
		expect(content.length, 'the page still renders').toBeGreaterThan(0);
	});
});

describe.concurrent('zoom and reflow: no horizontal scrolling, content visible', () => {
	test.each(TEMPLATE_ROWS)(
		'$path ($template) at 200% zoom (1280 px window → 640 CSS px) and at 320 CSS px (400%, WCAG 1.4.10 reflow)',
		async ({ path }) => {
			const { zoomed, narrow } = (await audited(path)).reflow;
			const fits = { overflow: 0, mainVisible: true, mainFits: true, h1Visible: true };
			expect(zoomed, `200%: ${JSON.stringify(zoomed.wide)}`).toMatchObject(fits);
			expect(narrow, `320 px: ${JSON.stringify(narrow.wide)}`).toMatchObject(fits);
		}
	);
});

describe.concurrent(
	'operated (Tab walk, Enter, End and Home, hover and focus, every disclosure open, narrow windows)',
	() => {
		test.each(TEMPLATE_ROWS)(
			'$path ($template): no CSP violation, console error, exception, dialog, failed or off-site request',
			async ({ path }) => {
				const { operated } = await audited(path);
				expect(operated, JSON.stringify(operated)).toEqual({ ...CLEAN, csp: [] });
			}
		);

		test('what goes wrong while a page is operated is recorded (the check above can fail)', async () => {
			const recorded = await pool.use(async (page) => {
				const problems = watchProblems(page);
				await goto(page, new URL('/', baseURL()).href);
				await page.evaluate(async () => {
					console.error('broken');
					alert('opened');
					const script = document.createElement('script');
					script.textContent = 'window.__ran = true';
					document.body.append(script);
					const img = document.createElement('img');
					const failed = new Promise((r) => (img.onerror = r));
					img.src = '/no-such-file.png';
					document.body.append(img);
					await failed;
				});
				const csp = await recordedCspViolations(page);
				return { ...problems, csp };
			});
			expect(recorded.consoleErrors).toContain('broken');
			expect(recorded.dialogs).toEqual(['opened']);
			expect(recorded.csp.some((v) => v.startsWith('script-src'))).toBe(true);
			expect(recorded.failedRequests.some((r) => r.includes('/no-such-file.png'))).toBe(true);
		});
	}
);
