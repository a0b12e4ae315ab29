import type { Dataset } from '../../../data/types';
import { THIN_MONTH_READINGS } from '../../../data/schema/waterNetwork';
import { WATER_CLASSES } from '../../../data/schema/vocabulary';
import { monthlyClassShares, seasonComparison } from '../../../water/story';
import { monthText } from '../../../water/text';
import { sourcesFor, type ChartPage, type ChartText, type ModelText } from '../../model';
import type { ClassMonthsChartModel } from './model';

/** The message key of a class's short name ('劣V' is written worse_V in keys). */
export const classKey = (c: (typeof WATER_CLASSES)[number]) => `water_gb3838_short_${c === '劣V' ? 'worse_V' : c}`;

/**
 * A station's months of the national surface-water network as a `class-months` chart: the network's class
 * of every reading, month by month from the station's first month to its last (a month without readings is
 * a gap), the flood season marked; the recomputed classes go into the table beside the network's.
 */
export function classMonthsChart(
	dataset: Pick<Dataset, 'waterNetwork' | 'sources'>,
	station: string,
	chart: { id: string; page: ChartPage; text: ChartText; textParams?: Record<string, string>; notes: ModelText[] }
): ClassMonthsChartModel {
	const months = dataset.waterNetwork.months;
	const model = monthlyClassShares(months, station);
	const [flood, dry] = seasonComparison(months, station).overall;
	const counts = (s: { counts: Record<string, number> } | null) => (s ? WATER_CLASSES.map((c) => s.counts[c]!) : null);
	const bilingual = (month: string) => ({ zh: monthText(month, 'zh'), en: monthText(month, 'en') });
	return {
		kind: 'class-months',
		...chart,
		classes: WATER_CLASSES.map((c) => ({ id: c, label: classKey(c) })),
		worseFrom: 3,
		thinBelow: THIN_MONTH_READINGS,
		columns: model.months.map((mo) => ({
			id: mo.month,
			label: bilingual(mo.month),
			tick: String(Number(mo.month.slice(5))),
			year: mo.month.slice(0, 4),
			marked: mo.season === 'flood',
			readings: mo.readings,
			thin: mo.thin,
			counts: counts(mo.network),
			computedCounts: counts(mo.computed)
		})),
		marked: 'wn_season_flood',
		unmarked: 'wn_season_dry',
		totals: {
			marked: { worse: flood.network.worseThanIII, classified: flood.network.classified },
			unmarked: { worse: dry.network.worseThanIII, classified: dry.network.classified }
		},
		sources: sourcesFor(dataset, dataset.waterNetwork.sourceIds)
	};
}
