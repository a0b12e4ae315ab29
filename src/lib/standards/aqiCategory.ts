import { assertNonNegative } from './validate';

/** One AQI category: level (一级…六级), name in Chinese and English, and its normative colour. */
export interface AqiCategory {
	level: 1 | 2 | 3 | 4 | 5 | 6;
	zh: string;
	en: string;
	colour: string;
}

/** Upper AQI bound (inclusive) of each category; level 6 has none. */
export interface AqiCategoryBand extends AqiCategory {
	max: number;
}

/**
 * The six AQI categories: HJ 633-2012 Table 2 (ranges, 类别) and Appendix A Table A.1 (colours, normative);
 * unchanged in HJ 633-2026 (STANDARDS.md §1.3, §2). `max` is the inclusive upper AQI of the band (∞ for level 6).
 */
export const AQI_CATEGORIES: readonly AqiCategoryBand[] = [
	{ level: 1, max: 50, zh: '优', en: 'Excellent', colour: '#00E400' },
	{ level: 2, max: 100, zh: '良', en: 'Good', colour: '#FFFF00' },
	{ level: 3, max: 150, zh: '轻度污染', en: 'Lightly polluted', colour: '#FF7E00' },
	{ level: 4, max: 200, zh: '中度污染', en: 'Moderately polluted', colour: '#FF0000' },
	{ level: 5, max: 300, zh: '重度污染', en: 'Heavily polluted', colour: '#99004C' },
	{ level: 6, max: Infinity, zh: '严重污染', en: 'Severely polluted', colour: '#7E0023' }
];

/**
 * The category of an AQI (HJ 633-2012 Table 2 + Table A.1; HJ 633-2026 unchanged): 0–50 优, 51–100 良, 101–150 轻度,
 * 151–200 中度, 201–300 重度, > 300 严重. AQIs are integers (rounded up), so a band's upper bound is inclusive and
 * anything above it belongs to the next band. Throws RangeError on negative/NaN/non-finite input.
 */
export function aqiCategory(aqi: number): AqiCategory {
	assertNonNegative(aqi, 'AQI');
	const band = AQI_CATEGORIES.find((b) => aqi <= b.max)!;
	return { level: band.level, zh: band.zh, en: band.en, colour: band.colour };
}
