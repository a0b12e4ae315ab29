import { m } from '../../../paraglide/messages';
import type { Locale } from '../../../text/format';
import type { FiguresChartModel } from './model';

/** What the tiles show: the part's finding, then where each figure's words in the document are. */
export function figuresSummary(model: FiguresChartModel, locale: Locale): string {
	const title = model.part.title[locale];
	const end = locale === 'zh' ? '。' : '.';
	return `${title}${/[。.]$/.test(title) ? '' : end}${locale === 'zh' ? '' : ' '}${m.work_figures_summary(
		{ count: String(model.part.figures.length) },
		{ locale }
	)}`;
}
