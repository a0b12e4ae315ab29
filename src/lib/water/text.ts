/**
 * The sentences of the 隘头潭 story in either language, from the models of ./story.ts. Shares are percentages
 * of the readings with a class, to one decimal; nothing here computes a figure the models do not give.
 */
import { m } from '$lib/paraglide/messages';
import type { ClassParameter } from '../data/schema/waterNetwork';
import { formatNumber, type Locale } from '../text/format';
import { listText } from '../charts/kinds/class-grid/summary';
import { monthIndex, yearMonthLabel } from '../text/dates';
import type { AgreementModel, LimitingModel, MonthlySharesModel, SeasonModel } from './story';

/** A share (0–1) as a percentage with one decimal ('20.3%'); '—' when there is none. */
export function percent(share: number | null, locale: Locale): string {
	return share === null ? '—' : `${formatNumber(share * 100, 1, locale)}%`;
}

/** 'count of total (share)' in the locale's words. */
export function shareOf(count: number, total: number, locale: Locale): string {
	return m.wn_share_of(
		{
			count: formatNumber(count, 0, locale),
			total: formatNumber(total, 0, locale),
			share: percent(total === 0 ? null : count / total, locale)
		},
		{ locale }
	);
}

/** A month (YYYY-MM) as readers write it: '2022年8月', 'Aug 2022'. */
export const monthText = (month: string, locale: Locale): string => yearMonthLabel(monthIndex(month), locale);

/** The name of a class-setting parameter. */
export function parameterName(p: ClassParameter, locale: Locale): string {
	const names: Record<ClassParameter, (i: object, o: { locale: Locale }) => string> = {
		pH: m.wn_param_pH,
		DO: m.wn_param_DO,
		CODMn: m.wn_param_CODMn,
		NH3N: m.wn_param_NH3N,
		TP: m.wn_param_TP
	};
	return names[p]({}, { locale });
}

/** The finding title of the section: flood- and dry-season shares worse than III (the network's class). */
export function findingTitle(seasons: SeasonModel, locale: Locale): string {
	const [flood, dry] = seasons.overall;
	return m.wn_finding_title(
		{ flood: percent(flood.network.worseShare, locale), dry: percent(dry.network.worseShare, locale) },
		{ locale }
	);
}

/** The plain-language explanation under the finding. */
export function explanation(
	monthly: MonthlySharesModel,
	seasons: SeasonModel,
	limiting: LimitingModel,
	locale: Locale
): string {
	const [flood, dry] = seasons.overall;
	const tp = limiting.rows.find((r) => r.parameter === 'TP')!;
	return m.wn_explain(
		{
			readings: formatNumber(flood.readings + dry.readings, 0, locale),
			from: monthText(monthly.first, locale),
			to: monthText(monthly.last, locale),
			flood: shareOf(flood.network.worseThanIII, flood.network.classified, locale),
			dry: shareOf(dry.network.worseThanIII, dry.network.classified, locale),
			years: formatNumber(seasons.yearsWithBoth.length, 0, locale),
			tp: shareOf(tp.readings, limiting.worseThanIII, locale)
		},
		{ locale }
	);
}

/** The notes on months without readings and thin months ('' when there are none). */
export function gapNotes(monthly: MonthlySharesModel, locale: Locale): string[] {
	const list = (months: string[]) =>
		listText(
			months.map((mo) => monthText(mo, locale)),
			locale
		);
	return [
		monthly.gaps.length > 0 ? m.wn_gap_note({ months: list(monthly.gaps) }, { locale }) : '',
		monthly.thin.length > 0 ? m.wn_thin_note({ months: list(monthly.thin) }, { locale }) : ''
	].filter((s) => s !== '');
}

/** The agreement note: compared, agreeing, and the disagreements by cause. */
export function agreementNote(a: AgreementModel, locale: Locale): string {
	const n = (v: number) => formatNumber(v, 0, locale);
	return m.wn_agreement_note(
		{
			compared: n(a.compared),
			agree: n(a.agree),
			on_limit: n(a.causes.on_limit),
			previous: n(a.causes.previous_reading),
			worse: n(a.causes.network_worse),
			better: n(a.causes.network_better)
		},
		{ locale }
	);
}
