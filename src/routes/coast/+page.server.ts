import type { PageServerLoad } from './$types';
import { qualifiersFor } from '$lib/server/work';
import { domainMap } from '$lib/server/domainMap';
import { dataset, pickSources } from '$lib/server/dataset';
import { kpiCard } from '$lib/overview/cards';
import { buildChart } from '$lib/charts/registry';
import { localizeCharts, pageLocale } from '$lib/server/localizeChart';
import { facts } from '$lib/domains/facts';
import { namedText } from '$lib/domains/page';

/** The year of the founding document. */
const YEAR = 2024;

/** The coast page: excellent-water ratios by definition, sea-area status, outfalls, the western sea. */
export const load: PageServerLoad = ({ url }) => {
	const cards = [
		kpiCard(dataset, 'coastal_excellent_area_pct', YEAR),
		kpiCard(dataset, 'coastal_excellent_point_pct', YEAR),
		kpiCard(dataset, 'sea_outfall_compliance_pct', YEAR, ['sea_outfalls'])
	];
	const charts = Object.fromEntries(
		['coast-excellent-ratios', 'coast-sea-area-status'].map((id) => [id, buildChart(id, dataset)])
	);
	const fujian = facts(dataset, [
		{ metric: 'coastal_excellent_area_pct', year: 2023, scope: 'fujian' },
		{ metric: 'coastal_excellent_area_pct', year: 2024, scope: 'fujian' }
	]);
	const coverage = facts(dataset, [
		{ metric: 'coastal_monitoring_stations', year: 2014 },
		{ metric: 'coastal_monitoring_stations', year: 2016 },
		{ metric: 'coastal_class_1_2_area_km2_2016', year: 2016 }
	]);
	const inflow = facts(dataset, [{ metric: 'jiulong_inflow_pollutant_load_change_pct', year: 2016 }]);
	const functionZones = facts(dataset, [{ metric: 'coastal_function_zone_compliance_pct', year: 2021 }]);
	const beaches = facts(dataset, [{ metric: 'beach_good_grade_pct', year: 2016 }]);
	const dolphins = facts(dataset, [
		{ metric: 'white_dolphin_sightings', year: 2014 },
		{ metric: 'white_dolphin_individuals', year: 2014 },
		{ metric: 'white_dolphin_sightings', year: 2016 },
		{ metric: 'white_dolphin_individuals', year: 2016 }
	]);
	const text = namedText(dataset, 'coast', YEAR);

	const sourceIds = new Set([
		...cards.flatMap((c) => c.sourceIds),
		...[...fujian, ...coverage, ...inflow, ...functionZones, ...beaches, ...dolphins].map((f) => f.figure.sourceId),
		...text.problems.map((p) => p.sourceId),
		...text.work.map((w) => w.sourceId)
	]);
	return {
		// The document's own verdict on the domain ("历史最好水平" / "best on record"), with its quote.
		introQualifiers: qualifiersFor('topic', 'coastal_water_quality', YEAR),
		map: domainMap(['sea', 'districts']),
		year: YEAR,
		cards,
		charts: localizeCharts(charts, pageLocale(url)),
		fujian,
		coverage,
		inflow,
		functionZones,
		beaches,
		dolphins,
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
