import type { Dataset, Problem } from '../data/types';

/**
 * The problems the founding document names for a domain in a year and the work it names on them
 * (data/text/priorities.csv), in data order.
 */
export function namedText(
	dataset: Pick<Dataset, 'problems' | 'priorities'>,
	domain: Problem['domain'],
	year: number
): { problems: Problem[]; work: Problem[] } {
	return {
		problems: dataset.problems.filter((p) => p.domain === domain && p.year === year),
		work: dataset.priorities.filter((w) => w.domain === domain && w.year === year)
	};
}
