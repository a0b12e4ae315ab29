import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launch } from './browser';
import { INVENTORY, PAGE_ROWS, PAGES } from './site';

/**
 * The Content-Security-Policy of every built page (SvelteKit `kit.csp`, mode 'hash', written as a
 * <meta http-equiv> into each prerendered page), and Chromium reporting no violation of it.
 */

const html = (file: string) => readFileSync(join(resolve('build'), file), 'utf8');

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
	test('the embed manifest names only embeds that were built', () => {
		expect(INVENTORY.missing).toEqual([]);
	});

	test.each(PAGES.map((p) => ({ path: p.path, file: p.file })))('$path', ({ file }) => {
		const source = html(file);
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
		const inline = [...source.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
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

describe.concurrent('Chromium reports no CSP violation', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	test.each(PAGE_ROWS)('$path (load, hover, focus, open tables, navigate)', async ({ path }) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const reports: string[] = [];
		// Recorded from the first byte of every document (init scripts run before the page's own).
		await context.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => {
				const w = window as unknown as { __csp?: string[] };
				(w.__csp ??= []).push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample ?? ''}`);
			});
		});
		page.on('console', (msg) => {
			if (/Content[- ]Security[- ]Policy/i.test(msg.text())) reports.push(`console: ${msg.text()}`);
		});
		await page.goto(new URL(path, baseURL()).href, { waitUntil: 'networkidle' });
		// Run the page's interactive code paths: tooltips, focus, table toggles.
		const targets = page.locator('[data-chart-id] [tabindex="0"]:visible');
		for (let i = 0; i < Math.min(await targets.count(), 12); i++) {
			await targets.nth(i).hover({ force: true });
			await targets.nth(i).focus();
		}
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		// Client-side navigation to another same-language page, when there is one (fetches __data.json).
		const link = page.locator('header nav a[href]:not([aria-current="page"])').first();
		if ((await link.count()) > 0) {
			await link.click();
			await page.waitForLoadState('networkidle');
		}
		const events = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
		await context.close();
		expect([...events, ...reports]).toEqual([]);
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
		await page.goto(new URL('/', baseURL()).href, { waitUntil: 'networkidle' });
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
