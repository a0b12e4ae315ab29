import { m } from '../../../paraglide/messages';
import { formatQualified } from '../../../text/qualified';
import type { Locale } from '../../../text/format';
import type { ShareBar } from './shares';
import type { ShareBarChartModel } from './model';

/** A share as it is written: "约80%" / "about 80%" for an approximate one. */
export const shareText = (bar: ShareBar, locale: Locale): string =>
	formatQualified(bar.value, bar.decimals, 'percent', locale, bar.qualifier);

/** What share bars show: each share with its year, one sentence each. */
export function shareBarSummary(model: ShareBarChartModel, locale: Locale): string {
	const bars = model.shares.bars;
	if (bars.length === 0) return m.litter_share_none({}, { locale });
	return bars
		.map((bar) =>
			m.litter_share_sentence(
				{ label: bar.metric.label[locale], value: shareText(bar, locale), year: String(bar.year) },
				{ locale }
			)
		)
		.join(locale === 'zh' ? '' : ' ');
}
