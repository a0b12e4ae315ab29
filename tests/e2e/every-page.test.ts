import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { jsBudgetClass, jsCeilingKB } from '../../bench/budgets';
import { headersFor, parseHeadersFile } from '../../scripts/headers.mjs';
import {
	baseURL,
	CLEAN,
	goto,
	sharedBrowser,
	PagePool,
	trackRequests,
	watchProblems,
	type PageProblems
} from './browser';
import { startHost } from './hosts';
import { INVENTORY, PAGES, PAGE_ROWS, TEMPLATES, VISITED, VISIT_ROWS } from './site';
import { HOSTILE_SUFFIXES, hostileState, UNTOUCHED, visitPage, type HostileState, type Visit } from './visit';

/**
 * The cheap gates, on every built page and embed in both languages (discovered from build/, so pages
 * added later are covered without editing this file):
 *   - from the built HTML, without a browser: the Content-Security-Policy meta tag and what it allows;
 *     no resource referenced from another origin;
 *   - from one visit per page in Chromium (`visitPage`): no CSP violation, no request to another origin,
 *     the JavaScript budget, a text alternative and a data table for every chart, and the HTTP headers
 *     the host file promises; on a hydrated page of a template, a client-side navigation too. What
 *     operating a page runs and loads (keys, pointer, disclosures) is checked where a11y.test.ts
 *     operates one page of each template: the same code on every page of the template;
 *   - hostile query strings and hashes: the visit is of the page's URL with payloads in six parameters
 *     and the hash; one page per template also gets a second such URL, and a11y.test.ts audits it at a
 *     third (visit.ts `HOSTILE_SUFFIXES`).
 * The expensive accessibility gates run once per template: a11y.test.ts.
 */

const BUILD = resolve('build');
const html = (file: string) => readFileSync(join(BUILD, file), 'utf8');

let browser: Browser;
/** Pages for the one visit of each page: cache off, so the JavaScript budget sees a first visit. */
let pool: PagePool;
/** Pages for the second hostile URL (one more load of one page per template): a reader's next visit, cache on. */
let cached: PagePool;

/** The outcome of every page's visit and hostile loads, by path (filled by `beforeAll`). */
const visits = new Map<string, Promise<Visit>>();
const hostile = new Map<string, Promise<HostileOutcome>>();

/**
 * Pages worked on at once. A browser test mostly waits (500 ms of network silence after each load and
 * gesture, a frame, its next command), so several run side by side; but each pooled page is a browser
 * context with a renderer process of its own, and more of them cost CPU for nothing: this file alone took
 * 68–77 s at three or six at a time, and 97–116 s of CPU at three against 123–134 s at six (two at a time:
 * 91 s; 2026-12-07). The work is scheduled here, in one pass, rather than by the test runner's
 * concurrency, so no test's time limit counts a queue.
 */
const AT_ONCE = 3;

beforeAll(async () => {
	browser = await sharedBrowser();
	pool = new PagePool(browser, {}, AT_ONCE);
	cached = new PagePool(browser, {}, AT_ONCE, 'on');
	const queue = [...VISITED];
	const worker = async () => {
		for (let next = queue.shift(); next; next = queue.shift()) {
			const { path } = next;
			const template = TEMPLATES.some((t) => t.path === path);
			const v = pool.use((page) => visitPage(page, path, HOSTILE_SUFFIXES[0], { navigate: template }));
			visits.set(path, v);
			await v.catch(() => {});
			if (!template) continue;
			const h = cached.use((page) => hostileLoad(page, path));
			hostile.set(path, h);
			await h.catch(() => {});
		}
	};
	await Promise.all(Array.from({ length: AT_ONCE }, worker));
	// A hang guard for the whole pass (some 180 pages, one to three loads each), not a speed assertion.
}, 1_800_000);
afterAll(async () => {
	await pool?.close();
	await cached?.close();
});

/** The visit of one page (visit.ts `visitPage`), shared by the gates below. */
function visit(path: string): Promise<Visit> {
	const v = visits.get(path);
	if (!v) throw new Error(`${path} was not visited`);
	return v;
}

test('the build has pages to check (the gates are not vacuous), and every embed of the manifest was built', () => {
	expect(PAGES.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/en/']));
	expect(PAGES.filter((p) => p.kind === 'embed').length).toBeGreaterThan(10);
	expect(INVENTORY.missing).toEqual([]);
});

// -------------------------------------------------------------------------------------------------------------
// Content-Security-Policy (SvelteKit `kit.csp`, mode 'hash', a <meta http-equiv> in each prerendered page)

/** The policy of a built page as directive → sources, or null when the page has no CSP meta tag. */
function policyOf(source: string): Map<string, string[]> | null {
	const match = source.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/i);
	if (!match) return null;
	return new Map(
		match[1]!
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name!, values])
	);
}

describe('every built page carries the CSP', () => {
	test.each(PAGE_ROWS)('$path', ({ path }) => {
		const source = html(PAGES.find((p) => p.path === path)!.file);
		const policy = policyOf(source);
		expect(policy, 'no <meta http-equiv="content-security-policy">').not.toBeNull();
		const p = policy!;
		expect(p.get('default-src')).toEqual(["'self'"]);
		expect(p.get('object-src')).toEqual(["'none'"]);
		expect(p.get('base-uri')).toEqual(["'self'"]);
		expect(p.get('form-action')).toEqual(["'self'"]);
		expect(p.get('connect-src')).toEqual(["'self'"]);
		expect(p.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
		// Scripts: this origin and the hashes of the build's own inline scripts, nothing else.
		const scripts = p.get('script-src')!;
		expect(scripts[0]).toBe("'self'");
		for (const s of scripts.slice(1)) expect(s).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(scripts).not.toContain("'unsafe-eval'");
		// <style> elements only from this origin or hashed; inline style attributes are allowed (svelte.config.js).
		const styles = p.get('style-src-elem')!;
		expect(styles[0]).toBe("'self'");
		for (const s of styles.slice(1)) expect(s).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
		expect(styles).not.toContain("'unsafe-inline'");
		for (const [, body] of source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
			const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
			expect(styles, 'an inline <style> is not in style-src-elem').toContain(hash);
		}

		// Every inline script is one the policy hashes; there are no inline event handlers or javascript: URLs.
		// (A data block, <script type="application/json"> — an island's props — is never run; CSP does not
		// apply to it.)
		const inline = [
			...source.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/json")[^>]*>([\s\S]*?)<\/script>/g)
		].map((m) => m[1]!);
		const data = [...source.matchAll(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g)];
		for (const [, body] of data) expect(() => JSON.parse(body!), 'a data block that is not JSON').not.toThrow();
		for (const body of inline) {
			const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
			expect(scripts, 'an inline script is not in script-src').toContain(hash);
		}
		expect(source).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
		expect(source).not.toMatch(/(?:href|src|action)\s*=\s*["']?\s*javascript:/i);

		// The meta tag applies only to what follows it: it must precede every script and stylesheet.
		const at = source.search(/<meta http-equiv="content-security-policy"/i);
		const firstResource = source.search(/<script|<link[^>]+rel="(?:modulepreload|stylesheet|preload)"|<style/i);
		expect(at).toBeLessThan(firstResource);
	});
});

describe.concurrent('Chromium reports no CSP violation (load, navigate; operated: a11y.test.ts)', () => {
	test.each(VISIT_ROWS)('$path', async ({ path }) => {
		const v = await visit(path);
		expect(v.cspViolations).toEqual([]);
	});

	test('the visits navigate client-side on a hydrated page (that part of the check is not vacuous)', async () => {
		// (Navigation is part of a template page's visit.)
		const hydrated = PAGES.find(
			(p) =>
				p.kind === 'page' && TEMPLATES.some((t) => t.path === p.path) && html(p.file).includes('rel="modulepreload"')
		);
		expect(hydrated, 'no hydrated page in the build').toBeDefined();
		expect((await visit(hydrated!.path)).navigated).toBe(true);
	});

	test('a violation is reported when one happens (the check above can fail)', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await context.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => {
				const w = window as unknown as { __csp?: string[] };
				(w.__csp ??= []).push(e.violatedDirective);
			});
		});
		await goto(page, new URL('/', baseURL()).href);
		const outcome = await page.evaluate(async () => {
			// What an injected inline script would be: blocked and reported.
			const s = document.createElement('script');
			s.textContent = 'window.__ran = true';
			document.body.append(s);
			await new Promise((r) => setTimeout(r, 50));
			const w = window as unknown as { __ran?: boolean; __csp?: string[] };
			return { ran: w.__ran ?? false, reported: w.__csp ?? [] };
		});
		await context.close();
		expect(outcome.ran).toBe(false);
		expect(outcome.reported.some((d) => d.startsWith('script-src'))).toBe(true);
	});
});

// -------------------------------------------------------------------------------------------------------------
// No other origin: no CDN, no web font, no analytics, no map tiles. Links to sources (<a href>) are not
// requests and are allowed.

/** True when a URL is fetched from somewhere other than the site (data: and blob: stay in the page). */
function offsite(url: string, origin: string): boolean {
	const u = new URL(url);
	return !['data:', 'blob:', 'about:'].includes(u.protocol) && u.origin !== origin;
}

describe('the built HTML references no other origin for anything it loads', () => {
	test.each(PAGE_ROWS)('$path', ({ path }) => {
		const source = html(PAGES.find((p) => p.path === path)!.file);
		// Attributes that make the browser fetch: src, srcset, poster, data, and href on <link> (not <a>).
		const fetched = [
			...[...source.matchAll(/\s(?:src|srcset|poster|data)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]!),
			...[...source.matchAll(/<link\b[^>]*\bhref\s*=\s*"([^"]*)"[^>]*>/gi)]
				.filter((m) => !/\brel\s*=\s*"(?:alternate|canonical)"/i.test(m[0]))
				.map((m) => m[1]!),
			...[...source.matchAll(/url\(\s*['"]?([^'")]+)/gi)].map((m) => m[1]!)
		];
		const external = fetched.filter((url) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim()));
		expect(external).toEqual([]);
	});
});

describe.concurrent('no request leaves the site’s origin (load, navigate; operated: a11y.test.ts)', () => {
	test.each(VISIT_ROWS)('$path', async ({ path }) => {
		const origin = new URL(baseURL()).origin;
		const v = await visit(path);
		expect(v.requests.length).toBeGreaterThan(0);
		expect(v.requests.filter((url) => offsite(url, origin))).toEqual([]);
	});

	test('an off-site request is caught (the check above can fail)', async () => {
		const origin = new URL(baseURL()).origin;
		const context = await browser.newContext({ bypassCSP: true });
		const requests: string[] = [];
		context.on('request', (request) => requests.push(request.url()));
		await context.route('http://example.invalid/**', (route) => route.abort());
		const page = await context.newPage();
		await goto(page, new URL('/', baseURL()).href);
		const network = trackRequests(page);
		await page.evaluate(() => {
			const img = document.createElement('img');
			img.src = 'http://example.invalid/pixel.png';
			document.body.append(img);
		});
		await network.quiet();
		await context.close();
		expect(requests.filter((url) => offsite(url, origin))).toEqual(['http://example.invalid/pixel.png']);
	});
});

// -------------------------------------------------------------------------------------------------------------
// JavaScript budget (bench/budgets.json): every script a page loads until the network is idle, gzip.
// What loads only on a gesture (the map's d3-zoom, the export code) is not counted; map.test.ts checks
// that d3-zoom stays out until then. A message looked up by key in the browser, a page carrying chart
// kinds it does not render, or a page hydrated again, shows here first.

describe.concurrent('JavaScript budget (gzip, until the network is idle)', () => {
	test.each(VISIT_ROWS)('$path', async ({ path, kind }) => {
		const v = await visit(path);
		const files = Object.keys(v.scriptBytes).length;
		const total = Object.values(v.scriptBytes).reduce((a, b) => a + b, 0);
		const ceiling = jsCeilingKB(path, kind);
		expect(files, 'every page loads a script of its own').toBeGreaterThan(0);
		expect(
			total,
			`${path}: ${(total / 1024).toFixed(1)} KB in ${files} files, over ${ceiling} KB (${jsBudgetClass(path, kind)} page)`
		).toBeLessThanOrEqual(ceiling * 1024);
	});
});

// -------------------------------------------------------------------------------------------------------------
// Every page and embed works with its script: no console error, no exception, no failed request, through
// the whole visit (load, navigate; operated: a11y.test.ts); and every embed's chart has its actions menu.

describe.concurrent('no console error, exception or failed request; embeds get their actions menu', () => {
	test.each(VISIT_ROWS)('$path', async ({ path, kind }) => {
		const v = await visit(path);
		expect(v.problems).toEqual(CLEAN);
		if (kind === 'embed') {
			expect(v.charts.length, `${path}: no chart`).toBeGreaterThan(0);
			for (const chart of v.charts) expect(chart.actions, `${path} ${chart.id}: actions menu toggles`).toBe(1);
		}
	});
});

// -------------------------------------------------------------------------------------------------------------
// Accessibility that every page must pass and that costs nothing once the page is loaded.

describe.concurrent('every chart has a text alternative and a data table', () => {
	test.each(VISIT_ROWS)('$path', async ({ path }) => {
		for (const chart of (await visit(path)).charts) {
			expect(chart.drawings, `${path} ${chart.id}: no svg`).toBeGreaterThan(0);
			expect(chart.unlabelled, `${path} ${chart.id}: svg without aria-label/aria-labelledby`).toBe(0);
			expect(chart.tableRows, `${path} ${chart.id}: no data table rows`).toBeGreaterThan(0);
			expect(chart.tableHeaders, `${path} ${chart.id}: data table without header cells`).toBeGreaterThan(0);
		}
	});

	test('the site has charts (the check above is not vacuous)', () => {
		expect(PAGES.filter((p) => html(p.file).includes('data-chart-id')).length).toBeGreaterThan(0);
	});
});

// -------------------------------------------------------------------------------------------------------------
// HTTP headers: what scripts/serve.mjs sends is what build/_headers promises (the same module writes both).

describe('the served HTTP headers are those of build/_headers', () => {
	const rules = parseHeadersFile(readFileSync(join(BUILD, '_headers'), 'utf8'));
	const lower = (headers: Record<string, string>) =>
		Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

	test('the file frames pages to the site, lets any site frame the embeds, and caches hashed assets', () => {
		expect(headersFor(rules, '/en/air/')).toEqual({
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
			'Content-Security-Policy': "frame-ancestors 'self'"
		});
		expect(headersFor(rules, '/')['Content-Security-Policy']).toBe("frame-ancestors 'self'");
		expect(headersFor(rules, '/embed/air-no2/')['Content-Security-Policy']).toBe('frame-ancestors *');
		expect(headersFor(rules, '/en/embed/air-no2/')['Content-Security-Policy']).toBe('frame-ancestors *');
		expect(headersFor(rules, '/_app/immutable/entry/start.js')['Cache-Control']).toBe(
			'public, max-age=31536000, immutable'
		);
	});

	test.each(PAGE_ROWS)('$path', async ({ path }) => {
		const response = await fetch(new URL(path, baseURL()));
		expect(response.status).toBe(200);
		const served = Object.fromEntries(response.headers);
		const promised = lower(headersFor(rules, path));
		expect(Object.keys(promised)).toContain('content-security-policy');
		expect(served).toMatchObject(promised);
	});

	test('hashed assets: every script of /_app/immutable/ that the home page loads', async () => {
		const v = await visit('/');
		const assets = Object.keys(v.scriptBytes).filter((url) => new URL(url).pathname.startsWith('/_app/immutable/'));
		// The home page is hydrated today; once it is not, the embed builder's assets are checked instead.
		const urls = assets.length > 0 ? assets : Object.keys((await visit('/embed/')).scriptBytes);
		const immutable = urls.filter((url) => new URL(url).pathname.startsWith('/_app/immutable/'));
		expect(immutable.length).toBeGreaterThan(0);
		for (const url of immutable) {
			const served = Object.fromEntries((await fetch(url)).headers);
			expect(served, url).toMatchObject(lower(headersFor(rules, new URL(url).pathname)));
			expect(served['cache-control'], url).toBe('public, max-age=31536000, immutable');
		}
	});

	test('in Chromium, another site can frame an embed but not a page', async () => {
		const embed = PAGES.find((p) => p.kind === 'embed' && p.locale === 'en')!.path;
		const chartId = embed.split('/').at(-2)!;
		const host = await startHost({ SITE: new URL(baseURL()).origin, EMBED: embed, PAGE: '/en/air/' });
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			await page.goto(`${host.origin}/framing.html`, { waitUntil: 'networkidle' });
			const chartIn = async (id: string) => {
				const frame = await (await page.$(`#${id}`))!.contentFrame();
				return frame!.evaluate(() => document.querySelector('[data-chart-id]')?.getAttribute('data-chart-id') ?? '');
			};
			expect(await chartIn('embed')).toBe(chartId);
			// A blocked frame shows the browser's error page, which has no chart in it (or is not scriptable).
			expect(await chartIn('page').catch(() => '')).toBe('');
		} finally {
			await context.close();
			await host.close();
		}
	});
});

// -------------------------------------------------------------------------------------------------------------
// Hostile query strings and hashes (visit.ts `HOSTILE_SUFFIXES`): nothing from the URL may end up as markup
// or run as script, and the page must still work (no console error, no exception, no dialog).

interface HostileOutcome {
	/** What the further hostile URL left in the page. */
	state: HostileState & { suffix: string };
	/** What went wrong during the load (browser.ts `watchProblems`). */
	problems: PageProblems;
}

/**
 * The second hostile URL, on one page of each template (site.ts TEMPLATES): its payloads reach the same
 * code through the same template. The payloads act while the page loads, so the load event is enough. (The
 * third is the URL of the page a11y.test.ts audits.)
 */
async function hostileLoad(page: Page, path: string): Promise<HostileOutcome> {
	const problems = watchProblems(page);
	const suffix = HOSTILE_SUFFIXES[1];
	await goto(page, new URL(path, baseURL()).href + suffix, { idle: false });
	return { state: { suffix, ...(await hostileState(page)) }, problems };
}

describe.concurrent('hostile query strings and hashes', () => {
	test.each(VISIT_ROWS)('$path', async ({ path }) => {
		// Every page's one visit is of its URL with the first suffix (payloads in six parameters and the hash).
		const visited = await visit(path);
		const states = [{ suffix: HOSTILE_SUFFIXES[0], ...visited.url }];
		// (Its other problems: "no console error, exception or failed request" above.)
		expect(visited.problems.dialogs).toEqual([]);
		const template = TEMPLATES.some((t) => t.path === path);
		if (template) {
			const more = await hostile.get(path)!;
			states.push(more.state);
			// Its `lang=en` takes a Chinese embed to its English twin (location.replace), which cancels what the
			// first document was still loading: those requests fail by design.
			expect({ ...more.problems, failedRequests: [] }, HOSTILE_SUFFIXES[1]).toEqual(CLEAN);
		}
		expect(states.length).toBe(template ? 2 : 1);
		for (const { suffix, content, ...state } of states) {
			expect(state, suffix).toMatchObject(UNTOUCHED);
			expect(content.length, `${suffix}: the page still renders`).toBeGreaterThan(0);
		}
	});
});
