import type { ChartDefinition } from '../kinds';
import { compositeIndexChart } from '../kinds/line/air';
import { metricsChart } from '../kinds/line/build';

/** Charts on the home page (the year's overview). */
export const OVERVIEW_CHARTS: ChartDefinition[] = [
	{
		id: 'overview-composite-trend',
		build: (d) => compositeIndexChart(d, 'overview-composite-trend', 'overview', { withComputed: false })
	},
	{
		id: 'overview-good-rate-trend',
		build: (d) =>
			metricsChart(
				d,
				{
					id: 'overview-good-rate-trend',
					page: 'overview',
					text: { title: 'good_rate_title', subtitle: 'good_rate_subtitle', summaryLabel: 'good_rate_summary_label' }
				},
				[{ metric: 'good_rate_pct', summaryLabel: 'good_rate_summary_label' }]
			)
	}
];
