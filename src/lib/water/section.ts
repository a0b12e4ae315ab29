/**
 * The 隘头潭 section of /water/ in one language: the finding as its title, the plain-language explanation and
 * the note that every figure is computed from the network's instantaneous readings. The charts are registered
 * charts (src/lib/charts/definitions/water.ts); this is the prose around them, from the same models.
 */
import type { Dataset } from '../data/types';
import { m } from '../paraglide/messages';
import type { Locale } from '../text/format';
import { limitingParameters, monthlyClassShares, seasonComparison } from './story';
import { xiamenStation } from './stations';
import { explanation, findingTitle, percent } from './text';
import { stationRanking } from './ranking';
import { formatNumber } from '../text/format';

export interface AitoutanSection {
	station: string;
	/** The finding: flood- against dry-season share of readings worse than class III. */
	title: string;
	lead: string;
	explanation: string;
	computedNote: string;
	/** Where the station stands among Fujian's stations and beside the Jiulong River's ('' when it is not ranked). */
	standing: string;
	/** The network data's source ids. */
	sourceIds: string[];
}

export function aitoutanSection(dataset: Pick<Dataset, 'waterNetwork'>, locale: Locale): AitoutanSection {
	const network = dataset.waterNetwork;
	const station = xiamenStation(network);
	const seasons = seasonComparison(network.months, station);
	return {
		station,
		title: findingTitle(seasons, locale),
		lead: m.wn_lead({}, { locale }),
		explanation: explanation(
			monthlyClassShares(network.months, station),
			seasons,
			limitingParameters(network.months, station),
			locale
		),
		computedNote: m.wn_computed_note({}, { locale }),
		standing: standingText(network, station, locale),
		sourceIds: network.sourceIds
	};
}

/** Where `station` stands among Fujian's ranked stations, and how many Jiulong River stations have a higher share. */
export function standingText(
	network: Pick<Dataset['waterNetwork'], 'stations'>,
	station: string,
	locale: Locale
): string {
	const ranking = stationRanking(network.stations);
	const own = ranking.stations.find((s) => s.station === station);
	if (!own || own.rank === null || own.share === null) return '';
	const jiulong = ranking.stations.filter((s) => s.group === 'jiulong');
	const n = (v: number) => formatNumber(v, 0, locale);
	return m.wn_standing(
		{
			share: percent(own.share, locale),
			rank: n(own.rank),
			ranked: n(ranking.ranked),
			jiulong: n(jiulong.length),
			worse: n(jiulong.filter((s) => (s.share ?? 0) > own.share!).length)
		},
		{ locale }
	);
}
