import type { Pollutant, Version } from './types';
import { assertIsoDate } from './version';

/** Which GB 3095 grade-II limit set: 2012, 2026 transition (2026-03-01…2030-12-31), or 2026 final (from 2031). */
export type LimitsEdition = '2012' | '2026-transition' | '2026-final';

/** Grade-II limits per pollutant: SO2/NO2/PM10/PM2.5 annual (µg/m³), CO 24h (mg/m³), O3 daily max 8h (µg/m³). */
export type Limits = Readonly<Record<Pollutant, number>>;

/** The statistic each limit in `Limits` applies to (STANDARDS.md §3), for chart labels. */
export const LIMIT_STATISTIC: Readonly<Record<Pollutant, 'annual' | '24h' | '8h'>> = {
	SO2: 'annual',
	NO2: 'annual',
	PM10: 'annual',
	'PM2.5': 'annual',
	CO: '24h',
	O3: '8h'
};

/**
 * GB 3095 grade-II limits (STANDARDS.md §3): GB 3095-2012 Table 1; GB 3095-2026 Table 1 transition limits
 * (its 4.4: 2026-03-01…2030-12-31) and final limits (from 2031-01-01). These are the S_i of the composite index.
 */
export const LIMITS: Readonly<Record<LimitsEdition, Limits>> = {
	'2012': { SO2: 60, NO2: 40, PM10: 70, 'PM2.5': 35, CO: 4, O3: 160 },
	'2026-transition': { SO2: 60, NO2: 40, PM10: 60, 'PM2.5': 30, CO: 4, O3: 160 },
	'2026-final': { SO2: 20, NO2: 30, PM10: 50, 'PM2.5': 25, CO: 4, O3: 160 }
};

/** Last day of the GB 3095-2026 transition limits (GB 3095-2026 4.4; STANDARDS.md §3). */
export const TRANSITION_UNTIL = '2030-12-31';

/**
 * The limit set for `version`: '2012' → GB 3095-2012; '2026' → transition limits up to 2030-12-31, final limits from
 * 2031-01-01 (GB 3095-2026 4.4). Without a date, '2026' gives the transition limits (project decision: the set in
 * force when the edition starts). Throws RangeError on a malformed date or unknown version.
 */
export function limitsFor(version: Version, date?: string): Limits {
	if (date !== undefined) assertIsoDate(date);
	if (version === '2012') return LIMITS['2012'];
	if (version === '2026') {
		return date !== undefined && date > TRANSITION_UNTIL ? LIMITS['2026-final'] : LIMITS['2026-transition'];
	}
	throw new RangeError(`unknown version ${String(version)}`);
}
