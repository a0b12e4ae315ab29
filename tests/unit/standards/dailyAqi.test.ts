import { describe, expect, it } from 'vitest';
import type { Version } from '$lib/standards';
import { dailyAqi } from '$lib/standards';

type Values = Parameters<typeof dailyAqi>[0];
type Row = { args: [Values, Version]; expected: ReturnType<typeof dailyAqi> };

// A full day: SO2 10, NO2 30, PM10 60, PM2.5 40, CO 0.8, O3 1h 120, O3 8h 100.
const DAY: Values = { SO2: 10, NO2: 30, PM10: 60, 'PM2.5': 40, CO: 0.8, O3_1h: 120, O3_8h: 100 };

const rows: Record<string, Row> = {
	// 2012: SO2 10, NO2 37.5→38, PM10 55, PM2.5 56.25→57, CO 20, O3 1h 37.5→38, O3 8h 50.
	'2012 full day': {
		args: [DAY, '2012'],
		expected: {
			aqi: 57,
			primary: ['PM2.5'],
			iaqi: { SO2: 10, NO2: 38, PM10: 55, 'PM2.5': 57, CO: 20, O3_1h: 38, O3_8h: 50 }
		}
	},
	// 2026: PM10 50/70·10+50 = 57.14→58, PM2.5 50/25·5+50 = 60; O3_1h ignored.
	'2026 full day (O3_1h ignored)': {
		args: [DAY, '2026'],
		expected: { aqi: 60, primary: ['PM2.5'], iaqi: { SO2: 10, NO2: 38, PM10: 58, 'PM2.5': 60, CO: 20, O3_8h: 50 } }
	},
	'2012 O3 1h alone decides': {
		args: [{ 'PM2.5': 40, O3_1h: 300, O3_8h: 100 }, '2012'],
		expected: { aqi: 150, primary: ['O3'], iaqi: { 'PM2.5': 57, O3_1h: 150, O3_8h: 50 } }
	},
	'2026 the same day ignores O3 1h': {
		args: [{ 'PM2.5': 40, O3_1h: 300, O3_8h: 100, SO2: 1, NO2: 1, PM10: 1, CO: 0.1 }, '2026'],
		// SO2 1, NO2 50/40 → 2, PM10 1, CO 2.5 → 3
		expected: { aqi: 60, primary: ['PM2.5'], iaqi: { SO2: 1, NO2: 2, PM10: 1, 'PM2.5': 60, CO: 3, O3_8h: 50 } }
	},
	'tie → all, in Table 1 order': {
		args: [{ SO2: 10, PM10: 150, 'PM2.5': 75 }, '2012'],
		expected: { aqi: 100, primary: ['PM10', 'PM2.5'], iaqi: { SO2: 10, PM10: 100, 'PM2.5': 100 } }
	},
	'O3 1h and 8h tie → O3 listed once': {
		args: [{ 'PM2.5': 40, O3_1h: 200, O3_8h: 160 }, '2012'],
		expected: { aqi: 100, primary: ['O3'], iaqi: { 'PM2.5': 57, O3_1h: 100, O3_8h: 100 } }
	},
	'PM2.5 and O3 tie': {
		args: [{ 'PM2.5': 75, O3_1h: 100, O3_8h: 160 }, '2012'],
		// O3 1h 50/160·100 = 31.25 → 32
		expected: { aqi: 100, primary: ['PM2.5', 'O3'], iaqi: { 'PM2.5': 100, O3_1h: 32, O3_8h: 100 } }
	},
	'AQI 50 → no primary pollutant': {
		args: [{ PM10: 50, 'PM2.5': 35, SO2: 50, NO2: 40, CO: 2, O3_1h: 160, O3_8h: 100 }, '2012'],
		expected: {
			aqi: 50,
			primary: [],
			iaqi: { PM10: 50, 'PM2.5': 50, SO2: 50, NO2: 50, CO: 50, O3_1h: 50, O3_8h: 50 }
		}
	},
	'AQI 51 → primary': {
		args: [{ PM10: 50, 'PM2.5': 35.6 }, '2012'], // 35.6 → 36 → 52
		expected: { aqi: 52, primary: ['PM2.5'], iaqi: { PM10: 50, 'PM2.5': 52 } }
	},
	'2012 daily SO2 uses the 24h column above 800': {
		args: [{ SO2: 801 }, '2012'], // 200 + 100/800·1 = 200.125
		expected: { aqi: 201, primary: ['SO2'], iaqi: { SO2: 201 } }
	},
	'2012 O3 8h > 800 → IAQI from the O3 1h value': {
		args: [{ 'PM2.5': 40, O3_1h: 900, O3_8h: 801 }, '2012'], // 300 + 100/200·100 = 350
		expected: { aqi: 350, primary: ['O3'], iaqi: { 'PM2.5': 57, O3_1h: 350, O3_8h: 350 } }
	},
	'2012 O3 8h > 800 without O3 1h → O3 8h missing': {
		args: [{ 'PM2.5': 40, O3_8h: 801 }, '2012'],
		expected: { aqi: 57, primary: ['PM2.5'], iaqi: { 'PM2.5': 57 } }
	},
	'2026 O3 8h > 800 → 300': {
		args: [{ SO2: 10, NO2: 30, PM10: 60, 'PM2.5': 40, CO: 0.8, O3_8h: 801 }, '2026'],
		expected: { aqi: 300, primary: ['O3'], iaqi: { SO2: 10, NO2: 38, PM10: 58, 'PM2.5': 60, CO: 20, O3_8h: 300 } }
	},
	'2012 missing values: computed from what is present (project decision)': {
		args: [{ 'PM2.5': 40 }, '2012'],
		expected: { aqi: 57, primary: ['PM2.5'], iaqi: { 'PM2.5': 57 } }
	},
	'2012 nothing present → null': {
		args: [{}, '2012'],
		expected: { aqi: null, primary: [], iaqi: {} }
	},
	'2026 missing CO, max IAQI 60 ≤ 100 → NA': {
		args: [{ SO2: 10, NO2: 30, PM10: 60, 'PM2.5': 40, O3_8h: 100 }, '2026'],
		expected: { aqi: null, primary: [], iaqi: { SO2: 10, NO2: 38, PM10: 58, 'PM2.5': 60, O3_8h: 50 } }
	},
	'2026 missing CO, max IAQI exactly 100 → NA': {
		args: [{ SO2: 10, NO2: 30, PM10: 60, 'PM2.5': 60, O3_8h: 100 }, '2026'],
		expected: { aqi: null, primary: [], iaqi: { SO2: 10, NO2: 38, PM10: 58, 'PM2.5': 100, O3_8h: 50 } }
	},
	'2026 missing CO, PM2.5 80 → 119 > 100 → published': {
		args: [{ SO2: 10, NO2: 30, PM10: 60, 'PM2.5': 80, O3_8h: 100 }, '2026'], // 100 + 50/55·20 = 118.18
		expected: { aqi: 119, primary: ['PM2.5'], iaqi: { SO2: 10, NO2: 38, PM10: 58, 'PM2.5': 119, O3_8h: 50 } }
	},
	'2026 only one value, 61 → 101': {
		args: [{ 'PM2.5': 61 }, '2026'],
		expected: { aqi: 101, primary: ['PM2.5'], iaqi: { 'PM2.5': 101 } }
	},
	'2026 only O3_1h → nothing counted': {
		args: [{ O3_1h: 500 }, '2026'],
		expected: { aqi: null, primary: [], iaqi: {} }
	}
};

describe('dailyAqi', () => {
	it.each(Object.entries(rows))('%s', (_, { args, expected }) => {
		expect(dailyAqi(...args)).toEqual(expected);
	});

	it.each([
		[{ 'PM2.5': -1 }, '2012'],
		[{ CO: NaN }, '2026'],
		[{ O3_1h: -5, 'PM2.5': 10 }, '2026'],
		[{ 'PM2.5': 10 }, '2030']
	] as [Values, Version][])('invalid %j %s → RangeError', (values, version) => {
		expect(() => dailyAqi(values, version)).toThrow(RangeError);
	});
});
