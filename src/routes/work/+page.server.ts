import type { PageServerLoad } from './$types';
import { dataset, pickSources } from '$lib/server/dataset';
import { buildChart } from '$lib/charts/registry';
import { WORK_CATEGORY_CHARTS } from '$lib/charts/definitions/work';
import { localizeCharts, pageLocale } from '$lib/server/localizeChart';
import { workYear } from '$lib/work/year';

/** The year of the founding document. */
const YEAR = 2024;

/**
 * The work page: every work figure of the founding document (data/work.csv) by category, each with its
 * quote, the document's qualifiers and the pairs of work and result, and the registered work charts by
 * category. The models carry both languages; the page is not hydrated, so none of it reaches the
 * browser as JavaScript.
 */
export const load: PageServerLoad = ({ url }) => {
	const model = workYear(dataset, YEAR);
	const charts = localizeCharts(
		Object.fromEntries(WORK_CATEGORY_CHARTS.map((c) => [c.id, buildChart(c.id, dataset)])),
		pageLocale(url)
	);
	const byCategory = Object.fromEntries(WORK_CATEGORY_CHARTS.map((c) => [c.category, charts[c.id]!]));
	return { model, charts: byCategory, sources: pickSources(model.sourceIds) };
};

/**
 * Not hydrated: the page is complete as prerendered (quotes open with <details>); the site's small page
 * script (/enhance/page.js) adds the charts' tooltips and download menus, as on the domain pages.
 */
export const csr = false;
