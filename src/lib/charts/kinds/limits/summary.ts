import { m } from '../../../paraglide/messages';
import { formatValue, type Locale } from '../../../text/format';
import { asHeading } from '../../finding';
import type { LimitsChartModel } from './model';

/** The standard's number as each language prints it (Chinese uses a long dash before the year). */
export const standardName = (model: Pick<LimitsChartModel, 'limitsEdition'>, locale: Locale): string =>
	`GB 3095${locale === 'zh' ? '—' : '-'}${model.limitsEdition === '2012' ? '2012' : '2026'}`;

/** What a limits panel shows: whether the year's pollutants stayed within their limits. */
export const limitsSummary = (model: LimitsChartModel, locale: Locale): string =>
	limitsSentence(model.year, limitFacts(model), standardName(model, locale), locale);

/** The pollutants with a value, each against its limit. */
const limitFacts = (model: LimitsChartModel): LimitFact[] =>
	model.rows.filter((r) => r.value !== null).map((r) => ({ name: r.pollutant, value: r.value!.value, limit: r.limit }));

/** The pollutant closest to (or furthest over) its limit, and its value as a share of the limit ("84%"). */
function closestToLimit(facts: LimitFact[], locale: Locale): { name: string; share: string } {
	let closest = facts[0]!;
	for (const f of facts) if (f.value / f.limit > closest.value / closest.limit) closest = f;
	return {
		name: closest.name,
		share: formatValue(Math.round((closest.value / closest.limit) * 100), 0, 'percent', locale)
	};
}

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
	const { name, share } = closestToLimit(facts, locale);
	if (facts.length === 1) {
		return m.chart_summary_limits_within_one({ year: String(year), name, share, standard }, options);
	}
	return m.chart_summary_limits_within(
		{ year: String(year), count: String(facts.length), name, share, standard },
		options
	);
}

/**
 * A limits panel's finding as a title (a slide's heading), shorter than its summary: "2022年6项污染物均未超过
 * GB 3095—2012二级限值，O3为限值的84%" / "2022: all 6 pollutants within GB 3095-2012 grade II limits;
 * O3 nearest, at 84% of its limit". When only some pollutants have a figure it says so; one pollutant, an
 * exceedance or none: the summary's own sentence.
 */
export function limitsFinding(model: LimitsChartModel, locale: Locale): string {
	const facts = limitFacts(model);
	const standard = standardName(model, locale);
	if (facts.length < 2 || facts.some((f) => f.value > f.limit))
		return asHeading(limitsSentence(model.year, facts, standard, locale));
	const params = { year: String(model.year), count: String(facts.length), ...closestToLimit(facts, locale), standard };
	const all = facts.length === model.rows.length;
	return all
		? m.chart_finding_limits_within(params, { locale })
		: m.chart_finding_limits_within_some(params, { locale });
}
