import type { Dataset } from '../../../data/types';
import { formatNumber } from '../../../text/format';
import { classAgreement, limitingParameters, seasonComparison } from '../../../water/story';
import { classKey } from '../class-months/build';
import { sourcesFor, type ChartPage, type ModelText } from '../../model';
import type { BarChartModel } from './model';

/**
 * The bar charts of a station's readings from the national surface-water network (issue 16: 隘头潭). All are
 * computed from the network's instantaneous 4-hourly readings; shares are of the readings with a class.
 */

type Chart = { id: string; page: ChartPage; notes?: ModelText[] };
const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);
const network = (dataset: Pick<Dataset, 'waterNetwork' | 'sources'>) =>
	sourcesFor(dataset, dataset.waterNetwork.sourceIds);

/** The share of readings worse than class III in the flood and the dry season, year by year and over all years. */
export function seasonSharesChart(
	dataset: Pick<Dataset, 'waterNetwork' | 'sources'>,
	station: string,
	chart: Chart
): BarChartModel {
	const s = seasonComparison(dataset.waterNetwork.months, station);
	const years = [...new Set(s.byYear.map((r) => r.year!))];
	const row = (year: number | null) =>
		(['flood', 'dry'] as const).map((season) => {
			const r =
				year === null
					? s.overall.find((o) => o.season === season)
					: s.byYear.find((b) => b.year === year && b.season === season);
			return r ? pct(r.network.worseThanIII, r.network.classified) : null;
		});
	return {
		kind: 'bar',
		id: chart.id,
		page: chart.page,
		mode: 'grouped',
		unit: 'percent',
		decimals: 1,
		text: {
			title:
				s.yearsWithBoth.length > 0 && s.floodWorseIn.length === s.yearsWithBoth.length
					? 'wn_seasons_title'
					: 'wn_seasons_title_neutral',
			subtitle: 'wn_seasons_subtitle',
			summaryLabel: 'wn_seasons_summary_label'
		},
		rows: [
			...years.map((y) => ({ id: String(y), label: { zh: `${y}年`, en: String(y) } })),
			{ id: 'all', label: 'wn_all_years' }
		],
		segments: SEASON_SEGMENTS,
		values: [...years.map((y) => row(y)), row(null)],
		summary: { kind: 'top', segmentId: 'flood' },
		notes: chart.notes ?? [],
		sources: network(dataset)
	};
}

/** The two seasons as bar segments (flood first), shared by the season and limiting-parameter charts. */
const SEASON_SEGMENTS: BarChartModel['segments'] = [
	{ id: 'flood', label: 'wn_season_flood_short', kind: 'computed', colour: { series: 0 } },
	{ id: 'dry', label: 'wn_season_dry_short', kind: 'computed', colour: { series: 1 } }
];

/** Which parameter set the class of the readings recomputed worse than class III, as a share of them, by season. */
export function limitingChart(
	dataset: Pick<Dataset, 'waterNetwork' | 'sources'>,
	station: string,
	chart: Chart
): BarChartModel {
	const l = limitingParameters(dataset.waterNetwork.months, station);
	return {
		kind: 'bar',
		id: chart.id,
		page: chart.page,
		mode: 'grouped',
		unit: 'percent',
		decimals: 1,
		text: {
			title: l.leading === 'TP' && (l.rows[0]!.share ?? 0) > 0.5 ? 'wn_limiting_title' : 'wn_limiting_title_neutral',
			subtitle: 'wn_limiting_subtitle',
			summaryLabel: 'wn_limiting_summary_label'
		},
		textParams: { count: formatNumber(l.worseThanIII, 0, 'en') },
		rows: l.rows.map((r) => ({ id: r.parameter, label: `wn_param_${r.parameter}` })),
		segments: SEASON_SEGMENTS,
		values: l.rows.map((r) => [pct(r.bySeason.flood, l.worseBySeason.flood), pct(r.bySeason.dry, l.worseBySeason.dry)]),
		summary: { kind: 'top', segmentId: 'flood' },
		notes: chart.notes ?? [],
		sources: network(dataset)
	};
}

/** Each class's share of the readings: as the network published it, and recomputed from the parameters. */
export function agreementChart(
	dataset: Pick<Dataset, 'waterNetwork' | 'sources'>,
	station: string,
	chart: Chart
): BarChartModel {
	const a = classAgreement(dataset.waterNetwork.months, station);
	return {
		kind: 'bar',
		id: chart.id,
		page: chart.page,
		mode: 'grouped',
		unit: 'percent',
		decimals: 1,
		text: {
			title: 'wn_agreement_title',
			subtitle: 'wn_agreement_subtitle',
			summaryLabel: 'wn_agreement_summary_label'
		},
		textParams: { share: a.share === null ? '—' : `${formatNumber(a.share * 100, 1, 'en')}%` },
		rows: a.classes.map((c) => ({ id: c.class, label: classKey(c.class) })),
		segments: [
			{ id: 'network', label: 'wn_network_short', kind: 'published', colour: { series: 0 } },
			{ id: 'computed', label: 'wn_computed_short', kind: 'computed', colour: { series: 1 } }
		],
		values: a.classes.map((c) => [pct(c.network, a.network.classified), pct(c.computed, a.computed.classified)]),
		summary: { kind: 'top', segmentId: 'network' },
		notes: chart.notes ?? [],
		sources: network(dataset)
	};
}
