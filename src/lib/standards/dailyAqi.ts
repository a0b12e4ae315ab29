import { iaqi } from './aqi';
import type { Pollutant, Version } from './types';
import { POLLUTANTS } from './types';
import { assertNonNegative } from './validate';

/** Daily indicators: 24h means, O3 daily max 1h (`O3_1h`) and O3 daily max 8h moving mean (`O3_8h`). */
export type DailyIndicator = 'SO2' | 'NO2' | 'PM10' | 'PM2.5' | 'CO' | 'O3_1h' | 'O3_8h';

/** Result of `dailyAqi`: AQI (null = NA), primary pollutant(s), and each indicator's IAQI. */
export interface DailyAqi {
	aqi: number | null;
	primary: Pollutant[];
	iaqi: Partial<Record<string, number>>;
}

/**
 * Which daily indicators each edition uses, and with which breakpoint column.
 * HJ 633-2012 §5.1.2: 7 indicators incl. O3 daily max 1h; HJ 633-2026 §4.2.2: 6 (no O3 1h).
 */
const INDICATORS: Readonly<Record<Version, readonly [DailyIndicator, Pollutant, '1h' | '8h' | '24h'][]>> = {
	'2012': [
		['SO2', 'SO2', '24h'],
		['NO2', 'NO2', '24h'],
		['PM10', 'PM10', '24h'],
		['PM2.5', 'PM2.5', '24h'],
		['CO', 'CO', '24h'],
		['O3_1h', 'O3', '1h'],
		['O3_8h', 'O3', '8h']
	],
	'2026': [
		['SO2', 'SO2', '24h'],
		['NO2', 'NO2', '24h'],
		['PM10', 'PM10', '24h'],
		['PM2.5', 'PM2.5', '24h'],
		['CO', 'CO', '24h'],
		['O3_8h', 'O3', '8h']
	]
};

/**
 * Daily AQI of one station or city.
 *
 * - Indicators: HJ 633-2012 §5.1.2 (7, O3_1h on the O3 1h column, O3_8h on the 8h column, 24h columns for the rest);
 *   HJ 633-2026 §4.2.2 (6; `O3_1h` is ignored and not reported).
 * - AQI = max IAQI (HJ 633-2012 §4.4.1 formula (2)).
 * - 2012 special case (Table 1 note 3): O3_8h > 800 → the O3_8h entry takes the IAQI of the O3 1h value; if O3_1h is
 *   missing too, the O3_8h IAQI is missing (project decision: the standard gives no other source).
 * - Primary pollutant(s) only when AQI > 50, all tied maxima (HJ 633-2012 §3.3/§4.4.2, HJ 633-2026 §4.3.1);
 *   O3_1h and O3_8h both count as 'O3', listed once; listed in HJ 633 Table 1 order (SO2, NO2, PM10, PM2.5, CO, O3).
 * - Missing values, 2026: AQI only when the available IAQIs already exceed 100, else null (NA) with the IAQIs
 *   still returned — HJ 633-2026 §5.3.1, STANDARDS.md §7 project rule.
 * - Missing values, 2012 (standard silent; project decision): AQI = max of the IAQIs present if at least one value is
 *   present, else null.
 *
 * Throws RangeError on negative/NaN/non-finite values (via `iaqi`).
 */
export function dailyAqi(values: Partial<Record<DailyIndicator, number>>, version: Version): DailyAqi {
	const indicators = INDICATORS[version];
	if (!indicators) throw new RangeError(`unknown version ${String(version)}`);
	// An ignored O3_1h (2026) is still checked: bad input is an error everywhere (STANDARDS.md §7).
	if (values.O3_1h != null) assertNonNegative(values.O3_1h, 'O3_1h');
	const sub: Partial<Record<string, number>> = {};
	const byPollutant = new Map<Pollutant, number>();
	let missing = false;
	for (const [key, pollutant, averaging] of indicators) {
		const c = values[key];
		if (c == null) {
			missing = true;
			continue;
		}
		let value = iaqi(pollutant, averaging, c, version);
		if (value === null && key === 'O3_8h') {
			const o3h = values.O3_1h;
			value = o3h == null ? null : iaqi('O3', '1h', o3h, version);
		}
		if (value === null) {
			missing = true;
			continue;
		}
		sub[key] = value;
		byPollutant.set(pollutant, Math.max(value, byPollutant.get(pollutant) ?? -Infinity));
	}
	const max = byPollutant.size ? Math.max(...byPollutant.values()) : null;
	const aqi = max === null || (version === '2026' && missing && max <= 100) ? null : max;
	const primary = aqi !== null && aqi > 50 ? POLLUTANTS.filter((p) => byPollutant.get(p) === aqi) : [];
	return { aqi, primary, iaqi: sub };
}
