import { CHANGE_UNITS } from '../data/schema/vocabulary';
import type { Unit, WrittenQualifier } from '../data/types';
import { formatChange, formatValue, type Locale } from './format';

/**
 * How exact a published value is. A source that says "约3000吨" gives an approximate value, one that
 * says "逾100吨" a lower bound; neither is ever shown as a plain number.
 */
export type Qualifier = 'exact' | 'approx' | 'lower_bound';

/**
 * The qualifier a metric's id carries (the data's convention, see README): `…_approx` for values
 * the source gives as "about" (约, 大约), `…_min` for values it gives as "more than" (逾, 超过, >).
 */
export function metricQualifier(metricId: string): Qualifier {
	if (metricId.endsWith('_approx')) return 'approx';
	if (metricId.endsWith('_min')) return 'lower_bound';
	return 'exact';
}

/**
 * How exact a work figure is, from data/work.csv's `qualifier` (the same convention as the metric ids):
 * `min` (逾, 余, 多, 突破 …) is a lower bound, `approx` (约, 左右, 近) an approximation.
 */
export function writtenQualifierOf(written: WrittenQualifier): Qualifier {
	return written === 'min' ? 'lower_bound' : written;
}

/**
 * A value with its unit and its qualifier: "约3,000吨/年" / "about 3,000 t a year",
 * "逾100吨" / "more than 100 t", or formatValue() for an exact value (formatChange() for a change);
 * `measure` is a Chinese count's measure word ("逾20家").
 */
export function formatQualified(
	value: number,
	decimals: number,
	unit: Unit,
	locale: Locale,
	qualifier: Qualifier,
	measure = ''
): string {
	const text = CHANGE_UNITS.includes(unit)
		? formatChange(value, decimals, unit, locale)
		: formatValue(value, decimals, unit, locale, measure);
	return `${qualifierPrefix(qualifier, locale)}${text}`;
}

/** The words put before a qualified value: "约" / "about ", "逾" / "more than ", nothing for an exact one. */
export function qualifierPrefix(qualifier: Qualifier, locale: Locale): string {
	if (qualifier === 'approx') return locale === 'zh' ? '约' : 'about ';
	if (qualifier === 'lower_bound') return locale === 'zh' ? '逾' : 'more than ';
	return '';
}
