import { chromium, type Browser, type BrowserContextOptions, type Page, type Request } from 'playwright-core';
import { inject } from 'vitest';
import { measureInPage } from '../../bench/layout';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

let shared: Promise<Browser> | undefined;

/**
 * The worker's Chromium (Debian's, headless, with the flags that keep it off the network): launched by the
 * first test file that asks and shared by the files that run after it in the same worker (vite.config.ts:
 * the e2e files of a worker share their modules), so a run launches two, not one per file (each launch
 * is about 1.5 s of CPU). Files close the contexts and pools they open, never the browser; it ends with
 * its worker (Playwright closes the browsers it launched when Node exits). A browser that crashed or was
 * closed is launched again.
 */
export async function sharedBrowser(): Promise<Browser> {
	const current = shared && (await shared.catch(() => undefined));
	if (current?.isConnected()) return current;
	shared = chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	return shared;
}

export const baseURL = () => inject('baseURL');

/**
 * Opens `url` and waits until the page is complete: the load event (the whole document parsed, its
 * scripts run), no request in flight for 500 ms, and on a hydrated page the end of hydration (the root
 * layout marks it, or the script of a page's islands, src/lib/enhance/islands/; embeds and other
 * unhydrated pages load no SvelteKit modules). The load event alone is not enough: a check would see a
 * page whose late modules have not arrived.
 *
 * The network's quiet is judged from the page's own request events (`trackRequests`), not from
 * Playwright's 'networkidle' lifecycle event, which twice in busy runs never came for a pooled page (a
 * 30 s timeout, on /en/learn/ and on an embed) although every request had finished. A request that
 * really never ends is reported here and fails the every-page gate (its visit counts requests that do
 * not complete).
 */
export async function goto(page: Page, url: string, { javaScript = true, idle = true } = {}): Promise<void> {
	const requests = idle ? trackRequests(page) : null;
	try {
		await page.goto(url, { waitUntil: 'load' });
		// `idle: false` is for checks of the document as loaded (its scripts have run at 'load'), which need
		// no 500 ms of network silence: what the page loads later is the visits' concern (visit.ts).
		const pending = (await requests?.quiet({ settle: false })) ?? [];
		if (pending.length > 0) console.warn(`goto ${url}: still loading after 30 s: ${pending.join(', ')}`);
	} finally {
		requests?.stop();
	}
	if (javaScript && (await page.locator('link[rel="modulepreload"], script[data-hydrates]').count()) > 0)
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
}

/**
 * Watches a page's requests from now on; `quiet()` waits until none has been in flight for 500 ms: after a
 * load (`goto`), and after a gesture, whose lazy module or client-side navigation a load-time wait would
 * not see. Gives up after 30 s (the test then sees whatever has arrived).
 */
export function trackRequests(page: Page): {
	quiet: (options?: { settle?: boolean }) => Promise<string[]>;
	stop: () => void;
} {
	const inflight = new Set<Request>();
	let last = Date.now();
	const started = (request: Request) => {
		inflight.add(request);
		last = Date.now();
	};
	const ended = (request: Request) => {
		inflight.delete(request);
		last = Date.now();
	};
	page.on('request', started);
	page.on('requestfinished', ended);
	page.on('requestfailed', ended);
	return {
		/**
		 * Resolves when the network is quiet, with the URLs still in flight if it gave up. `settle` (default
		 * true) first lets the page issue what the last gesture asked for: a frame and a task, which never
		 * come on a page with JavaScript off (`goto` after the load event does without).
		 */
		async quiet({ settle = true } = {}) {
			if (settle)
				await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))).catch(() => {});
			const deadline = Date.now() + 30_000;
			while ((inflight.size > 0 || Date.now() - last < 500) && Date.now() < deadline)
				await new Promise((r) => setTimeout(r, 50));
			return [...inflight].map((r) => r.url());
		},
		stop() {
			page.off('request', started);
			page.off('requestfinished', ended);
			page.off('requestfailed', ended);
		}
	};
}

/** The page events tests listen to; a pooled page drops every such listener before its next borrower. */
const POOLED_EVENTS = [
	'console',
	'dialog',
	'download',
	'filechooser',
	'pageerror',
	'popup',
	'request',
	'requestfailed',
	'requestfinished',
	'response',
	'websocket'
] as const;

/**
 * Long-lived pages that tests borrow in turn. Opening a page costs Chromium a new renderer process —
 * 0.5 to 0.7 s of CPU on two cores, more than loading most of this site's pages on a page already open
 * (0.2 s) — so the browser tests, which load some 800 pages, reuse them: a test borrows a page, loads its
 * page fresh (`goto`), and gives it back. The HTTP cache is off unless the pool is made with `cache: 'on'`,
 * so every load fetches everything as a first visit does; between borrowers the page loses the site's storage and cookies, its listeners,
 * routes, emulated media and viewport, and goes to about:blank. A borrower never waits: with no idle page a new one is opened, and at most
 * `keep` idle pages are kept. Every page records CSP violations into `window.__csp` from the first byte of
 * each document (an init script cannot be removed, so all pooled pages have it).
 */
export class PagePool {
	private readonly idle: Page[] = [];

	constructor(
		private readonly browser: Browser,
		private readonly options: BrowserContextOptions = {},
		private readonly keep = 5,
		/**
		 * Whether the HTTP cache stays off (the default: each load fetches everything, as a first visit does,
		 * which the JavaScript budget counts). Gates that load a page several times and measure nothing of
		 * the network turn it on: a reader's second visit, with the scripts compiled once.
		 */
		private readonly cache: 'off' | 'on' = 'off'
	) {}

	private async create(): Promise<Page> {
		const context = await this.browser.newContext(this.options);
		await context.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => {
				const w = window as unknown as { __csp?: string[] };
				(w.__csp ??= []).push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample ?? ''}`);
			});
		});
		const page = await context.newPage();
		if (this.cache === 'off') {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		}
		return page;
	}

	/** A page for the caller alone until it is given back with `release`. */
	borrow(): Promise<Page> {
		const page = this.idle.pop();
		return page ? Promise.resolve(page) : this.create();
	}

	async release(page: Page): Promise<void> {
		for (const event of POOLED_EVENTS) page.removeAllListeners(event);
		try {
			// Storage of the site's origin (the presenter's timer, the deck's sync) and cookies go too.
			if (this.options.javaScriptEnabled !== false && page.url().startsWith(baseURL()))
				await page.evaluate(() => {
					sessionStorage.clear();
					localStorage.clear();
				});
			await page.context().clearCookies();
			await page.unrouteAll({ behavior: 'ignoreErrors' });
			await page.emulateMedia({ reducedMotion: null, colorScheme: null, media: null });
			await page.setViewportSize(this.options.viewport ?? { width: 1280, height: 720 });
			await page.goto('about:blank');
		} catch {
			// A page that cannot be reset (closed, crashed) is not reused.
			await page
				.context()
				.close()
				.catch(() => {});
			return;
		}
		if (this.idle.length < this.keep) this.idle.push(page);
		else await page.context().close();
	}

	/** Borrows a page for `fn` and gives it back afterwards, whatever `fn` did. */
	async use<T>(fn: (page: Page) => Promise<T>): Promise<T> {
		const page = await this.borrow();
		try {
			return await fn(page);
		} finally {
			await this.release(page);
		}
	}

	async close(): Promise<void> {
		await Promise.all(this.idle.splice(0).map((page) => page.context().close()));
	}
}

/** The CSP violations a pooled page has recorded in its current document (`PagePool`'s init script). */
export function recordedCspViolations(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** What went wrong on a page: console errors, uncaught exceptions, dialogs, failed or off-site requests. */
export interface PageProblems {
	consoleErrors: string[];
	pageErrors: string[];
	dialogs: string[];
	failedRequests: string[];
	offsiteRequests: string[];
}

/** A page where nothing went wrong (`expect(expectClean(problems)).toEqual(CLEAN)`). */
export const CLEAN: Readonly<PageProblems> = Object.freeze({
	consoleErrors: [],
	pageErrors: [],
	dialogs: [],
	failedRequests: [],
	offsiteRequests: []
});

/**
 * Records every problem of `page` from now on: console errors, exceptions, dialogs (dismissed: the site
 * opens none), failed and off-site requests.
 */
export function watchProblems(page: Page): PageProblems {
	const problems: PageProblems = {
		consoleErrors: [],
		pageErrors: [],
		dialogs: [],
		failedRequests: [],
		offsiteRequests: []
	};
	const origin = new URL(baseURL()).origin;
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
	});
	page.on('pageerror', (error) => problems.pageErrors.push(error.message));
	page.on('dialog', (dialog) => {
		problems.dialogs.push(dialog.message());
		void dialog.dismiss().catch(() => {});
	});
	page.on('requestfailed', (request) => problems.failedRequests.push(request.url()));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin)
			problems.offsiteRequests.push(request.url());
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.failedRequests.push(`${response.status()} ${response.url()}`);
	});
	return problems;
}

/** The pool `openPage` borrows from, one per browser (closed with it). */
const defaultPools = new WeakMap<Browser, PagePool>();

/** Context options a pooled page takes on itself before its load (and loses when it is given back). */
const PAGE_OPTIONS = new Set<keyof BrowserContextOptions>(['viewport', 'reducedMotion', 'colorScheme']);

/**
 * Opens a page and records every problem, so a test can assert there were none. Without options, or with
 * only a window size and emulated media, the page is borrowed from the browser's `PagePool` (sized and
 * emulated before the load) and `close` gives it back; with other context options (JavaScript off, a
 * touch screen, permissions, downloads…) it gets a fresh context of its own, a new renderer process.
 */
export async function openPage(
	browser: Browser,
	path: string,
	options: BrowserContextOptions = {}
): Promise<{ page: Page; problems: PageProblems; close: () => Promise<void> }> {
	let page: Page;
	let close: () => Promise<void>;
	const keys = Object.keys(options) as (keyof BrowserContextOptions)[];
	if (keys.every((key) => PAGE_OPTIONS.has(key)) && options.viewport !== null) {
		let pool = defaultPools.get(browser);
		if (!pool) defaultPools.set(browser, (pool = new PagePool(browser, {}, 2)));
		const from = pool;
		page = await from.borrow();
		close = () => from.release(page);
		if (options.viewport) await page.setViewportSize(options.viewport);
		if (options.reducedMotion || options.colorScheme)
			await page.emulateMedia({
				reducedMotion: options.reducedMotion ?? null,
				colorScheme: options.colorScheme ?? null
			});
	} else {
		const context = await browser.newContext(options);
		page = await context.newPage();
		close = () => context.close();
	}
	const problems = watchProblems(page);
	await goto(page, new URL(path, baseURL()).href, { javaScript: options.javaScriptEnabled !== false });
	return { page, problems, close };
}

/** The problems a page recorded, to compare with `CLEAN`: a plain copy, without whatever else the record holds. */
export function expectClean(problems: PageProblems): PageProblems {
	return {
		consoleErrors: problems.consoleErrors,
		pageErrors: problems.pageErrors,
		dialogs: problems.dialogs,
		failedRequests: problems.failedRequests,
		offsiteRequests: problems.offsiteRequests
	};
}

/**
 * Points at and focuses the first `limit` rendered elements matching `selector`, as a reader's mouse and
 * keyboard would: for each, the page scrolls it into view, focuses it and reports its centre, and the
 * mouse moves there (hover styles, tooltips). Two round trips per element, where Playwright's
 * `locator.hover()` and `focus()` take five to ten (resolve, wait for actionability, scroll, measure).
 * With `distinct`, only the first element of each kind (its tag and classes, and its parent's: what a
 * stylesheet's :hover and :focus rules select) over the whole page, e.g. 15 of /work/'s 221 links,
 * summaries and marks. Returns how many elements it visited.
 */
export async function pointAndFocus(
	page: Page,
	selector: string,
	limit: number,
	{ distinct = false } = {}
): Promise<number> {
	const count = await page.evaluate(
		([selector, limit, distinct]) => {
			const kinds = new Set<string>();
			const kind = (el: Element) =>
				`${el.tagName}.${el.getAttribute('class') ?? ''}<${el.parentElement?.tagName}.${el.parentElement?.getAttribute('class') ?? ''}`;
			const shown = [...document.querySelectorAll(selector)]
				.filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
				.filter((el) => !distinct || (!kinds.has(kind(el)) && !!kinds.add(kind(el))));
			(window as unknown as { __targets: Element[] }).__targets = shown.slice(0, limit);
			return Math.min(shown.length, limit);
		},
		[selector, limit, distinct] as const
	);
	for (let i = 0; i < count; i++) {
		const at = await page.evaluate((i) => {
			const el = (window as unknown as { __targets: Element[] }).__targets[i];
			if (!el?.isConnected) return null;
			el.scrollIntoView({ block: 'center', inline: 'nearest' });
			(el as HTMLElement | SVGElement).focus?.();
			const box = el.getBoundingClientRect();
			return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
		}, i);
		if (at) await page.mouse.move(at.x, at.y);
	}
	return count;
}

/**
 * Issue 15, chart first: a page opens, at a phone's 390×844 and a desktop's 1440×900, with its headline
 * figures and at least half of its main chart (the SVG inside `[data-main-chart]`, Opening.svelte) on the
 * first screen, before any scrolling. Returns, per size, the headline figures shown and that share (the
 * bench's `measureInPage`, bench/layout.ts: one definition of the main chart and its share).
 */
export async function firstScreen(
	browser: Browser,
	path: string
): Promise<{ width: number; figures: number; chartVisible: number }[]> {
	const out = [];
	for (const viewport of [
		{ width: 390, height: 844 },
		{ width: 1440, height: 900 }
	]) {
		const { page, close } = await openPage(browser, path, { viewport });
		// The headline figures wholly inside the window; the main chart's share as the bench measures it.
		const figures = await page.evaluate(
			() =>
				[...document.querySelectorAll('[data-opening] .headline li')].filter((li) => {
					const r = li.getBoundingClientRect();
					return (
						r.width * r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth
					);
				}).length
		);
		const { mainChart } = await page.evaluate(measureInPage);
		out.push({ width: viewport.width, figures, chartVisible: mainChart ?? 0 });
		await close();
	}
	return out;
}
