import { trendChart, type ChartDefinition } from '../model';

/** Charts on the 2024 overview (home) page. */
export const OVERVIEW_CHARTS: ChartDefinition[] = [
	trendChart('overview-composite-trend', 'overview', 'composite_index', {
		title: 'composite_title',
		subtitle: 'composite_subtitle',
		summaryLabel: 'composite_summary_label',
		notes: ['composite_note_2020']
	}),
	trendChart('overview-good-rate-trend', 'overview', 'good_rate_pct', {
		title: 'good_rate_title',
		subtitle: 'good_rate_subtitle',
		summaryLabel: 'good_rate_summary_label'
	})
];
