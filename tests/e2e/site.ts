import { resolve } from 'node:path';
import { siteInventory, templatePages } from '../../scripts/site-pages.mjs';

/**
 * The pages and embeds of the built site, discovered from build/ (every index.html, plus the embed
 * manifest when there is one), so every gate covers the pages other branches add. `npm run build` first.
 */
export const INVENTORY = siteInventory(resolve('build'));

/** Every built page and embed, in both languages: the cheap gates (every-page.test.ts). */
export const PAGES = INVENTORY.pages;

/** `test.each` rows: `{ path, kind, locale }`. */
export const PAGE_ROWS = PAGES.map(({ path, kind, locale }) => ({ path, kind, locale }));

/**
 * One page per template in each language: every page (each route is its own template) and one embed
 * per chart kind, the largest (scripts/site-pages.mjs `templatePages`). The expensive gates
 * (a11y.test.ts) run on these.
 */
export const TEMPLATES = templatePages(resolve('build'));

/** `test.each` rows: `{ path, template, locale }`. */
export const TEMPLATE_ROWS = TEMPLATES.map(({ path, template, locale }) => ({ path, template, locale }));

/** The deck's slide pages (/present/slides/<id>/, zh and en): one route that the deck loads slides from. */
const isSlidePage = (path: string) => /^(?:\/en)?\/present\/slides\/[^/]+\/$/.test(path);

/**
 * The pages the in-browser gates of every page visit (every-page.test.ts: CSP violations, requests,
 * JavaScript budget, hostile URLs, console errors): every page and embed, except that of the deck's
 * 138 slide pages, which one route renders with one component per kind of slide, only one of each kind
 * in each language (those in TEMPLATES) is visited. The static gates (the CSP in the HTML, what the
 * HTML loads, the served headers) read every page.
 */
export const VISITED = PAGES.filter((p) => !isSlidePage(p.path) || TEMPLATES.some((t) => t.path === p.path));

/** `test.each` rows for VISITED: `{ path, kind, locale }`. */
export const VISIT_ROWS = VISITED.map(({ path, kind, locale }) => ({ path, kind, locale }));
