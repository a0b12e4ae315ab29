import { divideHalfEven, fromScaled, pow10, toScaledDecimal } from './decimal';
import type { LimitsEdition } from './limits';
import { LIMITS } from './limits';
import type { Pollutant } from './types';
import { POLLUTANTS } from './types';
import { assertNonNegative } from './validate';

/**
 * Inputs of the composite index: period means of SO2, NO2, PM10, PM2.5 (µg/m³), CO 95th percentile of daily means
 * (mg/m³) and O3 90th percentile of daily max 8h means (µg/m³) — STANDARDS.md §4.1.
 */
export type CompositeInputs = Readonly<Record<Pollutant, number>>;

/**
 * City ambient air quality composite index (环境空气质量综合指数), STANDARDS.md §4.1: I_sum = Σ C_i / S_i over the six
 * pollutants, S_i = GB 3095 grade-II limits (annual SO2/NO2/PM10/PM2.5, CO 24h, O3 8h; default GB 3095-2012).
 *
 * Rounding (STANDARDS.md §4.3, §7 project rule): the sum is taken at full precision — exact rational arithmetic on the
 * decimal digits of each C_i — and rounded once to 2 decimals, half to even (GB/T 8170). C_i are used as given
 * (not pre-rounded): STANDARDS.md §4.4 finds no primary text, and the 大英县 case K10 (3.93) only matches unrounded inputs.
 *
 * `edition` picks another limit set (GB 3095-2026 transition/final). The HJ 663-2026 weights (PM2.5×3, NO2×2, O3×2)
 * are NOT implemented: unverified, primary text unavailable (STANDARDS.md §4.5).
 * Throws RangeError on a missing, negative, NaN or non-finite C_i.
 */
export function compositeIndex(c: CompositeInputs, edition: LimitsEdition = '2012'): number {
	const limits = LIMITS[edition];
	if (!limits) throw new RangeError(`unknown limits edition ${String(edition)}`);
	const terms = POLLUTANTS.map((p) => {
		const { digits, scale } = toScaledDecimal(assertNonNegative(c[p], `composite index ${p}`));
		return { n: digits, d: BigInt(limits[p]) * pow10(scale) };
	});
	// Σ n_i/d_i = N/D with D = Π d_i (exact; the values are small, so no reduction is needed).
	const D = terms.reduce((acc, t) => acc * t.d, 1n);
	const N = terms.reduce((acc, t) => acc + t.n * (D / t.d), 0n);
	const r = fromScaled(divideHalfEven(N * 100n, D), 2);
	return r === 0 ? 0 : r;
}
