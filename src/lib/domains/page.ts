import type { Dataset, Problem, WorkItem } from '../data/types';

/** The problems and work items the founding document names for a domain in a year, in data order. */
export function namedText(
	dataset: Pick<Dataset, 'problems' | 'workItems'>,
	domain: Problem['domain'],
	year: number
): { problems: Problem[]; work: WorkItem[] } {
	return {
		problems: dataset.problems.filter((p) => p.domain === domain && p.year === year),
		work: dataset.workItems.filter((w) => w.domain === domain && w.year === year)
	};
}
