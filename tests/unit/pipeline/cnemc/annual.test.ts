import { describe, expect, it } from 'vitest';
import { annualStatistics, seriesValidity } from '$lib/pipeline/cnemc/annual';
import type { AnnualInput } from '$lib/pipeline/cnemc/annual';
import { compositeIndex } from '$lib/standards';

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const iso = (m: number, d: number) => `2022-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** `perMonth[i]` dates in month i+1 (from the 1st). */
function dates(perMonth: number[]): string[] {
	return perMonth.flatMap((n, i) => Array.from({ length: n }, (_, d) => iso(i + 1, d + 1)));
}
/** Monthly minimums (27; February 25) = 322 days, plus `extra` days spread from January on. */
function minimumPlus(extra: number): number[] {
	const m: number[] = MONTH_DAYS.map((_, i) => (i === 1 ? 25 : 27));
	for (let i = 0; extra > 0; i = (i + 1) % 12) {
		if ((m[i] as number) < (MONTH_DAYS[i] as number)) {
			m[i] = (m[i] as number) + 1;
			extra--;
		}
	}
	return m;
}

function day(
	date: string,
	v: Partial<{ SO2: number; NO2: number; PM10: number; PM25: number; CO: number; O3: number }>
): AnnualInput {
	return {
		date,
		values: {
			SO2: v.SO2 ?? null,
			NO2: v.NO2 ?? null,
			PM10: v.PM10 ?? null,
			PM2_5: v.PM25 ?? null,
			CO: v.CO ?? null,
			O3_1h_max: null,
			O3_8h_max: v.O3 ?? null
		}
	};
}

describe('annual validity: ≥ 324 valid days, ≥ 27 per month, ≥ 25 in February (STANDARDS.md §8)', () => {
	it.each([
		['323 days, every month at its minimum or above', minimumPlus(1), false, []],
		['324 days', minimumPlus(2), true, []],
		['340 days but March has 26', [31, 28, 26, 30, 31, 30, 31, 31, 30, 31, 30, 31], false, [3]],
		['February with 25 days is enough', [31, 25, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], true, []],
		['February with 24 is not', [31, 24, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], false, [2]]
	])('%s', (_, perMonth, valid, failing) => {
		const v = seriesValidity(dates(perMonth));
		expect(v.validDays).toBe(perMonth.reduce((a, b) => a + b, 0));
		expect(v.valid).toBe(valid);
		expect(v.failingMonths).toEqual(failing);
	});
});

describe('annual statistics', () => {
	const full = (n: number) => dates(minimumPlus(n - 322));
	it('a year failing validity gets EMPTY statistics, never a number (valid_days still counted)', () => {
		const days = full(323).map((d) => day(d, { SO2: 5, NO2: 20, PM10: 35, PM25: 18, CO: 0.6, O3: 100 }));
		const a = annualStatistics(2022, days);
		expect(a.rounded).toEqual({ SO2: null, NO2: null, PM10: null, PM2_5: null, CO_p95: null, O3_8h_p90: null });
		expect(a.validDays).toBe(323);
		expect(a.compositeIndex).toBeNull();
	});
	it('per pollutant: one short series empties only its statistic and the composite index', () => {
		const ds = full(330);
		const days = ds.map((d, i) =>
			day(d, { SO2: 5, NO2: 20, PM10: 35, PM25: 18, CO: 0.6, O3: i < 320 ? 100 : undefined })
		);
		const a = annualStatistics(2022, days);
		expect(a.rounded.SO2).toBe(5);
		expect(a.rounded.O3_8h_p90).toBeNull();
		expect(a.validDays).toBe(320);
		expect(a.compositeIndex).toBeNull();
	});
	it('means, HJ 663 percentiles; the composite index from unrounded statistics, the statistics rounded (GB/T 8170) for display', () => {
		const ds = full(324);
		const days = ds.map((d, i) =>
			day(d, {
				SO2: 6,
				NO2: 20,
				PM10: 35,
				PM25: i % 2 === 0 ? 17 : 18, // mean 17.5 → 18 (half to even)
				CO: i < 300 ? 0.5 : 0.9, // sorted: 300 × 0.5, 24 × 0.9; k = 1 + 323·0.95 = 307.85 → 0.9
				O3: i + 1 // 1…324; k = 1 + 323·0.9 = 291.7 → 291.7 → 292
			})
		);
		const a = annualStatistics(2022, days);
		expect(a.unrounded.PM2_5).toBe(17.5);
		expect(a.unrounded.O3_8h_p90).toBeCloseTo(291.7, 10);
		expect(a.rounded).toEqual({ SO2: 6, NO2: 20, PM10: 35, PM2_5: 18, CO_p95: 0.9, O3_8h_p90: 292 });
		expect(a.validDays).toBe(324);
		// The index comes from the unrounded statistics: 6/60 + 20/40 + 35/70 + 17.5/35 + 0.9/4 + 291.7/160 = 3.648 → 3.65
		expect(a.compositeIndex).toBe(3.65);
		// From the rounded ones it would be 3.66 (…18/35…292/160 = 3.6643): rounding first moves the index.
		expect(compositeIndex({ SO2: 6, NO2: 20, PM10: 35, 'PM2.5': 18, CO: 0.9, O3: 292 })).toBe(3.66);
	});
	it('rejects days of another year', () => {
		expect(() => annualStatistics(2023, [day('2022-01-01', {})])).toThrow(RangeError);
	});
});
