import type { DerivedFigure, Figure, Metric } from '../data/types';

/**
 * Derives the previous year's value of a metric from this year's value and its published change,
 * where the change's unit allows it exactly:
 *  - percentage points:     previous = value − change          (99.5 % and +10.5 pt → 89.0 %)
 *  - percent change:        previous = value ÷ (1 + change/100) (2.34 and −10.3 % → 2.61)
 *  - places gained in rank: previous = rank + places           (3rd and up 4 → 7th)
 *  - index points:          previous = value − change
 * The result is rounded to the published precision and is always labelled derived.
 * Nothing is derived across more than one year, and nothing is interpolated.
 */
export function derivePrevious(figures: Figure[], metrics: Map<string, Metric>): DerivedFigure[] {
	const byKey = new Map(figures.map((f) => [`${f.year}|${f.metric}|${f.scope}`, f]));
	const out: DerivedFigure[] = [];
	for (const change of figures) {
		const base = metrics.get(change.metric)?.changeOf;
		if (!base) continue;
		const current = byKey.get(`${change.year}|${base}|${change.scope}`);
		if (!current) continue;
		const computed = previousValue(current.value, change.value, change.unit);
		if (computed === null) continue;
		// A sum or difference is as precise as its least rounded input; a quotient keeps the value's decimals.
		const decimals =
			computed.method === 'divide_by_change_pct' ? current.decimals : Math.max(current.decimals, change.decimals);
		out.push({
			year: change.year - 1,
			metric: base,
			value: roundTo(computed.value, decimals),
			decimals,
			unit: current.unit,
			scope: change.scope,
			method: computed.method,
			from: [current.origin, change.origin],
			sourceIds: [...new Set([current.sourceId, change.sourceId])]
		});
	}
	return out.sort((a, b) => a.metric.localeCompare(b.metric) || a.year - b.year);
}

function previousValue(
	value: number,
	change: number,
	changeUnit: Figure['unit']
): { value: number; method: DerivedFigure['method'] } | null {
	switch (changeUnit) {
		case 'percentage_point':
			return { value: value - change, method: 'minus_change_pt' };
		case 'percent_change':
			return change === -100 ? null : { value: value / (1 + change / 100), method: 'divide_by_change_pct' };
		case 'places':
			return { value: value + change, method: 'add_places_gained' };
		case 'index_points':
			return { value: value - change, method: 'minus_change_abs' };
		default:
			return null;
	}
}

/**
 * Rounds half away from zero to `decimals` places. The scaled value is first cut to 15 significant
 * digits so that binary noise (89.05 × 10 = 890.4999…) does not decide the rounding.
 */
export function roundTo(value: number, decimals: number): number {
	const scale = 10 ** decimals;
	const scaled = Number((Math.abs(value) * scale).toPrecision(15));
	const rounded = (Math.sign(value) * Math.round(scaled)) / scale;
	return rounded === 0 ? 0 : rounded;
}

/**
 * Where a derived value and a published value exist for the same year, they should agree within
 * the rounding of the published figures. Returns a message for each pair that does not, so the
 * pipeline can warn (the dashboard then shows the published value).
 */
export function checkDerivedAgainstPublished(derived: DerivedFigure[], figures: Figure[]): string[] {
	const byKey = new Map(figures.map((f) => [`${f.year}|${f.metric}|${f.scope}`, f]));
	const warnings: string[] = [];
	for (const d of derived) {
		const published = byKey.get(`${d.year}|${d.metric}|${d.scope}`);
		if (!published) continue;
		const tolerance = 10 ** -published.decimals * 1.01;
		if (Math.abs(published.value - d.value) > tolerance) {
			warnings.push(
				`${d.metric} ${d.year}: published ${published.value} (${published.origin}) but derived ${d.value} from ${d.from.join(' and ')}`
			);
		}
	}
	return warnings;
}
