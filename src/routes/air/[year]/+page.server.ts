import type { EntryGenerator, PageServerLoad } from './$types';
import { AIR_VIEW_YEARS, airPageData } from '$lib/server/airPage';

/** The air page's view of one year: its calendar and pollutants (the default year's is /air/ itself too). */
export const load: PageServerLoad = ({ url, params }) =>
	airPageData(url, /^\d{4}$/.test(params.year) ? Number(params.year) : -1);

export const entries: EntryGenerator = () => AIR_VIEW_YEARS.map((year) => ({ year: String(year) }));

/** Not hydrated, like /air/ (../+page.server.ts). */
export const csr = false;
