import type { Locale } from './format';
import { intlLocale } from './format';

/**
 * A calendar day (YYYY-MM-DD) in words: "2023年1月20日" / "20 January 2023". The date is read as
 * a calendar day (UTC), never shifted by the reader's time zone. Anything else is returned as is.
 */
export function formatDay(date: string, locale: Locale): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
	const time = Date.parse(`${date}T00:00:00Z`);
	if (Number.isNaN(time)) return date;
	return new Intl.DateTimeFormat(intlLocale(locale), {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		timeZone: 'UTC'
	}).format(time);
}
