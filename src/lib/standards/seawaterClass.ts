import { assertNonNegative } from './validate';

/** GB 3097-1997 Table 1 indicators (mg/L; pH unitless). DIN = nitrate-N + nitrite-N + ammonia-N (Appendix A). */
export type SeaIndicator =
	| 'pH'
	| 'DO'
	| 'COD'
	| 'BOD5'
	| 'DIN'
	| 'nonionicNH3'
	| 'PO4'
	| 'Hg'
	| 'Cd'
	| 'Pb'
	| 'Cr6'
	| 'Cr'
	| 'As'
	| 'Cu'
	| 'Zn'
	| 'Se'
	| 'Ni'
	| 'cyanide'
	| 'sulfide'
	| 'phenol'
	| 'petroleum'
	| 'LAS';

/** GB 3097-1997 seawater class; 劣四类 = worse than class 4. */
export type SeaClass = '1' | '2' | '3' | '4' | '劣四类';

/** Classes from best to worst; index = rank. */
export const SEA_CLASSES: readonly SeaClass[] = ['1', '2', '3', '4', '劣四类'];

/** GB 3097-1997 Table 1 upper limits (≤, mg/L) for classes 1–4 (STANDARDS.md §6). pH and DO are handled separately. */
export const SEAWATER_LIMITS: Readonly<Record<Exclude<SeaIndicator, 'pH' | 'DO'>, readonly number[]>> = {
	COD: [2, 3, 4, 5],
	BOD5: [1, 3, 4, 5],
	DIN: [0.2, 0.3, 0.4, 0.5],
	nonionicNH3: [0.02, 0.02, 0.02, 0.02],
	PO4: [0.015, 0.03, 0.03, 0.045],
	Hg: [0.00005, 0.0002, 0.0002, 0.0005],
	Cd: [0.001, 0.005, 0.01, 0.01],
	Pb: [0.001, 0.005, 0.01, 0.05],
	Cr6: [0.005, 0.01, 0.02, 0.05],
	Cr: [0.05, 0.1, 0.2, 0.5],
	As: [0.02, 0.03, 0.05, 0.05],
	Cu: [0.005, 0.01, 0.05, 0.05],
	Zn: [0.02, 0.05, 0.1, 0.5],
	Se: [0.01, 0.02, 0.02, 0.05],
	Ni: [0.005, 0.01, 0.02, 0.05],
	cyanide: [0.005, 0.005, 0.1, 0.2],
	sulfide: [0.02, 0.05, 0.1, 0.25],
	phenol: [0.005, 0.005, 0.01, 0.05],
	petroleum: [0.05, 0.05, 0.3, 0.5],
	LAS: [0.03, 0.1, 0.1, 0.1]
};

/** GB 3097-1997 Table 1 DO limits for classes 1–4: strictly greater than (>), mg/L. */
export const SEAWATER_DO: readonly number[] = [6, 5, 4, 3];

/**
 * GB 3097-1997 Table 1 pH ranges (inclusive): classes 1–2 7.8–8.5, classes 3–4 6.8–8.8. The "and within the normal
 * range ±0.2 / ±0.5" clause is ignored (no normal range is known per site) — project decision.
 */
export const SEAWATER_PH: readonly (readonly [number, number])[] = [
	[7.8, 8.5],
	[7.8, 8.5],
	[6.8, 8.8],
	[6.8, 8.8]
];

/** Indicator order of GB 3097-1997 Table 1; `limiting` lists follow it. */
export const SEA_INDICATORS: readonly SeaIndicator[] = [
	'pH',
	'DO',
	'COD',
	'BOD5',
	'DIN',
	'nonionicNH3',
	'PO4',
	'Hg',
	'Cd',
	'Pb',
	'Cr6',
	'Cr',
	'As',
	'Cu',
	'Zn',
	'Se',
	'Ni',
	'cyanide',
	'sulfide',
	'phenol',
	'petroleum',
	'LAS'
];

/**
 * Class of one indicator value under GB 3097-1997 Table 1 (STANDARDS.md §6, §7 project rules): limits inclusive (≤)
 * except DO, which is strict (>); equal limits in adjacent classes → the better class; worse than class 4 → 劣四类.
 * Throws RangeError on an unknown indicator or a negative/NaN/non-finite value.
 */
export function seawaterIndicatorClass(indicator: SeaIndicator, value: number): SeaClass {
	if (!SEA_INDICATORS.includes(indicator)) throw new RangeError(`unknown seawater indicator ${String(indicator)}`);
	assertNonNegative(value, indicator);
	let rank: number;
	if (indicator === 'pH') rank = SEAWATER_PH.findIndex(([lo, hi]) => value >= lo && value <= hi);
	else if (indicator === 'DO') rank = SEAWATER_DO.findIndex((limit) => value > limit);
	else rank = SEAWATER_LIMITS[indicator].findIndex((limit) => value <= limit);
	return SEA_CLASSES[rank === -1 ? 4 : rank]!;
}

/** Result of `seawaterClass`. */
export interface SeawaterResult {
	class: SeaClass;
	limiting: SeaIndicator[];
	excellent: boolean;
}

/**
 * Class of a seawater point: the worst indicator class (bulletin practice, STANDARDS.md §6, §7 project rule).
 * `limiting` = every indicator at that worst class, in Table 1 order; [] when the class is 1 (project decision).
 * `excellent` (优良) = classes 1–2. Missing (undefined) indicators are skipped.
 * Throws RangeError on empty input, an unknown key, or a negative/NaN/non-finite value.
 */
export function seawaterClass(values: Partial<Record<SeaIndicator, number>>): SeawaterResult {
	let worst = -1;
	let limiting: SeaIndicator[] = [];
	for (const [key, value] of Object.entries(values) as [SeaIndicator, number | undefined][]) {
		if (value == null) continue;
		const rank = SEA_CLASSES.indexOf(seawaterIndicatorClass(key, value));
		if (rank > worst) [worst, limiting] = [rank, [key]];
		else if (rank === worst) limiting.push(key);
	}
	if (worst === -1) throw new RangeError('no seawater indicator was given');
	limiting.sort((a, b) => SEA_INDICATORS.indexOf(a) - SEA_INDICATORS.indexOf(b));
	return { class: SEA_CLASSES[worst]!, limiting: worst === 0 ? [] : limiting, excellent: worst <= 1 };
}
