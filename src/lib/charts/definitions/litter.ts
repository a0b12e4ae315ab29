import type { ChartDefinition } from '../kinds';
import { metricsChart } from '../kinds/line/build';
import { shareBarChart } from '../kinds/share-bar/shares';

const PAGE = 'litter';

/** Charts on the /litter/ page (ids are stable once published). */
export const LITTER_CHARTS: ChartDefinition[] = [
	{
		id: 'litter-density-trend',
		build: (d) =>
			metricsChart(
				d,
				{
					id: 'litter-density-trend',
					page: PAGE,
					text: {
						title: 'litter_density_title',
						subtitle: 'litter_density_subtitle',
						summaryLabel: 'litter_density_summary_label'
					},
					notes: ['litter_density_note_index', 'litter_density_note_rank']
				},
				[{ metric: 'floating_litter_density', summaryLabel: 'litter_density_summary_label' }],
				{ includeZero: true }
			)
	},
	{
		id: 'litter-cleaning-area',
		build: (d) =>
			metricsChart(
				d,
				{
					id: 'litter-cleaning-area',
					page: PAGE,
					text: {
						title: 'litter_area_title',
						subtitle: 'litter_area_subtitle',
						summaryLabel: 'litter_area_summary_label'
					}
				},
				[{ metric: 'sea_cleaning_area_km2', summaryLabel: 'litter_area_summary_label' }],
				{ includeZero: true }
			)
	},
	{
		id: 'litter-sources-share',
		build: (d) =>
			shareBarChart(
				d,
				{
					id: 'litter-sources-share',
					page: PAGE,
					text: {
						title: 'litter_origin_title',
						subtitle: 'litter_origin_subtitle',
						summaryLabel: 'litter_origin_title'
					}
				},
				[
					{ metric: 'litter_share_from_jiulong_pct_approx', year: 2023 },
					{ metric: 'litter_plant_stem_share_pct', year: 2018 }
				]
			)
	}
];
