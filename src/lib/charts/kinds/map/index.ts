import MapChart from '../../../map/MapChart.svelte';
import { mapSentence } from '../../../text/mapSummary';
import { defineKind } from '../kind';
import type { MapChartModel } from './model';

export type { MapChartModel } from './model';

/**
 * The Xiamen map (src/lib/map/): its layers, legend and lists. Its words stay message keys, which its
 * components resolve by name (src/lib/map/text.ts), so that the hydrated /map/ page carries only them.
 */
export const map = defineKind<MapChartModel>({
	component: MapChart,
	summary: (model, locale) => mapSentence(model.map, model.mapOptions.date, locale),
	frameText: false
});
