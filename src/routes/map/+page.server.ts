import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { buildChart } from '$lib/charts/registry';

/** The map page: the Xiamen map with every layer, the day picker, the lists and the datum details. */
export const load: PageServerLoad = () => ({ map: buildChart('map-xiamen', dataset) });

/**
 * Not hydrated by SvelteKit: the map is an island (src/lib/enhance/Island.svelte) that its own script
 * hydrates, without SvelteKit's client and with one language's messages only (issue 13's 60 KB budget).
 */
export const csr = false;
