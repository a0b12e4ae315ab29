/**
 * Which pages and embeds the built site has, read from the build output rather than listed by hand,
 * so the quality gates (benchmark, accessibility, CSP, no-other-origin tests) cover every page that
 * lands later: every `build/**\/index.html` is a page, and every entry of `build/embed/manifest.json`
 * (when present) is an embed that must exist.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/**
 * @typedef {SitePage & { template: string }} TemplatePage
 * `template`: what renders the page — `embed:<chart kind>` for an embed, `page:<route>` for a page
 * (its path without the `/en` prefix, a year segment written `[year]`, and a page with views per year,
 * like `/air/`, is its years' template; a slide page: its route and the
 * kind of its slide).
 */

/** The chart kind an embed's figure declares (`data-chart-kind`), or null. @param {string} html */
export function declaredKind(html) {
	return /<figure\b[^>]*\bdata-chart-kind="([^"]+)"/.exec(html)?.[1] ?? null;
}

/**
 * The template of every built page. An embed's template is its chart kind: the `data-chart-kind` marker
 * on its figure where the build writes one, else its chart's `kind` in build/embed/manifest.json; an
 * embed with neither is its own template (so it is never left out). A page's template is its route.
 * @param {string} [buildDir]
 * @returns {TemplatePage[]}
 */
export function pageTemplates(buildDir = 'build') {
	const manifestFile = join(buildDir, 'embed', 'manifest.json');
	/** @type {Map<string, string>} chart id → kind */
	const kinds = new Map();
	if (existsSync(manifestFile)) {
		const json = JSON.parse(readFileSync(manifestFile, 'utf8'));
		for (const chart of json.charts ?? []) if (chart?.id && chart?.kind) kinds.set(chart.id, chart.kind);
	}
	const pages = sitePages(buildDir);
	const routes = new Set(pages.map((page) => page.path.replace(/^\/en\//, '/')));
	return pages.map((page) => {
		const route = page.path.replace(/^\/en\//, '/');
		if (page.kind === 'embed') {
			const id = route.split('/')[2] ?? '';
			const kind = declaredKind(readFileSync(join(buildDir, page.file), 'utf8')) ?? kinds.get(id);
			return { ...page, template: kind ? `embed:${kind}` : `embed:${id}` };
		}
		// The deck's slide pages (/present/slides/<id>/) are one route, and one template per kind of slide.
		if (/^\/present\/slides\/[^/]+\/$/.test(route)) {
			const kind = /class="slide kind-([a-z-]+)/.exec(readFileSync(join(buildDir, page.file), 'utf8'))?.[1];
			return { ...page, template: `page:/present/slides/[id]/ (${kind ?? route})` };
		}
		// A page with views of its own per year (`/air/` and `/air/2023/` …) shows its default year with the
		// years' template.
		const years = [...routes].some((r) => r.startsWith(route) && /^\d{4}\/$/.test(r.slice(route.length)));
		return { ...page, template: `page:${years ? `${route}[year]/` : route.replace(/\/\d{4}\//g, '/[year]/')}` };
	});
}

/**
 * One page per template in each language, for the gates that are too slow to run on every page: the
 * page with the most HTML of its template (the most marks, rows and controls to check), the same one
 * in both languages where it exists in both. Sorted like `sitePages`.
 * @param {string} [buildDir]
 * @returns {TemplatePage[]}
 */
export function templatePages(buildDir = 'build') {
	const all = pageTemplates(buildDir);
	const twin = (/** @type {SitePage} */ p) => p.path.replace(/^\/en\//, '/');
	/** @type {Map<string, Map<string, number>>} template → twin path → HTML bytes in all languages */
	const sizes = new Map();
	for (const page of all) {
		const byTwin = sizes.get(page.template) ?? new Map();
		byTwin.set(twin(page), (byTwin.get(twin(page)) ?? 0) + statSync(join(buildDir, page.file)).size);
		sizes.set(page.template, byTwin);
	}
	/** @type {Set<string>} */
	const chosen = new Set();
	for (const byTwin of sizes.values()) {
		const [best] = [...byTwin].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
		if (best) chosen.add(best[0]);
	}
	const picked = all.filter((p) => chosen.has(twin(p)));
	// A template whose chosen page lacks a language gets that language's largest page of the template.
	for (const locale of /** @type {const} */ (['zh', 'en'])) {
		for (const template of sizes.keys()) {
			if (picked.some((p) => p.template === template && p.locale === locale)) continue;
			const candidates = all.filter((p) => p.template === template && p.locale === locale);
			const largest = candidates.sort(
				(a, b) => statSync(join(buildDir, b.file)).size - statSync(join(buildDir, a.file)).size
			)[0];
			if (largest) picked.push(largest);
		}
	}
	const order = all.map((p) => p.path);
	return picked.sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path));
}
