import type { Dataset, Figure, Metric } from '../data/types';
import { metricById } from '../data/query';
import { metricQualifier, type Qualifier } from '../text/qualified';

/**
 * A published figure shown as a line of text (context figures, definitions that form no series,
 * approximate or lower-bound values): the figure, its metric and how exact it is.
 */
export interface Fact {
	metric: Metric;
	figure: Figure;
	qualifier: Qualifier;
}

/** The published figures asked for, in order; a missing one is an error (a page asking for it is a bug). */
export function facts(
	dataset: Pick<Dataset, 'metrics' | 'figures'>,
	specs: { metric: string; year: number; scope?: string }[]
): Fact[] {
	return specs.map((spec) => {
		const scope = spec.scope ?? 'city';
		const figure = dataset.figures.find((f) => f.metric === spec.metric && f.year === spec.year && f.scope === scope);
		if (!figure) throw new Error(`No published ${spec.metric} for ${spec.year} (${scope}) in data/figures`);
		return { metric: metricById(dataset, spec.metric), figure, qualifier: metricQualifier(spec.metric) };
	});
}

/** Every published figure of a metric in a scope, oldest first. */
export function metricFacts(dataset: Pick<Dataset, 'metrics' | 'figures'>, metric: string, scope = 'city'): Fact[] {
	return dataset.figures
		.filter((f) => f.metric === metric && f.scope === scope)
		.sort((a, b) => a.year - b.year)
		.map((figure) => ({ metric: metricById(dataset, metric), figure, qualifier: metricQualifier(metric) }));
}
