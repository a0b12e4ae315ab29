import { resolveSources } from './sources';
import type { Dataset, DerivedFigure, Figure, Metric, Source } from './types';

/** One point of a yearly series; `value` is null for a year with no published figure (a visible gap). */
export interface SeriesPoint {
	year: number;
	value: number | null;
	decimals: number;
	sourceId: string | null;
}

/** Looks up a metric, failing loudly: a page asking for a metric that does not exist is a bug. */
export function metricById(dataset: Pick<Dataset, 'metrics'>, id: string): Metric {
	const metric = dataset.metrics.find((m) => m.id === id);
	if (!metric) throw new Error(`Unknown metric "${id}" (not in data/metrics.csv)`);
	return metric;
}

/** One registry row by id, failing loudly (the one resolver: $lib/data/sources). */
export function sourceById(dataset: Pick<Dataset, 'sources'>, id: string): Source {
	return resolveSources(dataset.sources, [id])[0]!;
}

/**
 * The sources a block of a page cites, once each and in order, from the page's `sources` (picked on
 * the server by pickSources). A missing id fails loudly: a page citing a source it did not pick is a bug.
 * The same resolver as everywhere ($lib/data/sources), under the name the pages use.
 */
export const citedSources: (sources: Record<string, Source>, ids: Iterable<string>) => Source[] = resolveSources;

/** The published figure for a metric, year and scope, if any. */
export function figureFor(
	dataset: Pick<Dataset, 'figures'>,
	metric: string,
	year: number,
	scope = 'city'
): Figure | undefined {
	return dataset.figures.find((f) => f.metric === metric && f.year === year && f.scope === scope);
}

/** The derived figure for a metric, year and scope, if any. */
export function derivedFor(
	dataset: Pick<Dataset, 'derived'>,
	metric: string,
	year: number,
	scope = 'city'
): DerivedFigure | undefined {
	return dataset.derived.find((f) => f.metric === metric && f.year === year && f.scope === scope);
}

/**
 * A metric's published values as a yearly series from its first to its last published year (or the
 * given range), with null for every year in between that has no published figure. Derived values
 * are not mixed in: a gap stays a gap.
 */
export function yearlySeries(
	dataset: Pick<Dataset, 'figures'>,
	metric: string,
	options: { scope?: string; from?: number; to?: number } = {}
): SeriesPoint[] {
	const scope = options.scope ?? 'city';
	const figures = dataset.figures.filter((f) => f.metric === metric && f.scope === scope);
	if (figures.length === 0) return [];
	const years = figures.map((f) => f.year);
	const from = options.from ?? Math.min(...years);
	const to = options.to ?? Math.max(...years);
	const points: SeriesPoint[] = [];
	for (let year = from; year <= to; year++) {
		const f = figures.find((x) => x.year === year);
		points.push({
			year,
			value: f ? f.value : null,
			decimals: f ? f.decimals : 0,
			sourceId: f ? f.sourceId : null
		});
	}
	return points;
}

/** Runs of consecutive missing years in a series, e.g. [[2020, 2022]] — for "no figure found" notes. */
export function gaps(points: SeriesPoint[]): [number, number][] {
	const out: [number, number][] = [];
	for (const p of points) {
		if (p.value !== null) continue;
		const last = out[out.length - 1];
		if (last && last[1] === p.year - 1) last[1] = p.year;
		else out.push([p.year, p.year]);
	}
	return out;
}
