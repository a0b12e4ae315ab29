import type { PageServerLoad } from './$types';
import { dataset, pickSources } from '$lib/server/dataset';
import { kpiCard } from '$lib/overview/cards';
import { buildChart } from '$lib/charts/registry';
import { localizeCharts, pageLocale } from '$lib/server/localizeChart';
import { figureFor, metricById } from '$lib/data/query';

/** The overview's year: the founding document's year. */
const YEAR = 2024;
/** Each domain section's chart, the one its page opens with (air: the good rate; its composite index opens this page). */
const SECTION_CHARTS = {
	air: 'overview-good-rate-trend',
	water: 'water-excellent-share',
	coast: 'coast-excellent-ratios',
	litter: 'litter-density-trend'
} as const;
/** Figures shown inside another metric's card. */
const RELATED: Record<string, string[]> = { sea_outfall_compliance_pct: ['sea_outfalls'] };

/** The home page: the 2024 overview for an official with two minutes. */
export const load: PageServerLoad = ({ url }) => {
	const cards = (ids: string[]) => ids.map((id) => kpiCard(dataset, id, YEAR, RELATED[id]));
	const air = cards([
		'composite_index',
		'rank_168_cities',
		'good_rate_pct',
		'excellent_rate_pct',
		'pm25_rank_national'
	]);
	const water = cards(['main_watershed_excellent_share_pct', 'surface_water_function_zone_compliance_pct']);
	const coast = cards(['coastal_excellent_area_pct', 'coastal_excellent_point_pct', 'sea_outfall_compliance_pct']);
	const litter = cards(['floating_litter_density', 'sea_cleaning_area_km2']);
	const noise = cards(['noise_day_compliance_pct', 'noise_night_compliance_pct']);

	const four100 = [
		'drinking_source_compliance_pct',
		'main_watershed_section_compliance_pct',
		'small_watershed_section_compliance_pct',
		'reward_section_compliance_pct'
	].map((id) => {
		const figure = figureFor(dataset, id, YEAR);
		if (!figure) throw new Error(`No ${id} for ${YEAR}`);
		return { metric: metricById(dataset, id), figure };
	});

	const reservoirs = dataset.waterClasses
		.filter((w) => w.year === YEAR)
		.map((w) => ({ ...w, site: dataset.sites.find((s) => s.id === w.site)! }));

	const problems = dataset.problems.filter((p) => p.year === YEAR);
	// The page's main chart, then each domain's: the chart its own page opens with (the air page's composite
	// index is the page's main chart here, so the air section shows its good-rate trend).
	const charts = ['overview-composite-trend', ...Object.values(SECTION_CHARTS)].map((id) => buildChart(id, dataset));

	const all = [air, water, coast, litter, noise].flat();
	const sourceIds = new Set([
		...all.flatMap((c) => c.sourceIds),
		...four100.map((f) => f.figure.sourceId),
		...reservoirs.map((r) => r.sourceId),
		...problems.map((p) => p.sourceId)
	]);

	return {
		year: YEAR,
		cards: { air, water, coast, litter, noise },
		four100,
		reservoirs,
		problems,
		/** How many work figures the work page shows for the year (its link says so). */
		workFigures: dataset.work.filter((w) => w.year === YEAR).length,
		charts: localizeCharts(charts, pageLocale(url)),
		sectionCharts: SECTION_CHARTS,
		sources: pickSources(sourceIds)
	};
};

/**
 * Not hydrated: the page is complete as prerendered (figures, charts, tables), and its own small
 * script (/enhance/page.js, built from src/lib/enhance/scripts/page.ts) adds the charts' tooltips and
 * menus, as on the domain pages.
 */
export const csr = false;
