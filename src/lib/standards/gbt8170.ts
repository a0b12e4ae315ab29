import { divideHalfEven, fromScaled, pow10, toScaledDecimal } from './decimal';

/**
 * GB/T 8170 rounding of `value` to `decimals` places, as a scaled integer (value × 10^decimals).
 * GB/T 8170 进舍规则: round half to even, applied to the decimal digits of the value, never to its
 * binary approximation — STANDARDS.md §7 project rule: "2.15 must round to 2.2, not 2.1".
 */
export function roundHalfEvenScaled(value: number, decimals: number): bigint {
	if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`decimals must be an integer ≥ 0`);
	const { digits, scale } = toScaledDecimal(value);
	if (scale <= decimals) return digits * pow10(decimals - scale);
	return divideHalfEven(digits, pow10(scale - decimals));
}

/**
 * GB/T 8170 round half to even of `value` to `decimals` places (decimal-safe):
 * 2.15 → 2.2, 2.25 → 2.2, 35.5 → 36, 34.5 → 34, 0.05 → 0 (1 dp). STANDARDS.md §7 project rule.
 */
export function roundHalfEven(value: number, decimals: number): number {
	const r = fromScaled(roundHalfEvenScaled(value, decimals), decimals);
	return r === 0 ? 0 : r; // no −0
}
