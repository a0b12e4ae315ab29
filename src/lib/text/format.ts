import type { Unit } from '../data/types';

export type Locale = 'zh' | 'en';

const MINUS = '\u2212';

/** BCP 47 tag used for number formatting in each site language. */
export const intlLocale = (locale: Locale) => (locale === 'zh' ? 'zh-CN' : 'en-GB');

/**
 * Formats a number with exactly `decimals` places, locale grouping, and a true minus sign (−).
 * `signed` adds a plus sign to positive numbers (for changes).
 */
export function formatNumber(value: number, decimals: number, locale: Locale, signed = false): string {
	const text = new Intl.NumberFormat(intlLocale(locale), {
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals,
		signDisplay: signed ? 'exceptZero' : 'auto'
	}).format(value);
	return text.replace('-', MINUS);
}

/** Unit words and symbols, per language. Kept here (not in messages) because they join numbers. */
const UNIT_TEXT: Record<Unit, { zh: string; en: string; space: boolean }> = {
	index: { zh: '', en: '', space: false },
	index_points: { zh: '', en: '', space: false },
	percent: { zh: '%', en: '%', space: false },
	percentage_point: { zh: '个百分点', en: 'percentage points', space: true },
	percent_change: { zh: '%', en: '%', space: false },
	rank: { zh: '', en: '', space: false },
	places: { zh: '位', en: 'places', space: true },
	days: { zh: '天', en: 'days', space: true },
	count: { zh: '个', en: '', space: false },
	ug_m3: { zh: 'µg/m³', en: 'µg/m³', space: true },
	mg_m3: { zh: 'mg/m³', en: 'mg/m³', space: true },
	km2: { zh: '平方公里', en: 'km²', space: true },
	m2_per_km: { zh: '平方米/公里', en: 'm²/km', space: true },
	t: { zh: '吨', en: 't', space: true },
	t_per_year: { zh: '吨/年', en: 't a year', space: true },
	km: { zh: '公里', en: 'km', space: true },
	sightings: { zh: '次', en: 'sightings', space: true },
	animals_seen: { zh: '头次', en: 'animals seen', space: true }
};

/** The unit as shown after a number ('%', 'µg/m³', '个百分点' …); empty for indices and ranks. */
export function unitText(unit: Unit, locale: Locale): string {
	return UNIT_TEXT[unit][locale];
}

/**
 * A value split for display with a large number and a smaller unit: `before` + `number` + `after`,
 * e.g. { before: '第', number: '3', after: '位' }, { number: '51.06', after: ' m²/km' }.
 * Joined, the parts are exactly formatValue().
 */
export function formatValueParts(
	value: number,
	decimals: number,
	unit: Unit,
	locale: Locale
): { before: string; number: string; after: string } {
	const number = formatNumber(value, decimals, locale);
	const whole = formatValue(value, decimals, unit, locale);
	if (unit === 'rank' && locale === 'en')
		return { before: '', number: String(value), after: whole.slice(String(value).length) };
	const at = whole.indexOf(number);
	return { before: whole.slice(0, at), number, after: whole.slice(at + number.length) };
}

/**
 * A value with its unit, as one string: "99.5%", "19 µg/m³", "第3位"/"3rd", "412个", "2.34".
 * Chinese puts no space before a unit except after Latin symbols.
 */
export function formatValue(value: number, decimals: number, unit: Unit, locale: Locale): string {
	const n = formatNumber(value, decimals, locale);
	if (unit === 'rank') return locale === 'zh' ? `第${n}位` : ordinal(value);
	const u = UNIT_TEXT[unit];
	// "1 day", not "1 days" (Chinese has no plural).
	const text = unit === 'days' && locale === 'en' && value === 1 ? 'day' : u[locale];
	if (!text) return n;
	const latin = /^[A-Za-zµ%]/.test(text) && text !== '%';
	const space = locale === 'en' ? u.space : latin;
	return `${n}${space ? '\u00a0' : ''}${text}`;
}

/** English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
	const mod100 = n % 100;
	const suffix =
		mod100 >= 11 && mod100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/**
 * A change with its sign and its own unit: "+10.5 个百分点" / "+10.5 percentage points",
 * "−10.3%", "上升4位" / "up 4 places". Percent change and percentage points are never confused:
 * the unit comes from the data.
 */
export function formatChange(value: number, decimals: number, unit: Unit, locale: Locale): string {
	if (unit === 'places') {
		const n = formatNumber(Math.abs(value), decimals, locale);
		if (value === 0) return locale === 'zh' ? '名次不变' : 'no change in rank';
		if (locale === 'zh') return `${value > 0 ? '上升' : '下降'}${n}位`;
		return `${value > 0 ? 'up' : 'down'} ${n} place${Math.abs(value) === 1 ? '' : 's'}`;
	}
	const n = formatNumber(value, decimals, locale, true);
	const u = UNIT_TEXT[unit];
	const text = u[locale];
	if (!text) return n;
	return `${n}${locale === 'en' && u.space ? '\u00a0' : ''}${text}`;
}
