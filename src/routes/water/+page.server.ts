import type { PageServerLoad } from './$types';
import { qualifiersFor } from '$lib/server/work';
import { domainMap } from '$lib/server/domainMap';
import { dataset, pickSources } from '$lib/server/dataset';
import { kpiCard } from '$lib/overview/cards';
import { buildChart } from '$lib/charts/registry';
import { localizeCharts, pageLocale } from '$lib/server/localizeChart';
import { facts, metricFacts } from '$lib/domains/facts';
import { namedText } from '$lib/domains/page';
import { aitoutanSection } from '$lib/water/section';

/** The 隘头潭 section's charts the page shows open: every reading, and the classes by month. */
const AITOUTAN_OPEN = ['water-aitoutan-readings', 'water-aitoutan-months'];
/** The rest of the section's charts, behind "more charts", in the order the page shows them. */
const AITOUTAN_MORE = [
	'water-aitoutan-seasons',
	'water-aitoutan-limiting',
	'water-aitoutan-tp',
	'water-aitoutan-do',
	'water-aitoutan-agreement',
	'water-jiulong-seasons',
	'water-fujian-ranking'
];
const AITOUTAN_CHARTS = [...AITOUTAN_OPEN, ...AITOUTAN_MORE];

/** The year of the founding document. */
const YEAR = 2024;

/** The watershed page: compliance, classes of reservoirs, excellent water, the Aitoutan problem and its readings. */
export const load: PageServerLoad = ({ url }) => {
	const four100 = [
		'drinking_source_compliance_pct',
		'main_watershed_section_compliance_pct',
		'small_watershed_section_compliance_pct',
		'reward_section_compliance_pct'
	].map((id) => kpiCard(dataset, id, YEAR));
	const drinkingHistory = metricFacts(dataset, 'drinking_source_compliance_pct');
	const shares = [
		kpiCard(dataset, 'main_watershed_excellent_share_pct', YEAR),
		kpiCard(dataset, 'surface_water_function_zone_compliance_pct', YEAR)
	];
	const charts = Object.fromEntries(
		[
			'water-reservoir-classes',
			'water-trophic-states',
			'water-excellent-share',
			'water-function-zone-compliance',
			...AITOUTAN_CHARTS
		].map((id) => [id, buildChart(id, dataset)])
	);
	const qualityWords = dataset.waterStatuses
		.filter((s) => s.scheme === 'quality_grade')
		.map((s) => ({ ...s, name: dataset.sites.find((site) => site.id === s.site)!.name }));
	const basinRank = facts(dataset, [{ metric: 'fujian_basin_rank_jan_apr', year: 2022, scope: 'dongxixi_basin' }]);
	const otherMeasures = facts(dataset, [
		{ metric: 'river_monitored_sections_water_bureau', year: 2017 },
		{ metric: 'river_length_function_target_pct_water_bureau', year: 2017 },
		{ metric: 'river_length_class_1_3_km_water_bureau', year: 2017 }
	]);
	const jiulong = facts(dataset, [
		{ metric: 'river_basin_function_compliance_pct', year: 2014, scope: 'jiulong_basin' },
		{ metric: 'river_basin_class_1_3_share_pct', year: 2014, scope: 'jiulong_basin' }
	]);
	const text = namedText(dataset, 'water', YEAR);
	const aitoutan = aitoutanSection(dataset, pageLocale(url));

	const sourceIds = new Set([
		...[...four100, ...shares].flatMap((c) => c.sourceIds),
		...[...drinkingHistory, ...basinRank, ...otherMeasures, ...jiulong].map((f) => f.figure.sourceId),
		...qualityWords.map((w) => w.sourceId),
		...text.problems.map((p) => p.sourceId),
		...text.work.map((w) => w.sourceId),
		...aitoutan.sourceIds
	]);
	return {
		// The document's own verdict on the domain ("历史最好水平" / "best on record"), with its quote.
		introQualifiers: qualifiersFor('topic', 'water_quality', YEAR),
		map: domainMap(['districts', 'water']),
		year: YEAR,
		four100,
		shares,
		drinkingHistory,
		charts: localizeCharts(charts, pageLocale(url)),
		qualityWords,
		basinRank,
		otherMeasures,
		jiulong,
		aitoutan,
		/** How many of the 隘头潭 section's charts are behind "more charts". */
		aitoutanMoreCount: AITOUTAN_MORE.length,
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
