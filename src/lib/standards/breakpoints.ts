import type { Averaging, Pollutant, Version } from './types';

/** IAQI values of the breakpoint rows, shared by both editions (HJ 633-2012 Table 1, HJ 633-2026 Table 3). */
export const IAQI_LEVELS: readonly number[] = [0, 50, 100, 150, 200, 300, 400, 500];

/**
 * One breakpoint column: `concentrations[i]` has IAQI `IAQI_LEVELS[i]`. Columns can be shorter than
 * `IAQI_LEVELS` where the standard leaves rows empty (SO2 1h above 800, O3 8h above 800).
 * Units: µg/m³, CO mg/m³.
 */
export type BreakpointTable = Readonly<Record<Pollutant, Partial<Record<Averaging, readonly number[]>>>>;

/**
 * HJ 633-2012 Table 1 (STANDARDS.md §1.1). SO2 1h stops at 800 (note 2), O3 8h stops at 800 (note 3);
 * there is no PM 1h column. The 1h columns of SO2/NO2/CO are for real-time reports only (note 1).
 */
export const BREAKPOINTS_2012: BreakpointTable = {
	SO2: { '24h': [0, 50, 150, 475, 800, 1600, 2100, 2620], '1h': [0, 150, 500, 650, 800] },
	NO2: { '24h': [0, 40, 80, 180, 280, 565, 750, 940], '1h': [0, 100, 200, 700, 1200, 2340, 3090, 3840] },
	PM10: { '24h': [0, 50, 150, 250, 350, 420, 500, 600] },
	CO: { '24h': [0, 2, 4, 14, 24, 36, 48, 60], '1h': [0, 5, 10, 35, 60, 90, 120, 150] },
	O3: { '1h': [0, 160, 200, 300, 400, 800, 1000, 1200], '8h': [0, 100, 160, 215, 265, 800] },
	'PM2.5': { '24h': [0, 35, 75, 115, 150, 250, 350, 500] }
};

/**
 * HJ 633-2026 Table 3 (STANDARDS.md §2): Table 1 of 2012 except PM10 24h IAQI-100 at 120 and PM2.5 24h IAQI-100
 * at 60. Notes b/c (SO2 1h > 800 → 200, O3 8h > 800 → 300) are applied in `iaqi`; PM 1h values use these 24h
 * columns (§4.2.4), see `breakpointsFor`.
 */
export const BREAKPOINTS_2026: BreakpointTable = {
	...BREAKPOINTS_2012,
	PM10: { '24h': [0, 50, 120, 250, 350, 420, 500, 600] },
	'PM2.5': { '24h': [0, 35, 60, 115, 150, 250, 350, 500] }
};

/** Both editions' breakpoint tables, by version — for charts drawing category bands. */
export const BREAKPOINTS: Readonly<Record<Version, BreakpointTable>> = {
	'2012': BREAKPOINTS_2012,
	'2026': BREAKPOINTS_2026
};

/** A breakpoint column paired with its IAQI values (same length). */
export interface BreakpointColumn {
	concentrations: readonly number[];
	iaqi: readonly number[];
}

/**
 * The breakpoint column used for `pollutant` averaged over `averaging` under `version`, or undefined when the
 * edition has none (e.g. PM2.5 8h; PM 1h under 2012). Under 2026, PM10/PM2.5 '1h' return the 24h column
 * (HJ 633-2026 §4.2.4: PM 1-hour values use the daily breakpoints).
 */
export function breakpointsFor(
	pollutant: Pollutant,
	averaging: Averaging,
	version: Version
): BreakpointColumn | undefined {
	const table = BREAKPOINTS[version]?.[pollutant];
	if (!table) return undefined;
	const pm1hAs24h = version === '2026' && averaging === '1h' && (pollutant === 'PM10' || pollutant === 'PM2.5');
	const concentrations = table[pm1hAs24h ? '24h' : averaging];
	if (!concentrations) return undefined;
	return { concentrations, iaqi: IAQI_LEVELS.slice(0, concentrations.length) };
}
