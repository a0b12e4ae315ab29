import type { Dataset } from '../data/types';
import type { ChartDefinition, ChartModel } from './kinds';
import { OVERVIEW_CHARTS } from './definitions/overview';
import { AIR_CHARTS } from './definitions/air';
import { WATER_CHARTS } from './definitions/water';
import { COAST_CHARTS } from './definitions/coast';
import { LITTER_CHARTS } from './definitions/litter';
import { MAP_CHARTS } from './definitions/map';

/**
 * The one registry of charts. Each chart has a stable id that names its place on a page, its embed
 * (/embed/<id>/), its downloads, its slide and its snapshot; pages, embeds, the deck and the benchmark
 * all build charts through `buildChart(id, dataset)`, so a chart is declared once (definitions/<page>.ts).
 */
export const CHARTS: readonly ChartDefinition[] = [
	...OVERVIEW_CHARTS,
	...AIR_CHARTS,
	...WATER_CHARTS,
	...COAST_CHARTS,
	...LITTER_CHARTS,
	...MAP_CHARTS
];

const duplicates = CHARTS.map((c) => c.id).filter((id, i, all) => all.indexOf(id) !== i);
if (duplicates.length > 0) throw new Error(`Duplicate chart ids: ${duplicates.join(', ')}`);

/** Every registered chart id, in page order. */
export function chartIds(): string[] {
	return CHARTS.map((d) => d.id);
}

/**
 * Builds a chart's model by id. An unknown id is an error; so is a chart that cannot be built from the
 * data, and the error names the chart and the reason (the build stops there, with its cause).
 */
export function buildChart(id: string, dataset: Dataset): ChartModel {
	const definition = CHARTS.find((d) => d.id === id);
	if (!definition) throw new Error(`Unknown chart id "${id}"`);
	try {
		return definition.build(dataset);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(`Chart "${id}" cannot be built: ${reason}`, { cause: error });
	}
}
