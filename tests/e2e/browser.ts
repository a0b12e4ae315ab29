import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

/** Debian's Chromium, headless, with the flags that keep it off the network. */
export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export const baseURL = () => inject('baseURL');

/**
 * Opens `url` and waits until the page is complete: the load event (the whole document parsed, its
 * scripts run), no request for 500 ms, and on a hydrated page the end of hydration (the root layout
 * marks it; embeds and other unhydrated pages load no SvelteKit modules). Playwright's 'networkidle'
 * alone is not enough: it can fire while a large page is still being parsed on a busy machine, when no
 * request happens to be in flight, and then a check sees half a document.
 */
export async function goto(page: Page, url: string, { javaScript = true } = {}): Promise<void> {
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	if (javaScript && (await page.locator('link[rel="modulepreload"]').count()) > 0)
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
}

/** The page events the gates listen to; a pooled page drops every listener before its next borrower. */
const POOLED_EVENTS = [
	'console',
	'dialog',
	'pageerror',
	'request',
	'requestfailed',
	'requestfinished',
	'response',
	'websocket'
] as const;

/**
 * A few long-lived pages that tests borrow in turn. Opening a page costs Chromium a new renderer
 * process — on two cores about a second and more CPU than loading most of this site's pages — so the
 * gates, which load some 500 pages, reuse a handful: each test borrows one, loads its page fresh
 * (`goto`), and gives it back. The HTTP cache is off, so every load fetches everything as a first visit
 * does; between borrowers the page goes to about:blank and loses its listeners, routes, emulated media
 * and viewport. Every page records CSP violations into `window.__csp` from the first byte of each
 * document (an init script cannot be removed, so all pooled pages have it).
 */
export class PagePool {
	private readonly idle: Page[] = [];
	private readonly waiting: ((page: Page) => void)[] = [];
	private readonly contexts: BrowserContext[] = [];
	private created = 0;

	constructor(
		private readonly browser: Browser,
		private readonly size = 5,
		private readonly options: BrowserContextOptions = {}
	) {}

	private async create(): Promise<Page> {
		const context = await this.browser.newContext(this.options);
		this.contexts.push(context);
		await context.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => {
				const w = window as unknown as { __csp?: string[] };
				(w.__csp ??= []).push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample ?? ''}`);
			});
		});
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		return page;
	}

	private acquire(): Promise<Page> {
		const page = this.idle.pop();
		if (page) return Promise.resolve(page);
		if (this.created < this.size) {
			this.created++;
			return this.create();
		}
		return new Promise((resolve) => this.waiting.push(resolve));
	}

	private async release(page: Page): Promise<void> {
		for (const event of POOLED_EVENTS) page.removeAllListeners(event);
		await page.unrouteAll({ behavior: 'ignoreErrors' });
		await page.emulateMedia({ reducedMotion: null, colorScheme: null, media: null });
		await page.setViewportSize(this.options.viewport ?? { width: 1280, height: 720 });
		await page.goto('about:blank');
		const next = this.waiting.shift();
		if (next) next(page);
		else this.idle.push(page);
	}

	/** Borrows a page for `fn` and gives it back afterwards, whatever `fn` did. */
	async use<T>(fn: (page: Page) => Promise<T>): Promise<T> {
		const page = await this.acquire();
		try {
			return await fn(page);
		} finally {
			await this.release(page);
		}
	}

	async close(): Promise<void> {
		await Promise.all(this.contexts.map((c) => c.close()));
	}
}

/** What went wrong on a page: console errors, uncaught exceptions, failed or off-site requests. */
export interface PageProblems {
	consoleErrors: string[];
	pageErrors: string[];
	failedRequests: string[];
	offsiteRequests: string[];
}

/** Records every problem of `page` from now on: console errors, exceptions, failed and off-site requests. */
export function watchProblems(page: Page): PageProblems {
	const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], offsiteRequests: [] };
	const origin = new URL(baseURL()).origin;
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
	});
	page.on('pageerror', (error) => problems.pageErrors.push(error.message));
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

/**
 * Opens a page in a fresh context and records every problem, so a test can assert there were none.
 */
export async function openPage(
	browser: Browser,
	path: string,
	options: BrowserContextOptions = {}
): Promise<{ page: Page; problems: PageProblems; close: () => Promise<void> }> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	const problems = watchProblems(page);
	await goto(page, new URL(path, baseURL()).href, { javaScript: options.javaScriptEnabled !== false });
	return { page, problems, close: () => context.close() };
}

/** No console errors, no exceptions, no failed requests, nothing fetched from another origin. */
export function expectClean(problems: PageProblems) {
	return {
		consoleErrors: problems.consoleErrors,
		pageErrors: problems.pageErrors,
		failedRequests: problems.failedRequests,
		offsiteRequests: problems.offsiteRequests
	};
}
