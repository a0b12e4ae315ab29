import type { Locale } from './format';

/**
 * The one way dates, months and years are written, per site language, by hand (not Intl) so that the
 * prerendered HTML and the browser always agree: "2023年1月20日" / "20 Jan 2023".
 */

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A month (1–12): "1月" / "Jan". */
export function monthLabel(month: number, locale: Locale): string {
	return locale === 'zh' ? `${month}月` : MONTHS_EN[month - 1]!;
}

/** A calendar month (YYYY-MM) as one number, year × 12 + month − 1: consecutive months are 1 apart. */
export function monthIndex(month: string): number {
	if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new Error(`not a month (YYYY-MM): ${month}`);
	return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** A month of {@link monthIndex} as readers write it: "2022年8月" / "Aug 2022". */
export function yearMonthLabel(index: number, locale: Locale): string {
	const [y, mo] = [Math.floor(index / 12), (index % 12) + 1];
	return locale === 'zh' ? `${y}年${mo}月` : `${MONTHS_EN[mo - 1]!} ${y}`;
}

/** An ISO date (YYYY-MM-DD) as "2023年1月20日" / "20 Jan 2023"; anything else is returned as is. */
export function formatDate(date: string, locale: Locale): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
	const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
	if (m < 1 || m > 12 || d < 1 || d > 31) return date;
	return locale === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** A range of ISO dates in one year: "1月1日—2月24日" / "1 Jan–24 Feb". */
export function formatDayRange(from: string, to: string, locale: Locale): string {
	const part = (date: string) => {
		const [m, d] = [Number(date.slice(5, 7)), Number(date.slice(8, 10))];
		return locale === 'zh' ? `${m}月${d}日` : `${d} ${MONTHS_EN[m - 1]}`;
	};
	return locale === 'zh' ? `${part(from)}—${part(to)}` : `${part(from)}–${part(to)}`;
}

/** Weekday initials, Monday first: 一 … 日 / M … S. */
export function weekdayInitials(locale: Locale): string[] {
	return locale === 'zh' ? ['一', '二', '三', '四', '五', '六', '日'] : ['M', 'T', 'W', 'T', 'F', 'S', 'S'];
}

/** Years as a compact list of ranges: [2016, 2020, 2021, 2022] → "2016, 2020–2022". */
export function yearRanges(years: number[]): string {
	const sorted = [...years].sort((a, b) => a - b);
	const parts: string[] = [];
	let i = 0;
	while (i < sorted.length) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
		parts.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
		i = j + 1;
	}
	return parts.join(', ');
}
