import type { Pollutant } from '../../../standards/types';
import type { LimitsEdition } from '../../../standards/limits';
import type { ChartBase, ValueKind } from '../../model';

/** A value of a pollutant's statistic, with how it came to be and what it rests on. */
export interface LimitValue {
	value: number;
	decimals: number;
	kind: ValueKind;
	sourceIds: string[];
}

/** One pollutant's annual statistic against its limit, with every kind of value found for it. */
export interface LimitRowModel {
	pollutant: Pollutant;
	statistic: 'annual_mean' | 'p95_24h' | 'p90_8h';
	unit: 'ug_m3' | 'mg_m3';
	limit: number;
	/** The value drawn: published where it exists, else computed, else derived; null when none. */
	value: LimitValue | null;
	/** Other values for the same year (e.g. computed beside published), listed in the tooltip and table. */
	others: LimitValue[];
	/** Valid days behind a computed value. */
	validDays: number | null;
}

/** A year's pollutant statistics against the GB 3095 grade-II limits (bullet bars, limit marked). */
export interface LimitsChartModel extends ChartBase {
	kind: 'limits';
	year: number;
	limitsEdition: LimitsEdition;
	rows: LimitRowModel[];
}
