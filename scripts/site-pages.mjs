/**
 * Which pages and embeds the built site has, read from the build output rather than listed by hand,
 * so the quality gates (benchmark, accessibility, CSP, no-other-origin tests) cover every page that
 * lands later: every `build/**\/index.html` is a page, and every entry of `build/embed/manifest.json`
 * (when present) is an embed that must exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * @typedef {object} SitePage
 * @property {string} path   URL path with trailing slash, e.g. `/en/air/`
 * @property {string} file   the HTML file, relative to the build folder
 * @property {'page' | 'embed'} kind
 * @property {'zh' | 'en'} locale
 */

/** An embed is /embed/<id>/ (or /en/embed/<id>/); /embed/ itself is the builder, a page. */
const EMBED = /^\/(en\/)?embed\/[^/]+\//;

/**
 * Every page of the built site, sorted by path (zh before en for the same page).
 * @param {string} [buildDir]
 * @returns {SitePage[]}
 */
export function sitePages(buildDir = 'build') {
	/** @type {SitePage[]} */
	const pages = [];
	/** @param {string} dir */
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) {
				// Build assets, not pages.
				if (relative(buildDir, full) !== '_app') walk(full);
			} else if (entry.name === 'index.html') {
				const rel = relative(buildDir, full).split(sep).join('/');
				const path = `/${rel.slice(0, -'index.html'.length)}`;
				pages.push({
					path,
					file: rel,
					kind: EMBED.test(path) ? 'embed' : 'page',
					locale: path === '/en/' || path.startsWith('/en/') ? 'en' : 'zh'
				});
			}
		}
	};
	walk(buildDir);
	const key = (/** @type {SitePage} */ p) => p.path.replace(/^\/en\//, '/');
	const order = (/** @type {SitePage} */ p) => (p.locale === 'zh' ? 0 : 1);
	return pages.sort((a, b) => key(a).localeCompare(key(b)) || order(a) - order(b));
}

/**
 * The embeds the manifest lists, as URL paths (`/embed/<id>/`). Accepts an array, or an object with an
 * `embeds` (or `charts`) array, whose entries are ids or objects with `path`/`url`/`href` or `id`.
 * Returns [] when there is no manifest yet.
 * @param {string} [buildDir]
 * @returns {string[]}
 */
export function manifestEmbeds(buildDir = 'build') {
	const file = join(buildDir, 'embed', 'manifest.json');
	if (!existsSync(file)) return [];
	const json = JSON.parse(readFileSync(file, 'utf8'));
	const list = Array.isArray(json) ? json : (json.embeds ?? json.charts ?? json.items ?? []);
	if (!Array.isArray(list)) throw new Error(`${file}: expected an array of embeds`);
	return list.map((/** @type {unknown} */ entry) => {
		if (typeof entry === 'string') return `/embed/${entry}/`;
		const e = /** @type {Record<string, unknown>} */ (entry);
		const href = e.path ?? e.url ?? e.href;
		if (typeof href === 'string') {
			const path = new URL(href, 'http://site.invalid/').pathname;
			return path.endsWith('/') ? path : `${path}/`;
		}
		if (typeof e.id === 'string') return `/embed/${e.id}/`;
		throw new Error(`${file}: an entry has neither an id nor a path: ${JSON.stringify(entry)}`);
	});
}

/**
 * Pages plus manifest embeds; `missing` lists manifest embeds that have no built page (a defect).
 * @param {string} [buildDir]
 */
export function siteInventory(buildDir = 'build') {
	const pages = sitePages(buildDir);
	const known = new Set(pages.map((p) => p.path));
	const embeds = manifestEmbeds(buildDir);
	const missing = embeds.filter((path) => !known.has(path));
	return { pages, embeds, missing };
}
