/**
 * Whether a chart helps a reader compare a category's work figures, or numbers read better: decided by
 * rule, so that a new year's data gets the same treatment without anyone choosing.
 *
 * The rule:
 * 1. Figures are **comparable** when they are exact, have the same unit and, for counts, the same
 *    measure word as the document writes it (项 with 项, 家 with 家: the measure word is the document's
 *    own statement of what kind of thing is counted; 75台 boilers and 50个 projects are not compared).
 *    Lower bounds (逾) and approximations (约) are left out: a bar would draw them as exact.
 * 2. The category's largest comparable set (ties: the one met first in the document's order) is charted
 *    when it has at least {@link MIN_COMPARED} figures: as a **unit chart** (one mark per thing) when
 *    they are counts of at most {@link UNIT_CHART_MAX} things, where the marks can be counted;
 *    otherwise as **bars**.
 * 3. Otherwise the figures are shown as **numbers**: one or two figures, or figures of different
 *    units, read better as numbers than as a chart.
 * The figures outside the charted set are shown as numbers in every case.
 */
import type { Unit } from '../data/types';
import type { WorkFigureModel } from './figure';

export type WorkDisplay = 'number' | 'bars' | 'units';

/** The fewest comparable figures worth a chart. */
export const MIN_COMPARED = 3;
/** The largest count a unit chart draws (one mark per thing). */
export const UNIT_CHART_MAX = 100;

export interface DisplayChoice {
	display: WorkDisplay;
	/** The figures the chart compares, in the document's order (empty for `number`). */
	figures: string[];
	/** Their unit and (for counts) measure word; null for `number`. */
	unit: Unit | null;
	measure: string;
}

/** The chart (or none) for a category's figures, by the rule above. */
export function chooseDisplay(figures: readonly WorkFigureModel[]): DisplayChoice {
	const sets = new Map<string, WorkFigureModel[]>();
	for (const f of figures) {
		if (f.qualifier !== 'exact') continue;
		const key = `${f.unit}|${f.unit === 'count' ? f.measure : ''}`;
		sets.set(key, [...(sets.get(key) ?? []), f]);
	}
	let largest: WorkFigureModel[] = [];
	for (const set of sets.values()) if (set.length > largest.length) largest = set;
	if (largest.length < MIN_COMPARED) return { display: 'number', figures: [], unit: null, measure: '' };
	const first = largest[0]!;
	const countable =
		first.unit === 'count' && largest.every((f) => Number.isInteger(f.value) && f.value <= UNIT_CHART_MAX);
	return {
		display: countable ? 'units' : 'bars',
		figures: largest.map((f) => f.id),
		unit: first.unit,
		measure: first.measure
	};
}
