/**
 * Suspect hourly values: flagged, left out of every statistic, counted on their day and listed with
 * their file and line (air-hourly-suspect.csv, air-provenance.md) — never silently dropped, never
 * silently kept. Pure module. Two rules (project rules; reasons in docs/data-checks.md):
 *
 * 1. Ceiling: a value above the pollutant's plausibility ceiling (`CEILINGS`, twice the end of the AQI
 *    scale of HJ 633-2012 Table 1: SO2 5240, NO2 7680, PM10 1200, PM2.5 1000 µg/m³, CO 300 mg/m³,
 *    O3 2400 µg/m³). An hourly PM10 of 99,999 is a typo or a fill value, not air.
 * 2. Spike: a value more than {@link SPIKE_FACTOR} times the larger of its two neighbouring hours AND
 *    more than {@link spikeMargin} above it, where both neighbours are valid values. A one-hour jump
 *    that large and gone the next hour is a transmission or typing error far more often than air. The
 *    margin is the concentration at IAQI 100 (the top of the "good" band) for that pollutant, 1-hour
 *    column for SO2, NO2, CO and O3, 24-hour column for PM (HJ 633-2026 §4.2.4 reads PM hours on the
 *    24-hour breakpoints): SO2 500, NO2 200, PM10 150, PM2.5 75 µg/m³, CO 10 mg/m³, O3 200 µg/m³, so
 *    that ordinary low-level noise (3 → 25 µg/m³ SO2) is never flagged.
 * Neighbours are the hours before and after in time, across midnight when the adjacent day is in the
 * same import; a value without two valid neighbours is judged by the ceiling only.
 */
import { BREAKPOINTS_2012 } from '../../standards/breakpoints';
import { CEILINGS } from '../../data/schema/ranges';
import { HOURLY_POLLUTANTS, HOURS, slot, type HourlyPollutant } from './types';

/** How many times the larger neighbour a spike must exceed. */
export const SPIKE_FACTOR = 4;

/** The concentration at IAQI 100 the spike must also exceed its larger neighbour by (see module doc). */
export function spikeMargin(p: HourlyPollutant): number {
	const columns = BREAKPOINTS_2012[p];
	const column = columns['1h'] ?? columns['24h'];
	return column![2]!;
}

/** One flagged hourly value. */
export interface Flag {
	date: string;
	hour: number;
	pollutant: HourlyPollutant;
	value: number;
	rule: 'ceiling' | 'spike';
	/** The ceiling exceeded, or the larger neighbour. */
	reference: number;
}

/** The ISO date after `date`. */
function nextDate(date: string): string {
	const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + 86_400_000;
	return new Date(t).toISOString().slice(0, 10);
}

/**
 * Flags the suspect hourly values of one series (the city or a station): `days` are its day blocks in
 * date order. Returns the flags; the caller removes the flagged values (sets them NaN) before any
 * statistic. Rules are applied to the values as read, all at once (a flag never changes another's).
 */
export function flagSuspectHours(days: readonly { date: string; block: Float64Array }[]): Flag[] {
	const flags: Flag[] = [];
	HOURLY_POLLUTANTS.forEach((pollutant, p) => {
		// One hourly series across consecutive days; a missing day breaks it (NaN hours).
		const series: { date: string; hour: number; value: number }[] = [];
		days.forEach((day, i) => {
			if (i > 0 && nextDate(days[i - 1]!.date) !== day.date)
				for (let h = 0; h < HOURS; h++) series.push({ date: '', hour: h, value: NaN });
			for (let h = 0; h < HOURS; h++) series.push({ date: day.date, hour: h, value: day.block[slot(p, h)]! });
		});
		const ceiling = CEILINGS[pollutant];
		const margin = spikeMargin(pollutant);
		const usable = (v: number | undefined) => v !== undefined && !Number.isNaN(v) && v <= ceiling;
		series.forEach(({ date, hour, value }, i) => {
			if (Number.isNaN(value)) return;
			if (value > ceiling) {
				flags.push({ date, hour, pollutant, value, rule: 'ceiling', reference: ceiling });
				return;
			}
			const before = series[i - 1]?.value;
			const after = series[i + 1]?.value;
			if (!usable(before) || !usable(after)) return;
			const reference = Math.max(before!, after!);
			if (value > SPIKE_FACTOR * reference && value - reference > margin)
				flags.push({ date, hour, pollutant, value, rule: 'spike', reference });
		});
	});
	const order = (f: Flag) => HOURLY_POLLUTANTS.indexOf(f.pollutant);
	return flags.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.hour - b.hour || order(a) - order(b)));
}

/** Removes flagged values from their day blocks (NaN: a missing hour), so no statistic uses them. */
export function removeFlagged(days: readonly { date: string; block: Float64Array }[], flags: readonly Flag[]): void {
	const byDate = new Map(days.map((d) => [d.date, d.block]));
	for (const f of flags) byDate.get(f.date)![slot(HOURLY_POLLUTANTS.indexOf(f.pollutant), f.hour)] = NaN;
}
