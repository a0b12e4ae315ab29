import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
	EMBED_POLICY,
	PAGE_POLICY,
	headerRules,
	headersFile,
	headersFor,
	nginxConfig,
	parseHeadersFile,
	patternMatches
} from '../../../scripts/headers.mjs';

/** A built site with the shape of build/: pages in both languages, embeds, assets, data. */
const BUILD = mkdtempSync(join(tmpdir(), 'headers-test-'));
for (const dir of ['air', 'map', 'data', 'embed/air-no2', 'en/air', 'en/embed/air-no2', '_app/immutable/chunks'])
	mkdirSync(join(BUILD, dir), { recursive: true });
writeFileSync(join(BUILD, 'index.html'), '');
afterAll(() => rmSync(BUILD, { recursive: true, force: true }));

describe('patternMatches: the headers-file patterns of Netlify and Cloudflare Pages', () => {
	test.each([
		{ pattern: '/*', path: '/', expected: true },
		{ pattern: '/*', path: '/en/air/', expected: true },
		{ pattern: '/air/*', path: '/air/', expected: true },
		{ pattern: '/air/*', path: '/air/index.html', expected: true },
		{ pattern: '/air/*', path: '/air', expected: false },
		{ pattern: '/air/*', path: '/airport/', expected: false },
		{ pattern: '/', path: '/', expected: true },
		{ pattern: '/', path: '/air/', expected: false },
		{ pattern: '/embed/*', path: '/en/embed/x/', expected: false },
		{ pattern: '/en/embed/*', path: '/en/embed/x/', expected: true },
		{ pattern: '/a.b/*', path: '/aXb/', expected: false }
	])('$pattern on $path → $expected', ({ pattern, path, expected }) => {
		expect(patternMatches(pattern, path)).toBe(expected);
	});
});

describe('headerRules: one set of headers for the file, the server and nginx', () => {
	const rules = headerRules(BUILD);

	test.each([
		{ path: '/', policy: PAGE_POLICY },
		{ path: '/index.html', policy: PAGE_POLICY },
		{ path: '/air/', policy: PAGE_POLICY },
		{ path: '/data/figures-air.csv', policy: PAGE_POLICY },
		{ path: '/en/', policy: PAGE_POLICY },
		{ path: '/en/air/', policy: PAGE_POLICY },
		{ path: '/embed/', policy: EMBED_POLICY },
		{ path: '/embed/air-no2/', policy: EMBED_POLICY },
		{ path: '/en/embed/air-no2/', policy: EMBED_POLICY },
		{ path: '/embed/loader.js', policy: EMBED_POLICY }
	])('$path: exactly one framing policy, $policy, and the two headers of every response', ({ path, policy }) => {
		expect(headersFor(rules, path)).toEqual({
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
			'Content-Security-Policy': policy
		});
	});

	test('hashed assets are cached for a year and get no framing policy', () => {
		expect(headersFor(rules, '/_app/immutable/chunks/a1b2.js')).toEqual({
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
			'Cache-Control': 'public, max-age=31536000, immutable'
		});
		expect(headersFor(rules, '/_app/version.json')['Cache-Control']).toBeUndefined();
	});

	test('no two rules set the same header on one path (hosts would join the values)', () => {
		for (const path of ['/', '/air/', '/en/', '/en/air/x/', '/embed/', '/en/embed/y/', '/_app/immutable/z.js'])
			for (const value of Object.values(headersFor(rules, path))) expect(value, path).not.toMatch(/, (frame|public)/);
	});

	test('the file reads back as the rules it was written from', () => {
		const text = headersFile(rules);
		expect(text.startsWith('#')).toBe(true);
		expect(parseHeadersFile(text)).toEqual(rules);
	});

	test('a malformed file is an error naming the line', () => {
		expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(
			/^_headers:1: a header outside a rule.*X-Frame-Options/
		);
		expect(() => parseHeadersFile('# c\n/*\n  no colon here\n')).toThrow(
			'_headers:3: a header line without a colon: no colon here'
		);
	});
});

describe('docs/deploy.md', () => {
	test('holds the nginx configuration scripts/headers.mjs makes (node scripts/headers.mjs --nginx)', () => {
		const doc = readFileSync(new URL('../../../docs/deploy.md', import.meta.url), 'utf8');
		expect(doc).toContain(`\`\`\`nginx\n${nginxConfig()}\`\`\``);
	});

	test('the nginx configuration frames pages to the site and embeds to anyone, and caches hashed assets', () => {
		const conf = nginxConfig('/srv/site');
		expect(conf).toContain('root /srv/site;');
		expect(conf).toMatch(/location ~ \^\/\(embed\|en\/embed\)\/ \{[^}]*frame-ancestors \*/);
		expect(conf).toMatch(/location \^~ \/_app\/immutable\/ \{[^}]*max-age=31536000, immutable/);
		expect(conf.match(/frame-ancestors 'self'/g)).toHaveLength(1);
	});
});
