import type { Dataset } from '../../../data/types';
import { seasonOf } from '../../../data/schema/waterNetwork';
import { WATER_CLASSES, type WaterClass } from '../../../data/schema/vocabulary';
import { monthText } from '../../../water/text';
import { monthsBetween } from '../../../water/story';
import { classKey } from '../class-months/build';
import { sourcesFor, type ChartPage, type ChartText, type ModelText } from '../../model';
import { SLOTS_PER_DAY } from './layout';
import type { ClassStripChartModel, ClassStripMonth } from './model';

const rankOf = (c: WaterClass | null) => (c === null ? null : WATER_CLASSES.indexOf(c));

/**
 * Xiamen's station (隘头潭) of the national surface-water network as a `class-strip` chart: the network's class
 * of every reading kept, month by month from the first reading's month to the last's; each month's counts of
 * the network's classes, and of the readings whose recomputed class differs, go into the table.
 */
export function classStripChart(
	dataset: Pick<Dataset, 'waterNetwork' | 'sources'>,
	chart: { id: string; page: ChartPage; text: ChartText; textParams?: Record<string, string>; notes: ModelText[] }
): ClassStripChartModel {
	const readings = dataset.waterNetwork.xiamenReadings;
	const months = new Map<string, ClassStripMonth>();
	const span =
		readings.length === 0 ? [] : monthsBetween(readings[0]!.time.slice(0, 7), readings.at(-1)!.time.slice(0, 7));
	for (const id of span) {
		const [y, mo] = [Number(id.slice(0, 4)), Number(id.slice(5, 7))];
		months.set(id, {
			id,
			label: { zh: monthText(id, 'zh'), en: monthText(id, 'en') },
			marked: seasonOf(id) === 'flood',
			slots: new Date(Date.UTC(y, mo, 0)).getUTCDate() * SLOTS_PER_DAY,
			readings: 0,
			counts: WATER_CLASSES.map(() => 0),
			differs: 0
		});
	}
	for (const r of readings) {
		const month = months.get(r.time.slice(0, 7))!;
		month.readings += 1;
		const rank = rankOf(r.networkClass);
		if (rank !== null) month.counts[rank]! += 1;
		if (r.class !== r.networkClass) month.differs += 1;
	}
	return {
		kind: 'class-strip',
		...chart,
		classes: WATER_CLASSES.map((c) => ({ id: c, label: classKey(c) })),
		worseFrom: 3,
		readings: readings.map((r) => ({ time: r.time, rank: rankOf(r.networkClass) })),
		months: [...months.values()],
		marked: 'wn_season_flood',
		unmarked: 'wn_season_dry',
		sources: sourcesFor(dataset, dataset.waterNetwork.sourceIds)
	};
}
