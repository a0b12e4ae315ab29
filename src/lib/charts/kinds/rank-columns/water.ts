import type { Dataset } from '../../../data/types';
import { formatNumber } from '../../../text/format';
import { stationRanking } from '../../../water/ranking';
import { percent } from '../../../water/text';
import { sourcesFor, type ChartPage, type ChartText, type ModelText } from '../../model';
import type { RankColumnsChartModel } from './model';

/**
 * Every Fujian station of the national surface-water network by its share of readings worse than class III over
 * the whole period, worst first (water/ranking.ts states the rules), each table row naming its rank and its
 * readings; `station` (隘头潭) and the Jiulong River's stations are highlighted and named; the summary says where
 * `station` stands.
 */
export function rankingChart(
	dataset: Pick<Dataset, 'waterNetwork' | 'sources'>,
	station: string,
	chart: { id: string; page: ChartPage; text: ChartText; name: ModelText; notes?: ModelText[] }
): RankColumnsChartModel {
	const ranking = stationRanking(dataset.waterNetwork.stations);
	const own = ranking.stations.find((s) => s.station === station);
	if (!own) throw new Error(`water-stations.csv has no station ${station} to rank`);
	const n = (v: number) => formatNumber(v, 0, 'en');
	const pct = (s: (typeof ranking.stations)[number]) =>
		s.classified === 0 ? null : Math.round((s.worseThanIII / s.classified) * 1000) / 10;
	const pctText = (share: number | null) => percent(share, 'en');
	return {
		kind: 'rank-columns',
		id: chart.id,
		page: chart.page,
		text: chart.text,
		textParams: { rank: own.rank === null ? '—' : String(own.rank), ranked: String(ranking.ranked) },
		notes: chart.notes ?? [],
		sources: sourcesFor(dataset, dataset.waterNetwork.sourceIds),
		valueLabel: 'wn_seasons_summary_label',
		decimals: 1,
		items: ranking.stations.map((s): RankColumnsChartModel['items'][number] => ({
			id: s.station,
			label:
				s.rank === null
					? { key: 'wn_ranking_row_unranked', params: { station: s.station, n: n(s.classified) } }
					: { key: 'wn_ranking_row', params: { rank: String(s.rank), station: s.station, n: n(s.classified) } },
			name: s.station === station ? chart.name : { zh: s.station, en: s.station },
			rank: s.rank,
			value: pct(s),
			mark: s.station === station ? 'focus' : s.group === 'jiulong' ? 'context' : null
		})),
		legend: {
			focus: chart.name,
			context: 'wn_ranking_legend_jiulong',
			other: 'wn_ranking_legend_others',
			axis: 'wn_ranking_axis'
		},
		summaryText:
			own.rank === null
				? { key: 'wn_ranking_summary_unranked', params: { station: chart.name, n: n(own.classified) } }
				: {
						key: 'wn_ranking_summary',
						params: {
							station: chart.name,
							rank: String(own.rank),
							ranked: String(ranking.ranked),
							share: pctText(own.share),
							n: n(own.classified),
							top: ranking.stations[0]!.station,
							topShare: pctText(ranking.stations[0]!.share)
						}
					}
	};
}
