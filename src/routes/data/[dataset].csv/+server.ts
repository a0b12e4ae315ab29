import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { dataset } from '$lib/server/dataset';
import { CATALOGUE, catalogueEntry } from '$lib/catalogue/datasets';
import { toCsv } from '$lib/export/csv';

export const prerender = true;

/** One CSV per tabular dataset of the catalogue (/data/). */
export const entries: EntryGenerator = () => CATALOGUE.filter((c) => c.csv).map((c) => ({ dataset: c.id }));

/** The dataset as CSV: UTF-8 with a byte-order mark (Excel), CRLF, RFC 4180 quoting. */
export const GET: RequestHandler = ({ params }) => {
	const entry = catalogueEntry(params.dataset);
	if (!entry || !entry.csv) error(404, `No CSV dataset "${params.dataset}"`);
	const { columns, rows } = entry.table(dataset);
	return new Response(toCsv(columns, rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
