import { m } from '../paraglide/messages';
import { statusLabel } from '../charts/kinds/class-grid/labels';
import { gradeWord } from '../text/labels';
import { formatQualified } from '../text/qualified';
import type { Locale } from '../text/format';
import type { CitedValue } from './citations';

/** A cited value in the page's language: "91.7%", "约3,000吨/年", "Ⅱ类", "中营养", "731 days (2022-01-01 – 2023-12-31)". */
export function citedValueText(value: CitedValue, locale: Locale): string {
	switch (value.type) {
		case 'number':
			return formatQualified(value.value, value.decimals, value.unit, locale, value.qualifier);
		case 'status':
			if (value.scheme === 'quality_grade') return gradeWord(value.status);
			return statusLabel(value.scheme, value.status, 'full');
		case 'text':
			return value.text[locale];
		case 'days':
			return m.sources_days({ count: String(value.count), from: value.from, to: value.to });
		default:
			return '';
	}
}

/** What a monitoring citation is, in words (its label is null in the index). */
export function monitoringLabel(what: 'city' | 'stations' | 'third_party'): string {
	if (what === 'city') return m.sources_monitoring_city();
	if (what === 'stations') return m.sources_monitoring_stations();
	return m.sources_monitoring_third_party();
}
