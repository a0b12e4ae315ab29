/**
 * Exact decimal view of a JavaScript number, so that rounding works on the digits people wrote
 * (2.15, not the binary 2.149999…). Basis of the decimal-safe rounding required by STANDARDS.md §7.
 */

/** A decimal `digits × 10^(−scale)`, exactly; `scale` ≥ 0. */
export interface ScaledDecimal {
	digits: bigint;
	scale: number;
}

/**
 * The shortest decimal that round-trips to `value` (ECMAScript Number::toString), as an exact scaled integer.
 * Every finite number is accepted, sign included; throws RangeError on NaN/±Infinity.
 */
export function toScaledDecimal(value: number): ScaledDecimal {
	if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${String(value)}`);
	const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
	if (!m) throw new RangeError(`cannot read ${String(value)} as a decimal`);
	const frac = m[3] ?? '';
	let digits = BigInt((m[2] ?? '0') + frac);
	let scale = frac.length - Number(m[4] ?? 0);
	if (scale < 0) {
		digits *= 10n ** BigInt(-scale);
		scale = 0;
	}
	return { digits: m[1] === '-' ? -digits : digits, scale };
}

/** `10^n` as a bigint (n ≥ 0). */
export function pow10(n: number): bigint {
	return 10n ** BigInt(n);
}

/** The number nearest to the exact decimal `digits × 10^(−scale)`. */
export function fromScaled(digits: bigint, scale: number): number {
	return Number(`${digits}e-${scale}`);
}

/**
 * `n / d` rounded to an integer, half to even (GB/T 8170 进舍规则, STANDARDS.md §7); exact, d > 0.
 */
export function divideHalfEven(n: bigint, d: bigint): bigint {
	if (d <= 0n) throw new RangeError('divisor must be positive');
	const neg = n < 0n;
	const a = neg ? -n : n;
	let q = a / d;
	const twice = 2n * (a - q * d);
	if (twice > d || (twice === d && q % 2n === 1n)) q += 1n;
	return neg ? -q : q;
}

/** `⌈n / d⌉` exactly, d > 0. */
export function divideCeil(n: bigint, d: bigint): bigint {
	if (d <= 0n) throw new RangeError('divisor must be positive');
	const q = n / d; // truncates toward zero
	return n > q * d ? q + 1n : q;
}
