import { breakpointsFor } from './breakpoints';
import { divideCeil, pow10 } from './decimal';
import { roundHalfEvenScaled } from './gbt8170';
import type { Averaging, Pollutant, Version } from './types';
import { POLLUTANTS } from './types';
import { assertNonNegative } from './validate';

/**
 * Decimal places a concentration is rounded to before the breakpoint lookup: CO (mg/m³) 1, the rest (µg/m³) 0.
 * HJ 633-2026 §4.2.2 (GB/T 8170); STANDARDS.md §7 project rule: the same under the 2012 edition.
 */
export function concentrationDecimals(pollutant: Pollutant): 0 | 1 {
	return pollutant === 'CO' ? 1 : 0;
}

/**
 * A concentration rounded per GB/T 8170 (half to even, decimal-safe) to the precision used for the IAQI lookup:
 * µg/m³ to integers, CO to 1 decimal. STANDARDS.md §7 project rule (both editions); HJ 633-2026 §4.2.2.
 */
export function roundConcentration(pollutant: Pollutant, concentration: number): number {
	const d = concentrationDecimals(pollutant);
	return Number(roundHalfEvenScaled(assertNonNegative(concentration, pollutant), d)) / 10 ** d;
}

/** IAQI cap above the top breakpoint: STANDARDS.md §7 project rule (a convention; neither edition defines it). */
export const IAQI_CAP = 500;

/**
 * Individual air quality index (IAQI) of one concentration (µg/m³; CO mg/m³).
 *
 * 1. Pre-rounding: GB/T 8170 half-to-even to integers (CO 1 dp) — STANDARDS.md §7 project rule, HJ 633-2026 §4.2.2.
 * 2. Interpolation: HJ 633-2012 §4.2 formula (1) / HJ 633-2026 formula (1); a value on a breakpoint gets that
 *    breakpoint's IAQI.
 * 3. Rounded up: HJ 633-2012 §6.2 "全部进位取整数" / HJ 633-2026 §4.2.6 "全部向上进位取整数". The formula is evaluated
 *    in exact rational (bigint) arithmetic, so an exact integer is never pushed up by binary noise (no epsilon).
 * 4. Above the top breakpoint → 500 (STANDARDS.md §7 project rule, a convention).
 * 5. SO2 1h > 800 and O3 8h > 800: HJ 633-2012 Table 1 notes 2/3 give no IAQI → null (the caller falls back to
 *    the SO2 24h / O3 1h value); HJ 633-2026 Table 3 notes b/c → 200 / 300.
 *
 * A concentration of 0 gives IAQI 0 under both editions: HJ 633-2026 §4.1.1 states the AQI range as 1–500 but its
 * Table 3 still starts at IAQI 0 for concentration 0, so the formula is kept as written (project decision).
 *
 * Throws RangeError for negative/NaN/non-finite input and for a pair without a table (e.g. PM2.5 8h, CO 8h,
 * O3 24h; PM10/PM2.5 1h under 2012).
 */
export function iaqi(
	pollutant: Pollutant,
	averaging: Averaging,
	concentration: number,
	version: Version
): number | null {
	if (!POLLUTANTS.includes(pollutant)) throw new RangeError(`unknown pollutant ${String(pollutant)}`);
	if (version !== '2012' && version !== '2026') throw new RangeError(`unknown version ${String(version)}`);
	const column = breakpointsFor(pollutant, averaging, version);
	if (!column) {
		throw new RangeError(`HJ 633-${version} has no IAQI table for ${pollutant} ${String(averaging)}`);
	}
	assertNonNegative(concentration, `${pollutant} ${averaging}`);
	const d = concentrationDecimals(pollutant);
	const scale = pow10(d);
	const c = roundHalfEvenScaled(concentration, d); // concentration × 10^d, exact
	const bp = column.concentrations;
	const levels = column.iaqi;
	const top = bp.length - 1;
	if (c > BigInt(bp[top]!) * scale) {
		if (pollutant === 'SO2' && averaging === '1h') return version === '2012' ? null : 200;
		if (pollutant === 'O3' && averaging === '8h') return version === '2012' ? null : 300;
		return IAQI_CAP;
	}
	let i = 0;
	while (c > BigInt(bp[i + 1]!) * scale) i++;
	if (c === BigInt(bp[i + 1]!) * scale) return levels[i + 1]!;
	const bpLo = BigInt(bp[i]!);
	const bpHi = BigInt(bp[i + 1]!);
	const iLo = BigInt(levels[i]!);
	const iHi = BigInt(levels[i + 1]!);
	// IAQI = (IAQI_Hi − IAQI_Lo)/(BP_Hi − BP_Lo) × (C − BP_Lo) + IAQI_Lo, with C = c / 10^d.
	const num = (iHi - iLo) * (c - bpLo * scale);
	const den = (bpHi - bpLo) * scale;
	return Number(iLo + divideCeil(num, den));
}
