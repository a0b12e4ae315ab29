import type { ChartDefinition } from '../kinds';
import { metricsChart } from '../kinds/line/build';
import { classGridChart, seaAreaStatusGrid } from '../kinds/class-grid/grid';

const PAGE = 'coast';

/** Charts on the /coast/ page (ids are stable once published). */
export const COAST_CHARTS: ChartDefinition[] = [
	{
		id: 'coast-excellent-ratios',
		build: (d) =>
			metricsChart(
				d,
				{
					id: 'coast-excellent-ratios',
					page: PAGE,
					text: { title: 'coast_ratios_title', subtitle: 'coast_ratios_subtitle', summaryLabel: 'coast_ratios_title' },
					notes: ['coast_ratios_note_not_comparable']
				},
				[
					{ metric: 'coastal_clean_area_pct_ocean_bureau', summaryLabel: 'coast_ratios_label_ocean_bureau' },
					{
						metric: 'coastal_class_1_2_area_pct_2016',
						summaryLabel: 'coast_ratios_label_2016',
						note: 'coast_ratios_note_2016'
					},
					{ metric: 'coastal_excellent_area_pct', summaryLabel: 'coast_ratios_label_area' },
					{
						metric: 'coastal_excellent_point_pct',
						summaryLabel: 'coast_ratios_label_point',
						note: 'coast_ratios_note_point'
					}
				],
				{ includeZero: true }
			)
	},
	{
		id: 'coast-sea-area-status',
		build: (d) =>
			classGridChart(
				d,
				{
					id: 'coast-sea-area-status',
					page: PAGE,
					text: { title: 'coast_status_title', subtitle: 'coast_status_subtitle', summaryLabel: 'coast_status_title' },
					notes: ['coast_status_note_scheme', 'coast_status_note_later']
				},
				seaAreaStatusGrid
			)
	}
];
