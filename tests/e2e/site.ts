import { resolve } from 'node:path';
import { siteInventory } from '../../scripts/site-pages.mjs';

/**
 * The pages and embeds of the built site, discovered from build/ (every index.html, plus the embed
 * manifest when there is one), so every gate covers the pages other branches add. `npm run build` first.
 */
export const INVENTORY = siteInventory(resolve('build'));

/** Every built page and embed, in both languages. */
export const PAGES = INVENTORY.pages;

/** `test.each` rows: `{ path, kind, locale }`. */
export const PAGE_ROWS = PAGES.map(({ path, kind, locale }) => ({ path, kind, locale }));
