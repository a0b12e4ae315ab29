import type { PageServerLoad } from './$types';
import { airPageData } from '$lib/server/airPage';

/** The air page, showing its default year (the other years: ./[year]/). */
export const load: PageServerLoad = ({ url }) => airPageData(url, null);

/**
 * Not hydrated: the page is complete as prerendered, and its own small script (/enhance/page.js, built
 * from src/lib/enhance/scripts/page.ts) adds tooltips, calendar keys, the year links' `?year=` and the
 * download menus. SvelteKit's client would cost more than the whole JavaScript budget of a page leaves for charts.
 */
export const csr = false;
