/**
 * Shared vocabulary of the standards engine.
 */

/** Edition of HJ 633 (AQI) and GB 3095 (limits) in force; see `versionFor` (STANDARDS.md §0, §7). */
export type Version = '2012' | '2026';

/** The six pollutants of HJ 633 Table 1 / Table 3 and GB 3095 Table 1. */
export type Pollutant = 'SO2' | 'NO2' | 'PM10' | 'PM2.5' | 'CO' | 'O3';

/** Averaging periods that have IAQI breakpoints (HJ 633-2012 Table 1, HJ 633-2026 Table 3). */
export type Averaging = '1h' | '8h' | '24h';

/** Canonical pollutant order (HJ 633 Table 1 order of pollutants); used wherever a list must be deterministic. */
export const POLLUTANTS: readonly Pollutant[] = ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3'];
