import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { buildChart, chartIds } from '$lib/charts/registry';

/** One embed page per registered chart (the English twin is reached through the alternate link). */
export const entries: EntryGenerator = () => chartIds().map((id) => ({ id }));

/** The chart's model, built exactly as its dashboard page builds it. */
export const load: PageServerLoad = ({ params }) => {
	if (!chartIds().includes(params.id)) error(404, `No chart "${params.id}"`);
	return { model: buildChart(params.id, dataset) };
};
