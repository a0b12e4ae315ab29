import dataset from '$lib/generated/dataset.json';
import type { Source } from '$lib/data/types';
import { sourceRecord } from '$lib/data/sources';

/**
 * The dataset `npm run data` generated, typed by the declaration written beside it (no cast), for load
 * functions only ($lib/server never reaches the browser bundle; pages receive just what they show,
 * serialised into the prerendered HTML).
 */
export { dataset };

/** The registry rows for a set of source ids, by id, in the given order, without duplicates (unknown id: an error). */
export function pickSources(ids: Iterable<string>): Record<string, Source> {
	return sourceRecord(dataset.sources, ids);
}
