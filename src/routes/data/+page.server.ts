import type { PageServerLoad } from './$types';
import { dataset, pickSources } from '$lib/server/dataset';
import { messagesWithPrefix, pageLocale } from '$lib/server/localizeChart';
import { CATALOGUE, catalogueSummaries } from '$lib/catalogue/datasets';
import { toCsv } from '$lib/export/csv';

/** The data catalogue: every dataset with its downloads' sizes, coverage, sources and licence notes. */
export const load: PageServerLoad = ({ url }) => {
	const summaries = catalogueSummaries(dataset).map((summary) => {
		const entry = CATALOGUE.find((c) => c.id === summary.id)!;
		const table = entry.table(dataset);
		return {
			...summary,
			bytes: {
				csv: entry.csv ? Buffer.byteLength(toCsv(table.columns, table.rows)) : null,
				json: Buffer.byteLength(JSON.stringify(entry.json(dataset)))
			}
		};
	});
	// The registry lists every source; the page names only those the other datasets cite.
	const cited = summaries.filter((s) => s.group !== 'registry').flatMap((s) => s.sourceIds);
	// The catalogue's words, picked by dataset id on the page: resolved here, never `m[key]` in the browser.
	const words = messagesWithPrefix('catalogue_', pageLocale(url));
	return { datasets: summaries, sources: pickSources(new Set(cited)), words };
};
