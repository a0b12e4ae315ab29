import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { baseURL, goto, recordedCspViolations, trackRequests, watchProblems, type PageProblems } from './browser';

/** A console message that reports a Content-Security-Policy violation. */
const CSP_MESSAGE = /Content[- ]Security[- ]Policy/i;

/** What one chart frame offers besides its drawing. */
export interface ChartAlternative {
	id: string;
	/** Top-level drawings that assistive technology sees. */
	drawings: number;
	/** Of those, how many have neither aria-label nor aria-labelledby text. */
	unlabelled: number;
	tableRows: number;
	tableHeaders: number;
	/** Toggles of the chart's actions menu (downloads, copy link) once the page's script has run. */
	actions: number;
}

/** Everything the cheap gates need from one visit of a page (see `visitPage`). */
export interface Visit {
	path: string;
	/** Every request of the visit: documents, scripts, data, images, websockets. */
	requests: string[];
	/** gzip bytes of each script the page loaded until the network was idle (before any gesture). */
	scriptBytes: Record<string, number>;
	/** Content-Security-Policy violations: the documents' `securitypolicyviolation` events and console reports. */
	cspViolations: string[];
	charts: ChartAlternative[];
	/** Whether a client-side navigation to another page of the site happened (hydrated pages). */
	navigated: boolean;
	/**
	 * Console errors (other than CSP reports: `cspViolations`), uncaught exceptions, dialogs, failed requests
	 * (HTTP ≥ 400 or not completed) and off-site requests of the visit (browser.ts `watchProblems`).
	 */
	problems: PageProblems;
	/** What the URL's query and hash (`suffix`) left in the page once it was loaded (`hostileState`). */
	url: HostileState;
}

const RUN = 'window.__pwned=1';
/**
 * URLs' query strings and hashes full of payloads (a reader may arrive with any), several per URL under
 * different parameter names, so a page needs few loads. They set `window.__pwned` rather than calling
 * alert, so a payload that runs is caught even if dialogs were suppressed. Which load carries which:
 *   [0] every page's one visit (every-page.test.ts, `visitPage`);
 *   [1] one more load of one page per template (every-page.test.ts; its `lang=en` takes a Chinese embed to
 *       its English twin, so it cannot be the load that the audits work on);
 *   [2] the load of each template's page that the accessibility audits operate (a11y.test.ts `audit`):
 *       the page must work and stay accessible whatever its URL carries.
 * Every payload reaches the code of every template (site.ts TEMPLATES) in both languages.
 */
export const HOSTILE_SUFFIXES = [
	`?year=<script>${RUN}</script>&id='><svg onload=${RUN}>&chart=javascript:${RUN}&date=2023-02-30` +
		`&station=__proto__&__proto__[polluted]=1&constructor[prototype][polluted]=1#<img src=x onerror="${RUN}">`,
	`?year="><img src=x onerror="${RUN}">&p=%E0%A4%A&lang=en&locale=xx&embed=1` +
		`#year=<script>${RUN}</script>&p="><svg onload=${RUN}>`,
	`?year=${'9'.repeat(5000)}&x=\u202e2023\u200f&pollutant=toString#javascript:${RUN}`
] as const;

/** A page that nothing from its URL reached (`HostileState` without its content). */
export const UNTOUCHED: Readonly<Omit<HostileState, 'content'>> = Object.freeze({
	pwned: 0,
	polluted: null,
	injected: 0,
	scripts: 0
});

/** What a URL's query string and hash may have done to a page: nothing, and the page still renders. */
export interface HostileState {
	/** Set by a payload that ran (the payloads set `window.__pwned` rather than calling alert). */
	pwned: number;
	/** `Object.prototype.polluted`, set by a parameter that reached an object's prototype. */
	polluted: unknown;
	/** Elements a payload would have created (an image with `src=x`, event-handler attributes). */
	injected: number;
	/** Scripts whose text carries a payload. */
	scripts: number;
	/** The page's main content as text (it still renders). */
	content: string;
}

/** The page's state after a load of a URL with hostile query and hash (see every-page.test.ts). */
export function hostileState(page: Page): Promise<HostileState> {
	return page.evaluate(() => ({
		pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
		polluted: ({} as Record<string, unknown>).polluted ?? null,
		injected: document.querySelectorAll('img[src="x"], img[onerror], svg[onload], [onerror], [onload]').length,
		scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
		content: (document.querySelector('main, [data-chart-id]') ?? document.body).textContent?.trim() ?? ''
	}));
}

const violationsIn = (page: Page) => recordedCspViolations(page).catch(() => [] as string[]);

/** Labelled drawings and data tables of every chart frame on the page. */
function chartAlternatives(page: Page): Promise<ChartAlternative[]> {
	return page.evaluate(() =>
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
				tableHeaders: table ? table.querySelectorAll('th').length : 0,
				actions: frame.querySelectorAll('.chart-actions .toggle').length
			};
		})
	);
}

/**
 * One visit of a page on a pooled page (browser.ts `PagePool`: cache off, CSP violations recorded from
 * the first byte), recording what the cheap gates check, so each page is loaded once for all of them:
 * load `path` + `suffix` (a reader may arrive with any query and hash: every-page.test.ts gives each
 * page one full of payloads) until the network is idle: what the URL did to the page (`hostileState`),
 * every script's size (the JavaScript budget) and the charts' text alternatives and tables; with
 * `navigate`, on a hydrated page, follow a link of the site's navigation (client-side; it fetches
 * `__data.json`). Every request (off-site check), every CSP violation, console error, exception, dialog
 * and failed request is recorded throughout. Operating a page (keys, pointer, disclosures, what loads on
 * a gesture) is checked once per template, where a11y.test.ts operates it.
 */
export async function visitPage(page: Page, path: string, suffix = '', { navigate = false } = {}): Promise<Visit> {
	const requests: string[] = [];
	const cspViolations: string[] = [];
	const scriptBytes: Record<string, number> = {};
	const pending: Promise<void>[] = [];
	const problems = watchProblems(page);
	let counting = true;
	page.on('request', (request) => requests.push(request.url()));
	page.on('websocket', (ws) => requests.push(ws.url()));
	// The browser reports a violation on the console too (an error, or a warning for report-only rules).
	page.on('console', (msg) => {
		if (CSP_MESSAGE.test(msg.text())) cspViolations.push(`console: ${msg.text()}`);
	});
	// A script is counted when it is requested before the page is complete; its size is the body the page
	// received or, when Chromium no longer holds that body (it can drop it on a loaded machine), the same
	// file fetched again from the site's server.
	page.on('request', (request) => {
		if (counting && request.resourceType() === 'script') scriptBytes[request.url()] ??= 0;
	});
	page.on('response', (response) => {
		const url = response.url();
		if (response.request().resourceType() !== 'script' || !(url in scriptBytes)) return;
		pending.push(
			response
				.body()
				.catch(() => fetch(url).then(async (r) => Buffer.from(await r.arrayBuffer())))
				.then((body) => void (scriptBytes[url] = gzipSync(body).length))
		);
	});
	await goto(page, new URL(path, baseURL()).href + suffix);
	counting = false;
	const url = await hostileState(page);
	const network = trackRequests(page);
	await Promise.all(pending);
	// A response whose event came after the page was complete: its file, fetched again.
	for (const [url, bytes] of Object.entries(scriptBytes))
		if (bytes === 0) scriptBytes[url] = gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
	const charts = await chartAlternatives(page);
	cspViolations.push(...(await violationsIn(page)));

	// On a hydrated page, a client-side navigation to another page of the site (it fetches __data.json).
	// (An unhydrated page's links are plain page loads, and every page gets its own visit.)
	let navigated = false;
	const link = page.locator('header nav a[href]:not([aria-current="page"])').first();
	const hydrated = (await page.locator('html[data-hydrated]').count()) > 0;
	if (navigate && hydrated && (await link.count()) > 0) {
		await link.click();
		await network.quiet();
		navigated = true;
		// The same document: its entries read above are there again.
		const after = await violationsIn(page);
		for (const v of after) if (!cspViolations.includes(v)) cspViolations.push(v);
	}
	network.stop();
	// A CSP violation's console error is counted once, as a violation.
	problems.consoleErrors = problems.consoleErrors.filter((text) => !CSP_MESSAGE.test(text));
	return { path, requests, scriptBytes, cspViolations, charts, navigated, problems, url };
}
