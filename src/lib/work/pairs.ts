/**
 * The pairs the document makes: a work figure beside a result it gives in the same passage (data/work.csv
 * `pairs_with`): the Blue Sky rounds beside the national ranks and the NO2 problem, the sea ditches beside
 * the 412 outfalls at 100 % compliance, the 230 km² cleaning area beside the litter density. Each result
 * is the year's published city figure (or the problem), with the page it links to. Side by side, never
 * cause and effect: the captions say what the document says.
 */
import { metricById } from '../data/query';
import type { Dataset, Figure, Metric, Problem } from '../data/types';
import { metricQualifier, formatQualified } from '../text/qualified';
import { valueParts, type ValueParts, type Words, type WorkFigureModel } from './figure';
import { domainHref } from './pages';
import { documentQualifiers, type QualifierModel } from './qualifiers';
import { pairCaption } from './titles';

export type PairResult =
	| {
			kind: 'metric';
			/** The metric id (the caption's parameter). */
			id: string;
			metric: Metric;
			figure: Figure;
			/** The result's value: "第7位" / "7th", "100%", "51.06平方米/公里" / "51.06 m²/km". */
			text: Words;
			/** `text` split for a card with the number in large type. */
			parts: { zh: ValueParts; en: ValueParts };
			/** The document's own qualifiers of the result ("全省最好水平" / "best in Fujian"). */
			qualifiers: QualifierModel[];
			/** The domain page that shows the figure. */
			href: string;
	  }
	| { kind: 'problem'; id: string; problem: Problem; href: string };

export interface WorkPairModel {
	/** The work figure's id. */
	id: string;
	work: WorkFigureModel;
	results: PairResult[];
	/** Work and results in one sentence, in the document's terms. */
	caption: Words;
	/** The domain page of the results (the link "See air quality"). */
	href: string;
	sourceIds: string[];
}

/** The pairs of a year's work figures (given as models), in the document's order. */
export function workPairs(
	dataset: Pick<Dataset, 'figures' | 'metrics' | 'problems' | 'qualifiers' | 'work'>,
	figures: readonly WorkFigureModel[]
): WorkPairModel[] {
	return figures.flatMap((work) => {
		const row = dataset.work.find((w) => w.year === work.year && w.id === work.id);
		if (!row || row.pairsWith.length === 0) return [];
		const results = row.pairsWith.map((ref): PairResult => {
			if (ref.kind === 'problem') {
				const problem = dataset.problems.find((p) => p.id === ref.id && p.year === work.year);
				if (!problem) throw new Error(`Work figure ${work.id} pairs with problem ${ref.id}, not in ${work.year}`);
				return { kind: 'problem', id: ref.id, problem, href: domainHref(problem.domain) };
			}
			const figure = dataset.figures.find(
				(f) => f.year === work.year && f.metric === ref.id && f.scope === 'city' && f.sourceId === work.sourceId
			);
			if (!figure) throw new Error(`Work figure ${work.id} pairs with ${ref.id}, not published for ${work.year}`);
			const metric = metricById(dataset, ref.id);
			const qualifier = metricQualifier(ref.id);
			return {
				kind: 'metric',
				id: ref.id,
				metric,
				figure,
				text: {
					zh: formatQualified(figure.value, figure.decimals, figure.unit, 'zh', qualifier),
					en: formatQualified(figure.value, figure.decimals, figure.unit, 'en', qualifier)
				},
				parts: {
					zh: valueParts(figure.value, figure.decimals, figure.unit, 'zh', qualifier),
					en: valueParts(figure.value, figure.decimals, figure.unit, 'en', qualifier)
				},
				qualifiers: documentQualifiers(dataset, 'metric', ref.id, work.year),
				href: domainHref(metric.domain)
			};
		});
		const metricResults = results.filter((r) => r.kind === 'metric');
		const sourceIds = [
			work.sourceId,
			...results.map((r) => (r.kind === 'metric' ? r.figure.sourceId : r.problem.sourceId)),
			...metricResults.flatMap((r) => r.qualifiers.map((q) => q.sourceId))
		];
		return [
			{
				id: work.id,
				work,
				results,
				caption: pairCaption(work, metricResults),
				href: results[0]!.href,
				sourceIds: [...new Set(sourceIds)]
			}
		];
	});
}
