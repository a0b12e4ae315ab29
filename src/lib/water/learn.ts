/**
 * The classroom's part of the water story: what a reading's class is, why a flood season can be worse, and
 * 隘头潭's flood- and dry-season figures that show it; and the worksheet question on them. Built on the server in
 * one language; null when the data cannot support it (no Xiamen station, or a season without readings).
 */
import { resolveSources } from '../data/sources';
import type { Dataset, Source } from '../data/types';
import { m } from '../paraglide/messages';
import { formatNumber, type Locale } from '../text/format';
import { limitingParameters, monthlyClassShares, seasonComparison } from './story';
import { xiamenStation } from './stations';
import { monthText, percent, shareOf } from './text';

/** The GB 3838-2002 registry row, cited under the explanation of a class. */
const GB3838 = 'std-gb-3838-2002';

export interface FloodLesson {
	heading: string;
	/** What a reading's class is, and why rain makes it worse (plain language). */
	paragraphs: string[];
	/** 隘头潭's figures, labelled computed from instantaneous readings, and their sources. */
	data: { text: string; sources: Source[] };
}

/** The flood- and dry-season figures of Xiamen's station, or null when either season has no classified reading. */
function xiamenSeasons(dataset: Dataset) {
	const network = dataset.waterNetwork;
	if (!network.stations.some((s) => s.group === 'xiamen')) return null;
	const station = xiamenStation(network);
	const seasons = seasonComparison(network.months, station);
	const [flood, dry] = seasons.overall;
	if (flood.network.classified === 0 || dry.network.classified === 0) return null;
	return { station, seasons, flood, dry };
}

export function floodLesson(dataset: Dataset, locale: Locale): FloodLesson | null {
	const found = xiamenSeasons(dataset);
	if (!found) return null;
	const { station, flood, dry } = found;
	const months = dataset.waterNetwork.months;
	const monthly = monthlyClassShares(months, station);
	const limiting = limitingParameters(months, station);
	const tp = limiting.rows.find((r) => r.parameter === 'TP')!;
	const o = { locale };
	return {
		heading: m.wn_learn_heading({}, o),
		paragraphs: [m.wn_learn_p1({}, o), m.wn_learn_p2({}, o)],
		data: {
			text: m.wn_learn_data(
				{
					from: monthText(monthly.first, locale),
					to: monthText(monthly.last, locale),
					flood: shareOf(flood.network.worseThanIII, flood.network.classified, locale),
					dry: shareOf(dry.network.worseThanIII, dry.network.classified, locale),
					tp: shareOf(tp.readings, limiting.worseThanIII, locale)
				},
				o
			),
			sources: resolveSources(dataset.sources, [
				...dataset.waterNetwork.sourceIds,
				...(dataset.sources.some((s) => s.id === GB3838) ? [GB3838] : [])
			])
		}
	};
}

/** The worksheet question: which season had more readings worse than III at 隘头潭, and by how much. */
export interface FloodQuestion {
	question: string;
	answer: string;
	sourceIds: string[];
}

export function floodQuestion(dataset: Dataset, locale: Locale): FloodQuestion | null {
	const found = xiamenSeasons(dataset);
	if (!found || found.dry.network.worseShare === 0) return null;
	const { flood, dry } = found;
	const [f, d] = [flood.network.worseShare!, dry.network.worseShare!];
	const o = { locale };
	return {
		question: m.wn_ws_q_flood({}, o),
		answer: (f > d ? m.wn_ws_a_flood_worse : m.wn_ws_a_flood_not_worse)(
			{
				flood: percent(f, locale),
				dry: percent(d, locale),
				ratio: formatNumber(f / d, 1, locale)
			},
			o
		),
		sourceIds: [...dataset.waterNetwork.sourceIds]
	};
}
