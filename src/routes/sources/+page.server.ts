import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { NAV } from '$lib/nav';
import { citationIndex } from '$lib/sources/citations';

/** The sources page: every registry entry, grouped by kind, with what on the site rests on it. */
export const load: PageServerLoad = () => {
	const groups = citationIndex(
		dataset,
		NAV.map((item) => item.path)
	);
	return { groups, total: dataset.sources.length };
};
