/**
 * The one source-id resolver: every page, chart, slide and download turns source ids into registry rows
 * here. Ids resolve in the order given, each once; an unknown id is an error (a figure never cites a
 * source that is not in data/sources.csv, and a page never cites one it did not pick).
 */
import type { Source } from './types';

/** Where ids are looked up: the registry (an array) or the sources a page picked (by id). */
export type SourceLookup = readonly Source[] | Readonly<Record<string, Source>>;

function find(lookup: SourceLookup, id: string): Source | undefined {
	if (Array.isArray(lookup)) return (lookup as readonly Source[]).find((s) => s.id === id);
	return Object.hasOwn(lookup, id) ? (lookup as Readonly<Record<string, Source>>)[id] : undefined;
}

/** The sources of `ids`, once each, in order; throws on an id the lookup does not hold. */
export function resolveSources(lookup: SourceLookup, ids: Iterable<string>): Source[] {
	return [...new Set(ids)].map((id) => {
		const source = find(lookup, id);
		if (!source)
			throw new Error(
				Array.isArray(lookup)
					? `Unknown source id "${id}" (not in data/sources.csv)`
					: `Source "${id}" is cited but not among the page's sources`
			);
		return source;
	});
}

/** The same, keyed by id (what a page's load function hands its components). */
export function sourceRecord(lookup: SourceLookup, ids: Iterable<string>): Record<string, Source> {
	return Object.fromEntries(resolveSources(lookup, ids).map((s) => [s.id, s]));
}
