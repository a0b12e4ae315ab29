import type { ChartDefinition } from '../kinds';
import type { ChartText } from '../model';
import { workCategoryChart } from '../../work/chart';

/** The year of the founding document. */
const YEAR = 2024;

/**
 * The work page's charts: a category's figures as bars, where the display rule (src/lib/work/display.ts)
 * says a chart helps compare them and the comparison means something to a reader (the petitions of the
 * central inspection: received, resolved, closed). Ids are stable once published.
 */
export const WORK_CATEGORY_CHARTS: readonly { id: string; category: string; text: ChartText }[] = [
	{
		id: 'work-inspection-petitions',
		category: 'complaints_participation',
		text: {
			title: 'work_chart_petitions_title',
			subtitle: 'work_chart_petitions_subtitle',
			summaryLabel: 'work_chart_petitions_summary_label'
		}
	}
];

/** Charts on the /work/ page. */
export const WORK_CHARTS: ChartDefinition[] = WORK_CATEGORY_CHARTS.map(({ id, category, text }) => ({
	id,
	build: (d) => workCategoryChart(d, { id, text }, category, YEAR)
}));
