import { describe, expect, it } from 'vitest';
import { aggregateDay, dailyMean, o3Windows, WINDOWS_PER_DAY } from '$lib/pipeline/cnemc/daily';
import { HOURLY_POLLUTANTS } from '$lib/pipeline/cnemc/types';
import { block, hours } from './helpers';

const PM25 = HOURLY_POLLUTANTS.indexOf('PM2.5');
/** O3 present at labels 0…k (k+1 hours) and missing after. */
const o3Through = (k: number, v = 100) => Array.from({ length: 24 }, (_, h) => (h <= k ? v : null));

describe('24-h mean: ≥ 20 valid hourly values (STANDARDS.md §8)', () => {
	it.each([
		[19, null],
		[20, 30],
		[24, 30]
	])('%i valid hours → %s', (n, want) => {
		const r = dailyMean(block({ 'PM2.5': hours(n, 30) }), PM25);
		expect(r).toEqual({ mean: want, hours: n });
		const d = aggregateDay('2022-06-01', block({ 'PM2.5': hours(n, 30) }));
		expect(d.means['PM2.5']).toBe(want);
		expect(d.hours['PM2.5']).toBe(n);
	});
	it('missing hours anywhere in the day count the same (not only at the end)', () => {
		const v = Array.from({ length: 24 }, (_, h) => (h % 6 === 0 ? null : 10)); // 4 missing
		expect(dailyMean(block({ SO2: v }), 0)).toEqual({ mean: 10, hours: 20 });
	});
	it('daily values are rounded per GB/T 8170 on decimal digits: CO 0.65 → 0.6, 0.75 → 0.8; µg/m³ 17.5 → 18', () => {
		const co = (a: number, b: number) => Array.from({ length: 24 }, (_, h) => (h < 12 ? a : b));
		expect(aggregateDay('2022-06-01', block({ CO: co(0.6, 0.7) })).means.CO).toBe(0.6);
		expect(aggregateDay('2022-06-01', block({ CO: co(0.7, 0.8) })).means.CO).toBe(0.8);
		expect(aggregateDay('2022-06-01', block({ NO2: co(17, 18) })).means.NO2).toBe(18);
		expect(aggregateDay('2022-06-01', block({ NO2: co(16, 17) })).means.NO2).toBe(16);
	});
});

describe('O3 8-h moving means: ≥ 6 valid hours per window; 17 in-day windows (labels e−7…e, e = 7…23)', () => {
	it('has 17 windows', () => expect(WINDOWS_PER_DAY).toBe(17));
	it.each([
		[5, null],
		[6, 100]
	])('first window (labels 0–7) with %i valid hours → %s', (n, want) => {
		const w = o3Windows(block({ O3: hours(n, 100) }));
		expect(w).toHaveLength(17);
		expect(w[0]).toBe(want);
	});
	it('a window averages only its valid hours', () => {
		const v = [10, 20, 30, 40, 50, 60, null, null, ...Array<null>(16).fill(null)];
		expect(o3Windows(block({ O3: v }))[0]).toBe(35);
	});
	it('windows stay inside the day: the last covers labels 16–23, the first labels 0–7', () => {
		const late = Array.from({ length: 24 }, (_, h) => (h >= 16 ? 200 : 0));
		const w = o3Windows(block({ O3: late }));
		expect(w[16]).toBe(200);
		expect(w[15]).toBe(175);
		const early = Array.from({ length: 24 }, (_, h) => (h <= 7 ? 200 : 0));
		expect(o3Windows(block({ O3: early }))[0]).toBe(200);
	});
});

describe('O3 daily max 8-h: ≥ 14 valid windows (STANDARDS.md §8)', () => {
	// O3 at labels 0…k: windows ending at 7 … k+2 have ≥ 6 hours → k − 4 valid windows.
	it.each([
		[17, 13, null],
		[18, 14, 100]
	])('O3 through label %i → %i valid windows → max %s', (k, windows, want) => {
		const d = aggregateDay('2022-06-01', block({ O3: o3Through(k) }));
		expect(d.o3Windows).toBe(windows);
		expect(d.o3Max8h).toBe(want);
	});
	it('the max is taken over the windows and rounded to an integer', () => {
		const v = Array.from({ length: 24 }, (_, h) => (h === 23 ? 101 : 100)); // last window 100.125
		expect(aggregateDay('2022-06-01', block({ O3: v })).o3Max8h).toBe(100);
	});
});

describe('O3 daily max 1-h (project rule: ≥ 20 valid hours)', () => {
	it.each([
		[19, null],
		[20, 100]
	])('%i hours → %s', (n, want) => {
		expect(aggregateDay('2022-06-01', block({ O3: hours(n, 100) })).o3Max1h).toBe(want);
	});
});

describe('daily AQI via the standards engine, edition from the date', () => {
	const all = block({
		SO2: hours(24, 5),
		NO2: hours(24, 10),
		PM10: hours(24, 20),
		'PM2.5': hours(24, 80),
		CO: hours(24, 0.5),
		O3: hours(24, 50)
	});
	it('HJ 633-2012 before 2026-03-01: PM2.5 80 → IAQI 107, level 3', () => {
		const d = aggregateDay('2026-02-28', all);
		expect(d).toMatchObject({ aqi: 107, level: 3, primary: ['PM2.5'], edition: '2012' });
	});
	it('HJ 633-2026 from 2026-03-01: PM2.5 80 → IAQI 119', () => {
		const d = aggregateDay('2026-03-01', all);
		expect(d).toMatchObject({ aqi: 119, level: 3, primary: ['PM2.5'], edition: '2026' });
	});
	it('a day without valid values has no AQI', () => {
		const d = aggregateDay('2022-06-01', block({ 'PM2.5': hours(10, 30) }));
		expect(d).toMatchObject({ aqi: null, level: null, primary: [] });
	});
});
