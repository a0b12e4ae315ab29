import { m } from '../../../paraglide/messages';
import { formatValue, type Locale } from '../../../text/format';
import type { LimitsChartModel } from './model';

/** The standard's number as each language prints it (Chinese uses a long dash before the year). */
export const standardName = (model: Pick<LimitsChartModel, 'limitsEdition'>, locale: Locale): string =>
	`GB 3095${locale === 'zh' ? '—' : '-'}${model.limitsEdition === '2012' ? '2012' : '2026'}`;

/** What a limits panel shows: whether the year's pollutants stayed within their limits. */
export const limitsSummary = (model: LimitsChartModel, locale: Locale): string =>
	limitsSentence(
		model.year,
		model.rows
			.filter((r) => r.value !== null)
			.map((r) => ({ name: r.pollutant, value: r.value!.value, limit: r.limit })),
		standardName(model, locale),
		locale
	);

/** A pollutant's statistic against its limit, for `limitsSentence`. */
export interface LimitFact {
	name: string;
	value: number;
	limit: number;
}

/**
 * A year's pollutants against their limits: all within (naming the one closest to its limit), or
 * which exceeded. `standard` names the limits ("GB 3095-2012").
 */
export function limitsSentence(year: number, facts: LimitFact[], standard: string, locale: Locale): string {
	const options = { locale };
	if (facts.length === 0) return m.chart_summary_limits_none({ year: String(year) }, options);
	const over = facts.filter((f) => f.value > f.limit);
	if (over.length > 0) {
		return m.chart_summary_limits_exceed(
			{
				year: String(year),
				count: String(facts.length),
				names: over.map((f) => f.name).join(locale === 'zh' ? '、' : ', '),
				standard
			},
			options
		);
	}
	let closest = facts[0]!;
	for (const f of facts) if (f.value / f.limit > closest.value / closest.limit) closest = f;
	const share = formatValue(Math.round((closest.value / closest.limit) * 100), 0, 'percent', locale);
	if (facts.length === 1) {
		return m.chart_summary_limits_within_one({ year: String(year), name: closest.name, share, standard }, options);
	}
	return m.chart_summary_limits_within(
		{ year: String(year), count: String(facts.length), name: closest.name, share, standard },
		options
	);
}
