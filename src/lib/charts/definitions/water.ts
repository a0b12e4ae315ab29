import type { ChartDefinition } from '../kinds';
import { metricsChart } from '../kinds/line/build';
import { classGridChart, trophicStateGrid, waterClassGrid } from '../kinds/class-grid/grid';
import { classMonthsChart } from '../kinds/class-months/build';
import type { ClassMonthsChartModel } from '../kinds/class-months';
import { classStripChart } from '../kinds/class-strip/build';
import type { ClassStripChartModel } from '../kinds/class-strip';
import { agreementChart, limitingChart, seasonSharesChart, stationSeasonsChart } from '../kinds/bar/water';
import { parameterLimitsChart } from '../kinds/line/water';
import { rankingChart } from '../kinds/rank-columns/water';
import type { ModelText } from '../model';
import type { Dataset } from '../../data/types';
import { listText } from '../kinds/class-grid/summary';
import { limitingParameters, monthlyClassShares, seasonComparison } from '../../water/story';
import { MIN_RANKED_READINGS, stationRanking } from '../../water/ranking';
import { parameterName } from '../../water/text';
import { formatNumber } from '../../text/format';
import { xiamenStation } from '../../water/stations';
import { monthText } from '../../water/text';

/** Drinking-water sources first, then the other reservoirs with a published class. */
export const CLASS_GRID_SITES = [
	'beixi-intake',
	'bantou-shidou-reservoir',
	'tingxi-reservoir',
	'huobian-reservoir',
	'xinfeng-reservoir',
	'xinglin-bay-reservoir'
];
export const TROPHIC_GRID_SITES = ['huobian-reservoir', 'yundang-lake', 'xinfeng-reservoir', 'shangli-reservoir'];

const PAGE = 'water';

// --- 隘头潭: the national surface-water network's readings (issue 16) ---

/** A month list as each language writes it, for a note's parameter. */
const monthList = (months: string[]) => ({
	zh: listText(
		months.map((mo) => monthText(mo, 'zh')),
		'zh'
	),
	en: listText(
		months.map((mo) => monthText(mo, 'en')),
		'en'
	)
});

/** Notes every 隘头潭 chart carries: computed from instantaneous readings, and the months without readings. */
function aitoutanNotes(d: Dataset, own: ModelText[] = []): ModelText[] {
	const model = monthlyClassShares(d.waterNetwork.months, xiamenStation(d.waterNetwork));
	return [
		'wn_note_computed',
		...own,
		...(model.gaps.length > 0 ? [{ key: 'wn_gap_note', params: { months: monthList(model.gaps) } }] : []),
		...(model.thin.length > 0 ? [{ key: 'wn_thin_note', params: { months: monthList(model.thin) } }] : [])
	];
}

/** Whether 隘头潭's flood season has the larger share of readings worse than III (the titles' finding), and its months. */
function floodWorse(d: Dataset) {
	const station = xiamenStation(d.waterNetwork);
	const [flood, dry] = seasonComparison(d.waterNetwork.months, station).overall;
	return {
		worse: (flood.network.worseShare ?? 0) > (dry.network.worseShare ?? 0),
		model: monthlyClassShares(d.waterNetwork.months, station)
	};
}

/** The titles state the finding only when the data show it; otherwise they say what is shown. */
function aitoutanMonths(d: Dataset): ClassMonthsChartModel {
	const station = xiamenStation(d.waterNetwork);
	const { worse, model } = floodWorse(d);
	return classMonthsChart(d, station, {
		id: 'water-aitoutan-months',
		page: PAGE,
		text: {
			title: worse ? 'wn_monthly_title' : 'wn_monthly_title_neutral',
			subtitle: 'wn_monthly_subtitle',
			summaryLabel: 'wn_seasons_summary_label'
		},
		textParams: { from: model.first, to: model.last },
		notes: aitoutanNotes(d, ['wn_note_network_class'])
	});
}

/** The class of every reading, one strip per month; the title states the finding only when the data show it. */
function aitoutanReadings(d: Dataset): ClassStripChartModel {
	const { worse, model } = floodWorse(d);
	return classStripChart(d, {
		id: 'water-aitoutan-readings',
		page: PAGE,
		text: {
			title: worse ? 'wn_readings_title' : 'wn_readings_title_neutral',
			subtitle: 'wn_readings_subtitle',
			summaryLabel: 'wn_seasons_summary_label'
		},
		textParams: { from: model.first, to: model.last },
		// The months without readings show as blank rows; the thin months' note is about shares, which this chart has none of.
		notes: aitoutanNotes(d, ['wn_note_network_class', 'wn_note_readings']).filter(
			(n) => typeof n !== 'object' || !('key' in n) || n.key !== 'wn_thin_note'
		)
	});
}

/** Which parameters set the class of the readings worse than III, with how many: "总磷240条、溶解氧46条…". */
function limitingCounts(d: Dataset): ModelText {
	const l = limitingParameters(d.waterNetwork.months, xiamenStation(d.waterNetwork));
	const list = (locale: 'zh' | 'en') =>
		listText(
			l.rows
				.filter((r) => r.readings > 0)
				.map((r) => `${parameterName(r.parameter, locale)} ${formatNumber(r.readings, 0, locale)}`),
			locale
		);
	return {
		key: 'wn_note_limits_others',
		params: { count: formatNumber(l.worseThanIII, 0, 'en'), list: { zh: list('zh'), en: list('en') } }
	};
}

/** The parameter charts: the two that set 隘头潭's class most often when it is worse than III (TP, then DO). */
function aitoutanLimits(d: Dataset, id: string, parameter: 'TP' | 'DO') {
	return parameterLimitsChart(d, xiamenStation(d.waterNetwork), parameter, {
		id,
		page: PAGE,
		notes: aitoutanNotes(d, ['wn_note_limits', limitingCounts(d)])
	});
}

/** The Jiulong River's stations, worst share worse than III first (the ranking's order), then 隘头潭. */
function jiulongSeasons(d: Dataset) {
	const station = xiamenStation(d.waterNetwork);
	const jiulong = stationRanking(d.waterNetwork.stations)
		.stations.filter((s) => s.group === 'jiulong')
		.map((s) => s.station);
	return stationSeasonsChart(d, [...jiulong, station], {
		id: 'water-jiulong-seasons',
		page: PAGE,
		compare: station,
		compareName: { key: 'wn_station_xiamen' },
		text: { title: 'wn_jiulong_title', subtitle: 'wn_jiulong_subtitle', summaryLabel: 'wn_seasons_summary_label' },
		notes: ['wn_note_computed', 'wn_note_jiulong', 'wn_note_seasons']
	});
}

/** 隘头潭 among every Fujian station of the network. */
function fujianRanking(d: Dataset) {
	const ranking = stationRanking(d.waterNetwork.stations);
	const unranked = ranking.stations.filter((s) => s.rank === null);
	const renamed = ranking.stations.filter((s) => s.names.length > 1);
	const names = (list: typeof ranking.stations, f: (s: (typeof list)[number]) => string) => ({
		zh: listText(list.map(f), 'zh'),
		en: listText(list.map(f), 'en')
	});
	return rankingChart(d, xiamenStation(d.waterNetwork), {
		id: 'water-fujian-ranking',
		page: PAGE,
		name: { key: 'wn_station_xiamen' },
		text: { title: 'wn_ranking_title', subtitle: 'wn_ranking_subtitle', summaryLabel: 'wn_seasons_summary_label' },
		notes: [
			'wn_note_computed',
			{
				key: 'wn_note_ranking',
				params: {
					names: String(d.waterNetwork.stations.length),
					total: String(ranking.total),
					renamed: names(renamed, (s) => s.names.join(' → ')),
					min: formatNumber(MIN_RANKED_READINGS, 0, 'en'),
					unranked: names(unranked, (s) => s.station)
				}
			}
		]
	});
}

/** Charts on the /water/ page (ids are stable once published). */
export const WATER_CHARTS: ChartDefinition[] = [
	{
		id: 'water-reservoir-classes',
		build: (d) =>
			classGridChart(
				d,
				{
					id: 'water-reservoir-classes',
					page: PAGE,
					text: {
						title: 'water_classes_title',
						subtitle: 'water_classes_subtitle',
						summaryLabel: 'water_classes_title'
					},
					notes: ['water_classes_note_sources']
				},
				(data) => waterClassGrid(data, CLASS_GRID_SITES)
			)
	},
	{
		id: 'water-trophic-states',
		build: (d) =>
			classGridChart(
				d,
				{
					id: 'water-trophic-states',
					page: PAGE,
					text: {
						title: 'water_trophic_title',
						subtitle: 'water_trophic_subtitle',
						summaryLabel: 'water_trophic_title'
					},
					notes: ['water_trophic_note']
				},
				(data) => trophicStateGrid(data, TROPHIC_GRID_SITES)
			)
	},
	{
		id: 'water-excellent-share',
		build: (d) =>
			metricsChart(
				d,
				{
					id: 'water-excellent-share',
					page: PAGE,
					text: {
						title: 'water_excellent_title',
						subtitle: 'water_excellent_subtitle',
						summaryLabel: 'water_excellent_summary_label'
					}
				},
				[{ metric: 'main_watershed_excellent_share_pct', summaryLabel: 'water_excellent_summary_label' }],
				{ includeZero: true }
			)
	},
	{
		id: 'water-function-zone-compliance',
		build: (d) =>
			metricsChart(
				d,
				{
					id: 'water-function-zone-compliance',
					page: PAGE,
					text: {
						title: 'water_function_title',
						subtitle: 'water_function_subtitle',
						summaryLabel: 'water_function_summary_label'
					},
					notes: ['water_function_note_first', 'water_function_note_2023']
				},
				[{ metric: 'surface_water_function_zone_compliance_pct', summaryLabel: 'water_function_summary_label' }],
				{ includeZero: true }
			)
	},
	{ id: 'water-aitoutan-readings', build: aitoutanReadings },
	{ id: 'water-aitoutan-months', build: aitoutanMonths },
	{
		id: 'water-aitoutan-seasons',
		build: (d) =>
			seasonSharesChart(d, xiamenStation(d.waterNetwork), {
				id: 'water-aitoutan-seasons',
				page: PAGE,
				notes: aitoutanNotes(d, ['wn_note_seasons'])
			})
	},
	{
		id: 'water-aitoutan-limiting',
		build: (d) =>
			limitingChart(d, xiamenStation(d.waterNetwork), {
				id: 'water-aitoutan-limiting',
				page: PAGE,
				notes: ['wn_note_computed', 'wn_note_limiting']
			})
	},
	{ id: 'water-aitoutan-tp', build: (d) => aitoutanLimits(d, 'water-aitoutan-tp', 'TP') },
	{ id: 'water-aitoutan-do', build: (d) => aitoutanLimits(d, 'water-aitoutan-do', 'DO') },
	{ id: 'water-jiulong-seasons', build: jiulongSeasons },
	{ id: 'water-fujian-ranking', build: fujianRanking },
	{
		id: 'water-aitoutan-agreement',
		build: (d) =>
			agreementChart(d, xiamenStation(d.waterNetwork), {
				id: 'water-aitoutan-agreement',
				page: PAGE,
				notes: ['wn_note_computed']
			})
	}
];
