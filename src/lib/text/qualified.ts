import type { Unit } from '../data/types';
import { formatChange, formatValue, type Locale } from './format';

/** Units of a change: shown with their sign ("+62%", "+7.5个百分点", "上升4位"). */
const CHANGE_UNITS: readonly Unit[] = ['percent_change', 'percentage_point', 'places', 'index_points'];

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
 * A value with its unit and its qualifier: "约3,000吨/年" / "about 3,000 t a year",
 * "逾100吨" / "more than 100 t", or formatValue() for an exact value (formatChange() for a change).
 */
export function formatQualified(
	value: number,
	decimals: number,
	unit: Unit,
	locale: Locale,
	qualifier: Qualifier
): string {
	const text = CHANGE_UNITS.includes(unit)
		? formatChange(value, decimals, unit, locale)
		: formatValue(value, decimals, unit, locale);
	if (qualifier === 'approx') return locale === 'zh' ? `约${text}` : `about ${text}`;
	if (qualifier === 'lower_bound') return locale === 'zh' ? `逾${text}` : `more than ${text}`;
	return text;
}
