import { error, json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { dataset } from '$lib/server/dataset';
import { CATALOGUE, catalogueEntry } from '$lib/catalogue/datasets';

export const prerender = true;

/** One JSON file per dataset of the catalogue (/data/). */
export const entries: EntryGenerator = () => CATALOGUE.map((c) => ({ dataset: c.id }));

/** The dataset as the site itself loads it (the pipeline's JSON). */
export const GET: RequestHandler = ({ params }) => {
	const entry = catalogueEntry(params.dataset);
	if (!entry) error(404, `No dataset "${params.dataset}"`);
	return json(entry.json(dataset));
};
