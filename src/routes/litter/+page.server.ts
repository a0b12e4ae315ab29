import type { PageServerLoad } from './$types';
import { domainMap } from '$lib/server/domainMap';
import { dataset, pickSources } from '$lib/server/dataset';
import { kpiCard } from '$lib/overview/cards';
import { buildChart } from '$lib/charts/registry';
import { localizeCharts, pageLocale } from '$lib/server/localizeChart';
import { facts } from '$lib/domains/facts';
import { namedText } from '$lib/domains/page';

/** The year of the founding document. */
const YEAR = 2024;

/** The marine-litter page: density, cleaning area, quantities collected, where the litter comes from. */
export const load: PageServerLoad = ({ url }) => {
	const cards = [kpiCard(dataset, 'floating_litter_density', YEAR), kpiCard(dataset, 'sea_cleaning_area_km2', YEAR)];
	const charts = Object.fromEntries(
		['litter-density-trend', 'litter-cleaning-area', 'litter-sources-share'].map((id) => [id, buildChart(id, dataset)])
	);
	const collected = facts(dataset, [
		{ metric: 'litter_collected_t_per_year_approx', year: 2022 },
		{ metric: 'litter_collected_t_per_year_approx', year: 2024 },
		{ metric: 'litter_collected_one_week_peak_t_min', year: 2016 }
	]);
	const fujian = facts(dataset, [{ metric: 'litter_collected_cumulative_t_approx', year: 2023, scope: 'fujian' }]);
	const text = namedText(dataset, 'litter', YEAR);
	const sourceIds = new Set([
		...cards.flatMap((c) => c.sourceIds),
		...[...collected, ...fujian].map((f) => f.figure.sourceId),
		...text.work.map((w) => w.sourceId)
	]);
	return {
		map: domainMap(['litter', 'sea']),
		year: YEAR,
		cards,
		charts: localizeCharts(charts, pageLocale(url)),
		collected,
		fujian,
		...text,
		sources: pickSources(sourceIds)
	};
};

/**
 * Not hydrated: the page is complete as prerendered, and its own small script (/embed/page.js, built
 * from src/lib/embed/client/page.ts) adds tooltips, calendar keys, year tabs and the download menus.
 * SvelteKit's client would cost more than the whole JavaScript budget of a page leaves for charts.
 */
export const csr = false;
