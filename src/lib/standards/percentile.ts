import { assertNonNegative } from './validate';

/**
 * The p-th percentile (0 ≤ p ≤ 100) by the HJ 663 rank formula (STANDARDS.md §4.2, §7 project rule):
 * sort ascending X(1)…X(n); k = 1 + (n − 1)·p/100; s = ⌊k⌋; m_p = X(s) + (X(s+1) − X(s))·(k − s).
 * Identical to Hyndman–Fan type 7 (numpy 'linear'). Example: {3,4,8,2,5,4}, p90 → k = 5.5 → 6.5.
 * k is formed as (n − 1)·p/100 rather than (n − 1)·(p/100) so that integer ranks stay exact.
 * Values are concentrations, so negative/NaN/non-finite values are errors (STANDARDS.md §7); throws RangeError
 * on those, on empty input, and on p outside [0, 100]. The input array is not modified.
 */
export function percentile(values: readonly number[], p: number): number {
	if (!Array.isArray(values) || values.length === 0) throw new RangeError('percentile of an empty list');
	if (typeof p !== 'number' || Number.isNaN(p) || p < 0 || p > 100) {
		throw new RangeError(`percentile p must be in [0, 100], got ${String(p)}`);
	}
	values.forEach((v, i) => assertNonNegative(v, `values[${i}]`));
	const x = [...values].sort((a, b) => a - b);
	const n = x.length;
	const r = ((n - 1) * p) / 100; // k − 1, zero-based rank
	const s = Math.floor(r);
	const lo = x[s]!;
	if (s >= n - 1) return lo;
	const frac = r - s;
	return frac === 0 ? lo : lo + (x[s + 1]! - lo) * frac;
}
