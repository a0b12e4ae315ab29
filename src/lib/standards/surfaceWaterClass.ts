import { assertNonNegative } from './validate';

/** GB 3838-2002 Table 1 indicators (mg/L; pH unitless; fecal coliform per litre). */
export type WaterIndicator =
	| 'pH'
	| 'DO'
	| 'CODMn'
	| 'COD'
	| 'BOD5'
	| 'NH3N'
	| 'TP'
	| 'TN'
	| 'Cu'
	| 'Zn'
	| 'fluoride'
	| 'Se'
	| 'As'
	| 'Hg'
	| 'Cd'
	| 'Cr6'
	| 'Pb'
	| 'cyanide'
	| 'phenol'
	| 'petroleum'
	| 'LAS'
	| 'sulfide'
	| 'fecalColiform';

/** GB 3838-2002 water quality class; 劣V = worse than class V. */
export type WaterClass = 'I' | 'II' | 'III' | 'IV' | 'V' | '劣V';

/** Water body: river section, or lake/reservoir (湖、库). */
export type WaterBody = 'river' | 'lake';

/** Classes from best to worst; index = rank. */
export const WATER_CLASSES: readonly WaterClass[] = ['I', 'II', 'III', 'IV', 'V', '劣V'];

/**
 * GB 3838-2002 Table 1 upper limits (≤, mg/L) for classes I–V (STANDARDS.md §5), in Table 1 order.
 * TP has a river column and a lake/reservoir column. pH (6–9 range) and DO (≥) are handled separately.
 */
export const SURFACE_WATER_LIMITS: Readonly<
	Record<Exclude<WaterIndicator, 'pH' | 'DO' | 'TP'>, readonly number[]> & {
		TP: Readonly<Record<WaterBody, readonly number[]>>;
	}
> = {
	CODMn: [2, 4, 6, 10, 15],
	COD: [15, 15, 20, 30, 40],
	BOD5: [3, 3, 4, 6, 10],
	NH3N: [0.15, 0.5, 1.0, 1.5, 2.0],
	TP: { river: [0.02, 0.1, 0.2, 0.3, 0.4], lake: [0.01, 0.025, 0.05, 0.1, 0.2] },
	TN: [0.2, 0.5, 1.0, 1.5, 2.0],
	Cu: [0.01, 1.0, 1.0, 1.0, 1.0],
	Zn: [0.05, 1.0, 1.0, 2.0, 2.0],
	fluoride: [1.0, 1.0, 1.0, 1.5, 1.5],
	Se: [0.01, 0.01, 0.01, 0.02, 0.02],
	As: [0.05, 0.05, 0.05, 0.1, 0.1],
	Hg: [0.00005, 0.00005, 0.0001, 0.001, 0.001],
	Cd: [0.001, 0.005, 0.005, 0.005, 0.01],
	Cr6: [0.01, 0.05, 0.05, 0.05, 0.1],
	Pb: [0.01, 0.01, 0.05, 0.05, 0.1],
	cyanide: [0.005, 0.05, 0.2, 0.2, 0.2],
	phenol: [0.002, 0.002, 0.005, 0.01, 0.1],
	petroleum: [0.05, 0.05, 0.05, 0.5, 1.0],
	LAS: [0.2, 0.2, 0.2, 0.3, 0.3],
	sulfide: [0.05, 0.1, 0.2, 0.5, 1.0],
	fecalColiform: [200, 2000, 10000, 20000, 40000]
};

/**
 * GB 3838-2002 Table 1 DO lower limits (≥, mg/L) for classes I–V. Class I reads "饱和率90% (或7.5)"; the project uses
 * 7.5 mg/L (saturation needs water temperature and salinity, which the data do not carry) — project decision.
 */
export const SURFACE_WATER_DO: readonly number[] = [7.5, 6, 5, 3, 2];

/** GB 3838-2002 Table 1 pH range, the same for classes I–V. */
export const SURFACE_WATER_PH: readonly [number, number] = [6, 9];

/** Indicator order of GB 3838-2002 Table 1; `limiting` lists follow it. */
export const WATER_INDICATORS: readonly WaterIndicator[] = [
	'pH',
	'DO',
	'CODMn',
	'COD',
	'BOD5',
	'NH3N',
	'TP',
	'TN',
	'Cu',
	'Zn',
	'fluoride',
	'Se',
	'As',
	'Hg',
	'Cd',
	'Cr6',
	'Pb',
	'cyanide',
	'phenol',
	'petroleum',
	'LAS',
	'sulfide',
	'fecalColiform'
];

/** Index of the first class whose ≤ limit the value meets (ties → the better class), else 5 (劣V). */
function classAtMost(value: number, limits: readonly number[]): number {
	const i = limits.findIndex((limit) => value <= limit);
	return i === -1 ? 5 : i;
}

/**
 * Class of one indicator value under GB 3838-2002 Table 1 (STANDARDS.md §5, §7 project rules): limits inclusive
 * (≤; DO ≥); equal limits in adjacent classes → the better class (COD 15 → I); worse than V → 劣V; pH outside 6–9
 * → 劣V, inside → I (all classes share the range); TP uses the lake/reservoir column for 'lake'.
 * Every indicator, TN and fecal coliform included, gets a class here — for per-indicator reporting.
 * Throws RangeError on an unknown indicator or body, or a negative/NaN/non-finite value.
 */
export function surfaceWaterIndicatorClass(indicator: WaterIndicator, value: number, body: WaterBody): WaterClass {
	if (body !== 'river' && body !== 'lake') throw new RangeError(`unknown water body ${String(body)}`);
	if (!WATER_INDICATORS.includes(indicator))
		throw new RangeError(`unknown surface-water indicator ${String(indicator)}`);
	assertNonNegative(value, indicator);
	let rank: number;
	if (indicator === 'pH') rank = value >= SURFACE_WATER_PH[0] && value <= SURFACE_WATER_PH[1] ? 0 : 5;
	else if (indicator === 'DO') {
		const i = SURFACE_WATER_DO.findIndex((limit) => value >= limit);
		rank = i === -1 ? 5 : i;
	} else if (indicator === 'TP') rank = classAtMost(value, SURFACE_WATER_LIMITS.TP[body]);
	else rank = classAtMost(value, SURFACE_WATER_LIMITS[indicator]);
	return WATER_CLASSES[rank]!;
}

/**
 * Whether an indicator sets the section class. STANDARDS.md §7 project rule: TN and fecal coliform are reported but do
 * not set a river section's class; §5: TN is a lake/reservoir row, so for 'lake' it does; fecal coliform never does
 * (环办〔2011〕22号 as cited in §5).
 */
export function setsSurfaceWaterClass(indicator: WaterIndicator, body: WaterBody): boolean {
	if (indicator === 'fecalColiform') return false;
	if (indicator === 'TN') return body === 'lake';
	return true;
}

/** Result of `surfaceWaterClass`. */
export interface SurfaceWaterResult {
	class: WaterClass;
	limiting: WaterIndicator[];
	excellent: boolean;
}

/**
 * Class of a river section or lake/reservoir point by GB 3838-2002 single-factor assessment (§5.1 单因子评价; STANDARDS.md
 * §5, §7): the worst class among the indicators that set the class (see `setsSurfaceWaterClass`).
 * `limiting` = every class-setting indicator at that worst class, in Table 1 order; when the class is I, nothing limits
 * it and `limiting` is [] (project decision). `excellent` (优良) = class I–III.
 * Missing (undefined) indicators are skipped. Throws RangeError on an unknown key or body, a negative/NaN value, or when
 * no class-setting indicator is present (e.g. {} or a river with only TN).
 */
export function surfaceWaterClass(
	values: Partial<Record<WaterIndicator, number>>,
	body: WaterBody
): SurfaceWaterResult {
	let worst = -1;
	let limiting: WaterIndicator[] = [];
	for (const [key, value] of Object.entries(values) as [WaterIndicator, number | undefined][]) {
		if (value == null) continue;
		const rank = WATER_CLASSES.indexOf(surfaceWaterIndicatorClass(key, value, body));
		if (!setsSurfaceWaterClass(key, body)) continue;
		if (rank > worst) [worst, limiting] = [rank, [key]];
		else if (rank === worst) limiting.push(key);
	}
	if (worst === -1) throw new RangeError('no indicator that sets a GB 3838-2002 class was given');
	limiting.sort((a, b) => WATER_INDICATORS.indexOf(a) - WATER_INDICATORS.indexOf(b));
	return { class: WATER_CLASSES[worst]!, limiting: worst === 0 ? [] : limiting, excellent: worst <= 2 };
}
