import type { PageServerLoad } from './$types';
import { dataset, pickSources } from '$lib/server/dataset';
import { workYear } from '$lib/work/year';

/** The year of the founding document. */
const YEAR = 2024;

/**
 * The work page: every work figure of the founding document (data/work.csv) by category, each with its
 * quote, the document's qualifiers and the pairs of work and result. The models carry both languages;
 * the page is not hydrated, so none of it reaches the browser as JavaScript.
 */
export const load: PageServerLoad = () => {
	const model = workYear(dataset, YEAR);
	return { model, sources: pickSources(model.sourceIds) };
};

/** Not hydrated: the page is complete as prerendered; its quotes open with <details>, without JavaScript. */
export const csr = false;
