import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { buildChart } from '$lib/charts/registry';

/** The map page: the Xiamen map with every layer, the day picker, the lists and the datum details. */
export const load: PageServerLoad = () => ({ map: buildChart('map-xiamen', dataset) });
