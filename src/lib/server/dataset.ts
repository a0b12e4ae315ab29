import type { Dataset, Source } from '$lib/data/types';
import sources from '$lib/generated/sources.json';
import metrics from '$lib/generated/metrics.json';
import figures from '$lib/generated/figures.json';
import derived from '$lib/generated/derived.json';
import sites from '$lib/generated/sites.json';
import waterClasses from '$lib/generated/water-classes.json';
import problems from '$lib/generated/problems.json';

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
	problems
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
