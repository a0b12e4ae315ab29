import { UNIT_BASES, type BaseUnit, type ScaledUnit } from '../data/schema/vocabulary';
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
	mg_l: { zh: 'mg/L', en: 'mg/L', space: true },
	km2: { zh: '平方公里', en: 'km²', space: true },
	m2_per_km: { zh: '平方米/公里', en: 'm²/km', space: true },
	t: { zh: '吨', en: 't', space: true },
	t_per_year: { zh: '吨/年', en: 't a year', space: true },
	km: { zh: '公里', en: 'km', space: true },
	sightings: { zh: '次', en: 'sightings', space: true },
	animals_seen: { zh: '头次', en: 'animals seen', space: true },
	years: { zh: '年', en: 'years', space: true },
	working_days: { zh: '个工作日', en: 'working days', space: true },
	// Counted in 万 as the document gives them; English shows them converted (scaledParts).
	kwh_10k: { zh: '万千瓦时', en: '10,000 kWh', space: true },
	cny_10k: { zh: '万元', en: 'CNY 10,000', space: true },
	m3_10k: { zh: '万立方米', en: '10,000 m³', space: true }
};

/** English words for one of a unit ("1 day", not "1 days"; Chinese has no plural). */
const SINGULAR_EN: Partial<Record<Unit, string>> = { days: 'day', years: 'year', working_days: 'working day' };

/** How an English text writes a base unit around its number: CNY before, kWh and m³ after. */
const BASE_TEXT: Record<BaseUnit, { before: string; after: string }> = {
	kwh: { before: '', after: 'kWh' },
	cny: { before: 'CNY', after: '' },
	m3: { before: '', after: 'm³' }
};

const isScaled = (unit: Unit): unit is ScaledUnit => Object.hasOwn(UNIT_BASES, unit);

/** A number with at most `decimals` places (trailing zeros dropped), locale grouping and a true minus. */
function formatUpTo(value: number, decimals: number, locale: Locale): string {
	return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: Math.max(0, decimals) })
		.format(value)
		.replace('-', MINUS);
}

/**
 * An amount given in 万 (ten thousand) of a base unit, in English: converted to the base unit, in
 * millions from a million up where that needs at most two decimals: 16053 万元 → CNY 160.53 million,
 * 1000 万度 → 10 million kWh, 1871 万立方米 → 18.71 million m³; else in full: 467.57 万元 → CNY 4,675,700,
 * 5 万元 → CNY 50,000. The conversion is exact (a shift of the decimal point), so every digit the document
 * gave is kept and none is added.
 */
function scaledParts(
	value: number,
	decimals: number,
	unit: ScaledUnit
): { before: string; number: string; after: string } {
	const { base, factor } = UNIT_BASES[unit];
	const shift = Math.round(Math.log10(factor));
	const inMillions = formatUpTo(value / 10 ** (6 - shift), decimals + 6 - shift, 'en');
	// Millions where they read well (at most two decimals), else the whole amount: CNY 4,675,700.
	const million = Math.abs(value * factor) >= 1e6 && (inMillions.split('.')[1]?.length ?? 0) <= 2;
	const number = million ? inMillions : formatUpTo(value * factor, decimals - shift, 'en');
	const text = BASE_TEXT[base];
	return {
		before: text.before ? `${text.before}\u00a0` : '',
		number,
		after: `${million ? '\u00a0million' : ''}${text.after ? `\u00a0${text.after}` : ''}`
	};
}

/**
 * How a unit counted in 万 converts, for a reader of English: "1 万元 = CNY 10,000", "1 万千瓦时 = 10,000 kWh",
 * "1 万立方米 = 10,000 m³"; null in Chinese (the figure is shown in 万, as written) and for other units.
 */
export function unitConversion(unit: Unit, locale: Locale): string | null {
	if (locale === 'zh' || !isScaled(unit)) return null;
	const { base, factor } = UNIT_BASES[unit];
	const text = BASE_TEXT[base];
	const amount = [text.before, formatNumber(factor, 0, 'en'), text.after].filter(Boolean).join('\u00a0');
	return `1\u00a0${UNIT_TEXT[unit].zh} = ${amount}`;
}

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
	locale: Locale,
	measure = ''
): { before: string; number: string; after: string } {
	if (locale === 'en' && isScaled(unit)) return scaledParts(value, decimals, unit);
	const number = formatNumber(value, decimals, locale);
	const whole = formatValue(value, decimals, unit, locale, measure);
	if (unit === 'rank' && locale === 'en')
		return { before: '', number: String(value), after: whole.slice(String(value).length) };
	const at = whole.indexOf(number);
	return { before: whole.slice(0, at), number, after: whole.slice(at + number.length) };
}

/**
 * A value with its unit, as one string: "99.5%", "19 µg/m³", "第3位"/"3rd", "412个", "2.34",
 * "16,053万元"/"CNY 160.53 million", "14,310个工作日"/"14,310 working days".
 * Chinese puts no space before a unit except after Latin symbols. A count in Chinese takes its measure
 * word (`measure`: 75台, 513家次; default 个); English writes a count as a bare number beside its label.
 */
export function formatValue(value: number, decimals: number, unit: Unit, locale: Locale, measure = ''): string {
	const n = formatNumber(value, decimals, locale);
	if (unit === 'rank') return locale === 'zh' ? `第${n}位` : ordinal(value);
	if (locale === 'en' && isScaled(unit)) {
		const parts = scaledParts(value, decimals, unit);
		return `${parts.before}${parts.number}${parts.after}`;
	}
	if (unit === 'count' && locale === 'zh' && measure) return `${n}${measure}`;
	const u = UNIT_TEXT[unit];
	const text = (locale === 'en' && value === 1 && SINGULAR_EN[unit]) || u[locale];
	if (!text) return n;
	const latin = /^[A-Za-zµ%]/.test(text) && text !== '%';
	const space = locale === 'en' ? u.space : latin;
	return `${n}${space ? '\u00a0' : ''}${text}`;
}

/**
 * A change in words, for sentences: "下降13.1%" / "down 13.1%", "增长133%" / "up 133%", "上升10.5个百分点" /
 * "up 10.5 percentage points", "上升4位" / "up 4 places"; no change: "持平" / "unchanged". The unit comes
 * from the data, as in formatChange().
 */
export function formatDirected(value: number, decimals: number, unit: Unit, locale: Locale): string {
	if (unit === 'places') return formatChange(value, decimals, unit, locale);
	if (value === 0) return locale === 'zh' ? '持平' : 'unchanged';
	const size = formatChange(Math.abs(value), decimals, unit, locale).replace(/^\+/, '');
	if (locale === 'en') return `${value > 0 ? 'up' : 'down'} ${size}`;
	return `${value > 0 ? (unit === 'percent_change' ? '增长' : '上升') : '下降'}${size}`;
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
