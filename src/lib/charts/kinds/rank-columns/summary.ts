import type { Locale } from '../../../text/format';
import { resolveText } from '../../text';
import type { RankColumnsChartModel } from './model';

/** The builder's sentence: "By share of readings worse than class III, highest first, Aitoutan … is No. 27 …". */
export const rankColumnsSummary = (model: RankColumnsChartModel, locale: Locale): string =>
	resolveText(model.summaryText, locale);
