import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { buildChart, chartIds } from '$lib/charts/registry';
import { chartTitle, localizeChart, pageLocale } from '$lib/server/localizeChart';

/**
 * Embeds are prerendered HTML and CSS, not hydrated: SvelteKit's client and the Svelte runtime alone
 * are close to the embed JavaScript budget (40 KB gzip). The page's one small script of its own
 * (/embed/embed.js, built from src/lib/embed/client/) adds tooltips, the actions menu, the options
 * from the query string and auto-height.
 */
export const csr = false;

/** One embed page per registered chart (the English twin is reached through the alternate link). */
export const entries: EntryGenerator = () => chartIds().map((id) => ({ id }));

/** The chart's model, built exactly as its dashboard page builds it. */
export const load: PageServerLoad = ({ params, url }) => {
	if (!chartIds().includes(params.id)) error(404, `No chart "${params.id}"`);
	const locale = pageLocale(url);
	const built = buildChart(params.id, dataset);
	// The map embed is the map: a compact legend, no lists, coordinate tables or day picker (those are
	// one link away, on /map/).
	const chart = built.kind === 'map' ? { ...built, mapOptions: { ...built.mapOptions, compact: true } } : built;
	const model = localizeChart(chart, locale);
	return { model, title: chartTitle(model, locale) };
};
