/**
 * GB/T 8170 rounding (round half to even) on the decimal digits of a number — STANDARDS.md §7:
 * "Use decimal-safe arithmetic: 2.15 must round to 2.2, not 2.1".
 * Pure module. Own implementation on purpose: the import relies on nothing from the standards engine
 * except its published API.
 */

/**
 * Rounds `x` to `decimals` places, half to even (GB/T 8170), on its decimal representation.
 * The number is first read at 15 significant digits, which removes binary noise from sums and
 * interpolations (0.1 + 0.2 → 0.3; 0.8500000000000001 → 0.85) and keeps every digit the data can carry
 * (inputs have ≤ 3 decimals; averages of ≤ 400 of them are ≥ 1e-6 away from a tie unless exactly on it).
 * `roundHalfEven(2.15, 1) === 2.2`, `roundHalfEven(2.25, 1) === 2.2`, `roundHalfEven(17.5, 0) === 18`.
 */
export function roundHalfEven(x: number, decimals: number): number {
	if (!Number.isFinite(x)) throw new RangeError(`cannot round ${x}`);
	if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) throw new RangeError(`bad decimals ${decimals}`);
	const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(x.toPrecision(15));
	if (!m) throw new RangeError(`cannot round ${x}`);
	const negative = m[1] === '-';
	const frac = m[3] ?? '';
	const digits = BigInt((m[2] ?? '0') + frac);
	const exponent = Number(m[4] ?? '0') - frac.length; // value = digits × 10^exponent
	const shift = exponent + decimals; // scaled = value × 10^decimals = digits × 10^shift
	let scaled: bigint;
	if (shift >= 0) {
		scaled = digits * 10n ** BigInt(shift);
	} else {
		const d = 10n ** BigInt(-shift);
		const q = digits / d;
		const r2 = (digits % d) * 2n;
		scaled = r2 > d || (r2 === d && q % 2n === 1n) ? q + 1n : q;
	}
	if (scaled === 0n) return 0;
	const s = scaled.toString().padStart(decimals + 1, '0');
	const text = decimals === 0 ? s : `${s.slice(0, s.length - decimals)}.${s.slice(s.length - decimals)}`;
	return Number((negative ? '-' : '') + text);
}

/** `roundHalfEven(x, decimals)` written with exactly `decimals` places (e.g. `0.6`, `17`, `2.61`). */
export function formatRounded(x: number, decimals: number): string {
	return roundHalfEven(x, decimals).toFixed(decimals);
}
