import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { messagesWithPrefix, pageLocale } from '$lib/server/localizeChart';
import { NAV } from '$lib/nav';
import { citationIndex } from '$lib/sources/citations';

/** The sources page: every registry entry, grouped by kind, with what on the site rests on it. */
export const load: PageServerLoad = ({ url }) => {
	const groups = citationIndex(
		dataset,
		NAV.map((item) => item.path)
	);
	// Each group's title and lead, picked by group id on the page: resolved here, never `m[key]` in the browser.
	const words = messagesWithPrefix('sources_group_', pageLocale(url));
	return { groups, total: dataset.sources.length, words };
};
