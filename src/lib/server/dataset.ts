import type { Dataset, Source } from '$lib/data/types';
import sources from '$lib/generated/sources.json';
import metrics from '$lib/generated/metrics.json';
import figures from '$lib/generated/figures.json';
import derived from '$lib/generated/derived.json';
import sites from '$lib/generated/sites.json';
import waterClasses from '$lib/generated/water-classes.json';
import problems from '$lib/generated/problems.json';
import priorities from '$lib/generated/priorities.json';
import glossary from '$lib/generated/glossary.json';
import seaAreas from '$lib/generated/sea-areas.json';
import seaAreaStatuses from '$lib/generated/sea-area-statuses.json';
import dailyCity from '$lib/generated/air-daily.json';
import dailyStations from '$lib/generated/air-stations-daily.json';
import dailyThirdParty from '$lib/generated/air-aqistudy-daily.json';
import annualComputed from '$lib/generated/air-annual-computed.json';
import stations from '$lib/generated/stations.json';
import places from '$lib/generated/places.json';
import map from '$lib/generated/map.json';
import waterStatuses from '$lib/generated/water-statuses.json';

/**
 * The dataset `npm run data` generated, for load functions only ($lib/server never reaches the
 * browser bundle; pages receive just what they show, serialised into the prerendered HTML).
 */
export const dataset = {
	sources,
	metrics,
	figures,
	derived,
	sites,
	waterClasses,
	problems,
	priorities,
	glossary,
	seaAreas,
	seaAreaStatuses,
	monitoring: { dailyCity, dailyStations, dailyThirdParty, annualComputed, stations, places, map },
	waterStatuses
} as unknown as Dataset;

/** The registry rows for a set of source ids, in the given order, without duplicates. */
export function pickSources(ids: Iterable<string>): Record<string, Source> {
	const out: Record<string, Source> = {};
	for (const id of ids) {
		const source = dataset.sources.find((s) => s.id === id);
		if (!source) throw new Error(`Unknown source id "${id}"`);
		out[id] = source;
	}
	return out;
}
