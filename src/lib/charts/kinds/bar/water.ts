import type { Dataset } from '../../../data/types';
import { formatNumber } from '../../../text/format';
import {
	classAgreement,
	limitingParameters,
	networkAgreement,
	seasonComparison,
	type AgreementModel
} from '../../../water/story';
import { percent } from '../../../water/text';
import { classKey } from '../class-months/build';
import { sourcesFor, type ChartPage, type ModelText } from '../../model';
import type { BarChartModel } from './model';

/**
 * The bar charts of a station's readings from the national surface-water network (issue 16: 隘头潭). All are
 * computed from the network's instantaneous 4-hourly readings; shares are of the readings with a class.
 */

type Chart = { id: string; page: ChartPage; notes?: ModelText[] };
const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);
/** A share (0–1) as the sentences write it in either language ('12.5%'; '—' when there is none). */
const pctText = (share: number | null) => percent(share, 'en');
/** What every chart here shares: grouped bars of shares (one decimal), its notes, the network data as source. */
const percentBars = (
	dataset: Pick<Dataset, 'waterNetwork' | 'sources'>,
	chart: Chart
): Pick<BarChartModel, 'kind' | 'id' | 'page' | 'mode' | 'unit' | 'decimals' | 'notes' | 'sources'> => ({
	kind: 'bar',
	id: chart.id,
	page: chart.page,
	mode: 'grouped',
	unit: 'percent',
	decimals: 1,
	notes: chart.notes ?? [],
	sources: sourcesFor(dataset, dataset.waterNetwork.sourceIds)
});

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
		...percentBars(dataset, chart),
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
		summary: {
			kind: 'text',
			text: {
				key: 'wn_seasons_summary',
				params: {
					flood: pctText(s.overall[0].network.worseShare),
					dry: pctText(s.overall[1].network.worseShare),
					worse: String(s.floodWorseIn.length),
					years: String(s.yearsWithBoth.length)
				}
			}
		}
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
		...percentBars(dataset, chart),
		text: {
			title: l.leading === 'TP' && (l.rows[0]!.share ?? 0) > 0.5 ? 'wn_limiting_title' : 'wn_limiting_title_neutral',
			subtitle: 'wn_limiting_subtitle',
			summaryLabel: 'wn_limiting_summary_label'
		},
		textParams: { count: formatNumber(l.worseThanIII, 0, 'en') },
		rows: l.rows.map((r) => ({ id: r.parameter, label: `wn_param_${r.parameter}` })),
		segments: SEASON_SEGMENTS,
		values: l.rows.map((r) => [pct(r.bySeason.flood, l.worseBySeason.flood), pct(r.bySeason.dry, l.worseBySeason.dry)]),
		summary: {
			kind: 'text',
			text:
				l.leading === null
					? { key: 'summary_none', params: { label: { key: 'wn_limiting_summary_label' } } }
					: {
							key: 'wn_limiting_summary',
							params: {
								count: formatNumber(l.worseThanIII, 0, 'en'),
								param: { key: `wn_param_${l.leading}` },
								share: pctText(l.rows[0]!.share),
								flood: pctText(l.worseBySeason.flood === 0 ? null : l.rows[0]!.bySeason.flood / l.worseBySeason.flood),
								dry: pctText(l.worseBySeason.dry === 0 ? null : l.rows[0]!.bySeason.dry / l.worseBySeason.dry)
							}
						}
		}
	};
}

/** The counts the agreement notes give: the readings compared, agreeing and differing, and the differing by cause. */
const causeParams = (a: AgreementModel): Record<string, string> => {
	const n = (x: number) => formatNumber(x, 0, 'en');
	return {
		compared: n(a.compared),
		agree: n(a.agree),
		share: pctText(a.share),
		differ: n(a.compared - a.agree),
		onLimit: n(a.causes.on_limit),
		previous: n(a.causes.previous_reading),
		worse: n(a.causes.network_worse),
		better: n(a.causes.network_better)
	};
};

/**
 * Each class's share of the readings: as the network published it, and recomputed from the parameters; its notes
 * list the readings where the two differ by cause, for the station and for all stations together.
 */
export function agreementChart(
	dataset: Pick<Dataset, 'waterNetwork' | 'sources'>,
	station: string,
	chart: Chart
): BarChartModel {
	const a = classAgreement(dataset.waterNetwork.months, station);
	const all = networkAgreement(dataset.waterNetwork.months);
	return {
		...percentBars(dataset, chart),
		// The disagreements by cause, the station's and then every station's together (CLI: npm run import:water).
		notes: [
			...(chart.notes ?? []),
			{ key: 'wn_note_agreement', params: causeParams(a) },
			{ key: 'wn_note_agreement_all', params: causeParams(all) }
		],
		text: {
			title: 'wn_agreement_title',
			subtitle: 'wn_agreement_subtitle',
			summaryLabel: 'wn_agreement_summary_label'
		},
		textParams: { share: pctText(a.share) },
		rows: a.classes.map((c) => ({ id: c.class, label: classKey(c.class) })),
		segments: [
			{ id: 'network', label: 'wn_network_short', kind: 'published', colour: { series: 0 } },
			{ id: 'computed', label: 'wn_computed_short', kind: 'computed', colour: { series: 1 } }
		],
		values: a.classes.map((c) => [pct(c.network, a.network.classified), pct(c.computed, a.computed.classified)]),
		summary: {
			kind: 'text',
			text: {
				key: 'wn_agreement_summary',
				params: {
					compared: formatNumber(a.compared, 0, 'en'),
					agree: formatNumber(a.agree, 0, 'en'),
					share: pctText(a.share)
				}
			}
		}
	};
}

/**
 * Stations side by side (the Jiulong River's, with 隘头潭 for comparison): each one's share of readings worse
 * than class III in the flood and in the dry season over the whole period, in the order given.
 */
export function stationSeasonsChart(
	dataset: Pick<Dataset, 'waterNetwork' | 'sources'>,
	stations: string[],
	chart: Chart & { text: BarChartModel['text']; compare: string; compareName: ModelText }
): BarChartModel {
	const rows = stations.map((station) => ({ station, s: seasonComparison(dataset.waterNetwork.months, station) }));
	const share = (r: (typeof rows)[number], i: 0 | 1) => r.s.overall[i].network.worseShare;
	const own = rows.filter((r) => r.station !== chart.compare);
	const byFlood = [...own].filter((r) => share(r, 0) !== null).sort((a, b) => share(b, 0)! - share(a, 0)!);
	const compare = rows.find((r) => r.station === chart.compare);
	return {
		...percentBars(dataset, chart),
		text: chart.text,
		textParams: { count: String(own.length) },
		rows: rows.map((r) => ({ id: r.station, label: { zh: r.station, en: r.station } })),
		segments: SEASON_SEGMENTS,
		values: rows.map((r) =>
			[0, 1].map((i) => pct(r.s.overall[i as 0 | 1].network.worseThanIII, r.s.overall[i as 0 | 1].network.classified))
		),
		summary: {
			kind: 'text',
			text:
				byFlood.length === 0
					? { key: 'summary_none', params: { label: { key: chart.text.summaryLabel } } }
					: {
							key: 'wn_jiulong_summary',
							params: {
								count: String(own.length),
								worse: String(own.filter((r) => (share(r, 0) ?? 0) > (share(r, 1) ?? 0)).length),
								high: byFlood[0]!.station,
								highShare: pctText(share(byFlood[0]!, 0)),
								low: byFlood.at(-1)!.station,
								lowShare: pctText(share(byFlood.at(-1)!, 0)),
								compare: chart.compareName,
								compareFlood: pctText(compare ? share(compare, 0) : null)
							}
						}
		}
	};
}
