import type { ChartDefinition } from '../kinds';
import type { ChartText } from '../model';
import { workCategoryChart, workFiguresChart } from '../../work/chart';
import { WORK_PART_LIST } from '../../work/parts';

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

/**
 * Every part of the year's work (src/lib/work/parts.ts: at most four figures, groups kept together) as
 * figures tiles, for its embed: `work-air-1` … The work page shows the same figures as cards, so these
 * are not drawn there; an embed's "full page" link lands on the part's first group.
 */
export const WORK_FIGURES_CHARTS: ChartDefinition[] = WORK_PART_LIST.map(({ id, category, part }) => ({
	id,
	build: (d) => workFiguresChart(d, id, category, part, YEAR)
}));

/** Charts of the /work/ page: the category charts drawn on it, then the parts' tiles (embeds). */
export const WORK_CHARTS: ChartDefinition[] = [
	...WORK_CATEGORY_CHARTS.map(({ id, category, text }): ChartDefinition => ({
		id,
		build: (d) => workCategoryChart(d, { id, text }, category, YEAR)
	})),
	...WORK_FIGURES_CHARTS
];
