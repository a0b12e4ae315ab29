/**
 * A class-setting parameter of one station's readings against its GB 3838-2002 class limits (issue 16: the
 * parameters that push 隘头潭 below class III): month by month, the median of the instantaneous readings and
 * the worst of them (the maximum of a pollutant, the minimum of dissolved oxygen). A month without a value is a
 * gap (null), never filled in. The limits come from the project's GB 3838 engine (src/lib/standards).
 */
import { percentile, SURFACE_WATER_DO, SURFACE_WATER_LIMITS, type WaterBody } from '../standards';
import type { ClassParameter } from '../data/schema/waterNetwork';
import type { WaterReadingPoint } from '../data/types';
import { monthsBetween } from './story';

/** The classes whose limits the charts draw: III (the line 优良 ends at), IV and V. */
export const LIMIT_CLASSES = ['III', 'IV', 'V'] as const;
export type LimitClass = (typeof LIMIT_CLASSES)[number];

/** Whether a higher value is worse (a pollutant) or a lower one (dissolved oxygen). */
export type Worse = 'higher' | 'lower';

/** The parameters with one limit per class (pH is a range, the same for classes I–V: it has no class lines). */
export type LimitParameter = Exclude<ClassParameter, 'pH'>;

/** Which way a parameter gets worse. */
export const worseDirection = (parameter: LimitParameter): Worse => (parameter === 'DO' ? 'lower' : 'higher');

/**
 * The GB 3838-2002 Table 1 limits of classes III, IV and V of a parameter (mg/L): upper limits (≤) of a
 * pollutant, lower limits (≥) of dissolved oxygen; total phosphorus by the water body's column.
 */
export function classLimits(parameter: LimitParameter, body: WaterBody): { class: LimitClass; value: number }[] {
	const all =
		parameter === 'DO'
			? SURFACE_WATER_DO
			: parameter === 'TP'
				? SURFACE_WATER_LIMITS.TP[body]
				: SURFACE_WATER_LIMITS[parameter];
	return LIMIT_CLASSES.map((c, i) => ({ class: c, value: all[i + 2]! }));
}

/** One month of a parameter's readings. */
export interface ParameterMonth {
	month: string;
	/** Readings with a value of the parameter (0: a gap). */
	n: number;
	/** The median of the month's values (HJ 663 percentile, p50); null: no value. */
	median: number | null;
	/** The worst value of the month: the maximum, or the minimum of dissolved oxygen; null: no value. */
	worst: number | null;
}

export interface ParameterLimitsModel {
	parameter: LimitParameter;
	worse: Worse;
	limits: { class: LimitClass; value: number }[];
	/** Every month from the first to the last reading (gaps included). */
	months: ParameterMonth[];
	/** Months with a value, and those whose median is worse than the class III limit. */
	monthsWithValues: number;
	medianWorseThanIII: string[];
	/** Readings with a value, and those worse than the class III limit. */
	readings: number;
	readingsWorseThanIII: number;
	/** The worst single reading (the first, on a tie); null: no value. */
	extreme: { time: string; value: number } | null;
}

/** Whether `value` is worse than `limit` (limits are inclusive: a value on the limit meets it). */
export const worseThan = (value: number, limit: number, worse: Worse): boolean =>
	worse === 'higher' ? value > limit : value < limit;

/**
 * A parameter of a station's readings month by month against its class limits. `readings` are one station's,
 * in any order; months run from the first reading's to the last's (or `span`, when given).
 */
export function parameterAgainstLimits(
	readings: Pick<WaterReadingPoint, 'time' | 'values'>[],
	parameter: LimitParameter,
	body: WaterBody,
	span?: { first: string; last: string }
): ParameterLimitsModel {
	const worse = worseDirection(parameter);
	const limits = classLimits(parameter, body);
	const iii = limits[0]!.value;
	const values = readings
		.filter((r) => r.values[parameter] !== null)
		.map((r) => ({ time: r.time, month: r.time.slice(0, 7), value: r.values[parameter]! }))
		.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
	const byMonth = new Map<string, number[]>();
	for (const v of values) byMonth.set(v.month, [...(byMonth.get(v.month) ?? []), v.value]);
	const first = span?.first ?? values[0]?.month;
	const last = span?.last ?? values.at(-1)?.month;
	const months =
		first && last
			? monthsBetween(first, last).map((month): ParameterMonth => {
					const list = byMonth.get(month) ?? [];
					if (list.length === 0) return { month, n: 0, median: null, worst: null };
					return {
						month,
						n: list.length,
						median: percentile(list, 50),
						worst: worse === 'higher' ? Math.max(...list) : Math.min(...list)
					};
				})
			: [];
	let extreme: ParameterLimitsModel['extreme'] = null;
	for (const v of values) if (extreme === null || worseThan(v.value, extreme.value, worse)) extreme = v;
	return {
		parameter,
		worse,
		limits,
		months,
		monthsWithValues: months.filter((m) => m.n > 0).length,
		medianWorseThanIII: months.filter((m) => m.median !== null && worseThan(m.median, iii, worse)).map((m) => m.month),
		readings: values.length,
		readingsWorseThanIII: values.filter((v) => worseThan(v.value, iii, worse)).length,
		extreme: extreme && { time: extreme.time, value: extreme.value }
	};
}
