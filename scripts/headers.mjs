#!/usr/bin/env node
/**
 * The HTTP headers the site is served with, defined once. The same rules make
 *   - `build/_headers`, the headers file Netlify and Cloudflare Pages read (written after every
 *     `vite build` by the `hostHeaders` plugin in vite.config.ts, or by `node scripts/headers.mjs build`);
 *   - what `scripts/serve.mjs` sends (`npm start`, the browser tests and the benchmark), so the tests see
 *     what production would;
 *   - the nginx configuration in docs/deploy.md (`node scripts/headers.mjs --nginx` prints it; a unit
 *     test keeps the document equal to it).
 *
 * What they say (docs/deploy.md explains each):
 *   - every response: `X-Content-Type-Options: nosniff`, `Referrer-Policy: strict-origin-when-cross-origin`;
 *   - pages: `Content-Security-Policy: frame-ancestors 'self'` (only this site may frame them);
 *     embeds (`/embed/…`, `/en/embed/…`): `frame-ancestors *` (any site may frame them; that is their job).
 *     The rest of the policy is in each page's `<meta http-equiv>` (svelte.config.js), because it holds
 *     the hashes of that page's inline scripts; a `<meta>` policy cannot carry `frame-ancestors`;
 *   - hashed build assets (`/_app/immutable/…`): cached for a year and never revalidated.
 *
 * The headers-file format: a line with a URL pattern (`*` matches any run of characters, `/` included),
 * then indented `Name: value` lines. A request gets the headers of every rule whose pattern matches, and
 * the hosts join two values of one header with a comma. Two Content-Security-Policy values would be two
 * policies, both enforced (an embed would then be framable by nobody), so the framing rules never
 * overlap: pages are listed by their top-level folder (read from the build) rather than as `/*`.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Sent with every response. */
export const EVERY_RESPONSE = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin'
};

/** The HTTP policy of a page: only the site itself may frame it. */
export const PAGE_POLICY = "frame-ancestors 'self'";
/** The HTTP policy of an embed: any site may frame it. */
export const EMBED_POLICY = 'frame-ancestors *';
/** Where the embeds live (each is `<prefix><chart id>/`; the prefix itself is the embed builder). */
export const EMBED_PREFIXES = ['/embed/', '/en/embed/'];
/** Where SvelteKit puts the files whose names carry a hash of their content. */
export const IMMUTABLE_PREFIX = '/_app/immutable/';
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** @typedef {{ path: string, headers: Record<string, string> }} HeaderRule */

/**
 * The rules for the built site in `buildDir`, in the order of the headers file. Page rules name each
 * top-level folder (and the two home pages) so they never overlap the embed rules.
 * @param {string} [buildDir]
 * @returns {HeaderRule[]}
 */
export function headerRules(buildDir = 'build') {
	const folders = (/** @type {string} */ dir) =>
		existsSync(dir)
			? readdirSync(dir, { withFileTypes: true })
					.filter((e) => e.isDirectory())
					.map((e) => e.name)
					.sort()
			: [];
	const skip = new Set(['_app', 'embed', 'en']);
	const pagePaths = ['', '/en'].flatMap((locale) => [
		`${locale}/`,
		`${locale}/index.html`,
		...folders(join(buildDir, locale))
			.filter((name) => !skip.has(name))
			.map((name) => `${locale}/${name}/*`)
	]);
	return [
		{ path: '/*', headers: { ...EVERY_RESPONSE } },
		{ path: `${IMMUTABLE_PREFIX}*`, headers: { 'Cache-Control': IMMUTABLE_CACHE } },
		...EMBED_PREFIXES.map((prefix) => ({ path: `${prefix}*`, headers: { 'Content-Security-Policy': EMBED_POLICY } })),
		...pagePaths.map((path) => ({ path, headers: { 'Content-Security-Policy': PAGE_POLICY } }))
	];
}

/**
 * Whether a headers-file pattern matches a URL path: `*` matches any run of characters (also `/`),
 * everything else literally.
 * @param {string} pattern
 * @param {string} pathname
 */
export function patternMatches(pattern, pathname) {
	const source = pattern
		.split('*')
		.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
		.join('.*');
	return new RegExp(`^${source}$`).test(pathname);
}

/**
 * The headers a request for `pathname` gets, as the hosts apply a headers file: every matching rule
 * in order; a header set by two rules gets both values joined by ", ".
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
	/** @type {Record<string, string>} */
	const out = {};
	for (const rule of rules) {
		if (!patternMatches(rule.path, pathname)) continue;
		for (const [name, value] of Object.entries(rule.headers))
			out[name] = name in out ? `${out[name]}, ${value}` : value;
	}
	return out;
}

/**
 * The `_headers` file for these rules.
 * @param {HeaderRule[]} rules
 */
export function headersFile(rules) {
	const blocks = rules.map(
		(rule) =>
			`${rule.path}\n${Object.entries(rule.headers)
				.map(([name, value]) => `  ${name}: ${value}`)
				.join('\n')}`
	);
	return (
		'# HTTP headers for Netlify and Cloudflare Pages, generated by scripts/headers.mjs from the build.\n' +
		'# Other hosts: docs/deploy.md (nginx configuration and what each header is for).\n' +
		`${blocks.join('\n')}\n`
	);
}

/**
 * Reads a `_headers` file back into rules (comments and blank lines ignored); an error names the line.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	text.split('\n').forEach((line, i) => {
		if (line.trim() === '' || line.trim().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: {} });
			return;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule) throw new Error(`_headers:${i + 1}: a header outside a rule (no path line above it): ${line.trim()}`);
		if (colon < 0) throw new Error(`_headers:${i + 1}: a header line without a colon: ${line.trim()}`);
		rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	});
	return rules;
}

/** Writes `<buildDir>/_headers`; returns its path. @param {string} [buildDir] */
export function writeHeadersFile(buildDir = 'build') {
	const file = join(buildDir, '_headers');
	writeFileSync(file, headersFile(headerRules(buildDir)));
	return file;
}

/**
 * The nginx `server` block serving `root` with the same headers. nginx drops the server-level
 * `add_header` lines in a location that has its own, so each location repeats all of its headers.
 * @param {string} [root]
 */
export function nginxConfig(root = '/srv/xiamen-dashboard/build') {
	/** @param {Record<string, string>} headers @param {string} indent */
	const add = (headers, indent) =>
		Object.entries(headers)
			.map(([name, value]) => `${indent}add_header ${name} "${value}" always;`)
			.join('\n');
	const embedPattern = `^/(${EMBED_PREFIXES.map((p) => p.slice(1, -1)).join('|')})/`;
	return `server {
    listen 80;
    server_name dashboard.example.org;
    root ${root};
    index index.html;
    # Redirects (/air → /air/) keep the scheme and host the reader used.
    absolute_redirect off;

    gzip on;
    gzip_types text/css application/javascript application/json image/svg+xml text/csv;

    # Pages: /air/ is air/index.html; anything else that is not a file is a 404.
${add({ ...EVERY_RESPONSE, 'Content-Security-Policy': PAGE_POLICY }, '    ')}
    location / {
        try_files $uri $uri/ =404;
    }

    # Embeds, meant to be framed by any site.
    location ~ ${embedPattern} {
${add({ ...EVERY_RESPONSE, 'Content-Security-Policy': EMBED_POLICY }, '        ')}
        try_files $uri $uri/ =404;
    }

    # Hashed build assets never change: cache them for a year.
    location ^~ ${IMMUTABLE_PREFIX} {
${add({ ...EVERY_RESPONSE, 'Cache-Control': IMMUTABLE_CACHE }, '        ')}
        try_files $uri =404;
    }

    # The headers file is for Netlify and Cloudflare Pages, not for readers.
    location = /_headers {
        return 404;
    }
}
`;
}

// `node scripts/headers.mjs [BUILD_DIR]` writes BUILD_DIR/_headers; `--nginx [ROOT]` prints the nginx block.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	if (args[0] === '--nginx') process.stdout.write(nginxConfig(args[1]));
	else console.log(`wrote ${writeHeadersFile(args[0] ?? 'build')}`);
}
