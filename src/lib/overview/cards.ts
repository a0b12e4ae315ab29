import type { Dataset, Figure, Metric } from '../data/types';
import { documentQualifiers, type QualifierModel } from '../work/qualifiers';
import { derivedFor, figureFor, metricById, yearlySeries, type SeriesPoint } from '../data/query';

/** The previous year's value shown on a card: published where it exists, else derived (and labelled so). */
export interface PreviousValue {
	year: number;
	value: number;
	decimals: number;
	derived: boolean;
	sourceIds: string[];
}

/** Everything a KPI card shows, already chosen and checked; the component only draws it. */
export interface KpiCardModel {
	id: string;
	metric: Metric;
	current: Figure;
	/** The change the source publishes with the figure (its own unit), if any. */
	change: { figure: Figure; metric: Metric } | null;
	previous: PreviousValue | null;
	/** Published values only, with null gaps; null when fewer than three years are published (two points are no trend). */
	trend: SeriesPoint[] | null;
	/** Figures shown alongside for context (e.g. the number of outfalls beside their compliance rate). */
	related: { metric: Metric; figure: Figure }[];
	/** The founding document's own qualifiers of the figure ("历史最佳" / "best on record"), each with its quote. */
	qualifiers: QualifierModel[];
	sourceIds: string[];
}

/**
 * Builds the card for a metric in a year. The change is the published change metric (e.g.
 * `excellent_rate_change_pt` for `excellent_rate_pct`); the previous value is the published figure
 * for the year before, or the value derived from the published change.
 */
export function kpiCard(dataset: Dataset, metricId: string, year: number, relatedIds: string[] = []): KpiCardModel {
	const metric = metricById(dataset, metricId);
	const current = figureFor(dataset, metricId, year);
	if (!current) throw new Error(`No published ${metricId} for ${year} in data/figures`);

	const changeMetrics = dataset.metrics.filter((m) => m.changeOf === metricId);
	let change: KpiCardModel['change'] = null;
	for (const m of changeMetrics) {
		const figure = figureFor(dataset, m.id, year);
		if (figure) {
			change = { figure, metric: m };
			break;
		}
	}

	const publishedPrev = figureFor(dataset, metricId, year - 1);
	const derivedPrev = derivedFor(dataset, metricId, year - 1);
	const previous: PreviousValue | null = publishedPrev
		? {
				year: year - 1,
				value: publishedPrev.value,
				decimals: publishedPrev.decimals,
				derived: false,
				sourceIds: [publishedPrev.sourceId]
			}
		: derivedPrev
			? {
					year: year - 1,
					value: derivedPrev.value,
					decimals: derivedPrev.decimals,
					derived: true,
					sourceIds: derivedPrev.sourceIds
				}
			: null;

	const series = yearlySeries(dataset, metricId, { to: year });
	const published = series.filter((p) => p.value !== null).length;

	const related = relatedIds.map((id) => {
		const figure = figureFor(dataset, id, year);
		if (!figure) throw new Error(`No published ${id} for ${year} in data/figures`);
		return { metric: metricById(dataset, id), figure };
	});

	const qualifiers = documentQualifiers(dataset, 'metric', metricId, year);
	const sourceIds = [
		...new Set([
			current.sourceId,
			...(change ? [change.figure.sourceId] : []),
			...(previous?.sourceIds ?? []),
			...related.map((r) => r.figure.sourceId),
			...qualifiers.map((q) => q.sourceId)
		])
	];
	return {
		id: metricId,
		metric,
		current,
		change,
		previous,
		trend: published >= 3 ? series : null,
		related,
		qualifiers,
		sourceIds
	};
}

/** Whether a change is an improvement, a deterioration, or neither, given the metric's direction. */
export function changeDirection(change: number, better: Metric['better']): 'better' | 'worse' | 'same' | 'neutral' {
	if (change === 0) return 'same';
	if (!better) return 'neutral';
	return change > 0 === (better === 'higher') ? 'better' : 'worse';
}
