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
import { explanation, findingTitle } from './text';

export interface AitoutanSection {
	station: string;
	/** The finding: flood- against dry-season share of readings worse than class III. */
	title: string;
	lead: string;
	explanation: string;
	computedNote: string;
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
		sourceIds: network.sourceIds
	};
}
