import type { ChartDefinition } from '../model';
import { multiTrendChart, shareBarChart } from '../domainCharts';

/** Charts on the /litter/ page (add definitions here; ids are stable once published). */
export const LITTER_CHARTS: ChartDefinition[] = [
	multiTrendChart(
		'litter-density-trend',
		'litter',
		{
			title: 'litter_density_title',
			subtitle: 'litter_density_subtitle',
			summaryLabel: 'litter_density_summary_label',
			notes: ['litter_density_note_index', 'litter_density_note_rank']
		},
		[{ metric: 'floating_litter_density', summaryLabel: 'litter_density_summary_label' }],
		{ includeZero: true }
	),
	multiTrendChart(
		'litter-cleaning-area',
		'litter',
		{
			title: 'litter_area_title',
			subtitle: 'litter_area_subtitle',
			summaryLabel: 'litter_area_summary_label'
		},
		[{ metric: 'sea_cleaning_area_km2', summaryLabel: 'litter_area_summary_label' }],
		{ includeZero: true }
	),
	shareBarChart(
		'litter-sources-share',
		'litter',
		{
			title: 'litter_origin_title',
			subtitle: 'litter_origin_subtitle',
			summaryLabel: 'litter_origin_title'
		},
		[
			{ metric: 'litter_share_from_jiulong_pct_approx', year: 2023 },
			{ metric: 'litter_plant_stem_share_pct', year: 2018 }
		]
	)
];
