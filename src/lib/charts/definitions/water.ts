import type { ChartDefinition } from '../kinds';
import { metricsChart } from '../kinds/line/build';
import { classGridChart, trophicStateGrid, waterClassGrid } from '../kinds/class-grid/grid';

/** Drinking-water sources first, then the other reservoirs with a published class. */
export const CLASS_GRID_SITES = [
	'beixi-intake',
	'bantou-shidou-reservoir',
	'tingxi-reservoir',
	'huobian-reservoir',
	'xinfeng-reservoir',
	'xinglin-bay-reservoir'
];
export const TROPHIC_GRID_SITES = ['huobian-reservoir', 'yundang-lake', 'xinfeng-reservoir', 'shangli-reservoir'];

const PAGE = 'water';

/** Charts on the /water/ page (ids are stable once published). */
export const WATER_CHARTS: ChartDefinition[] = [
	{
		id: 'water-reservoir-classes',
		build: (d) =>
			classGridChart(
				d,
				{
					id: 'water-reservoir-classes',
					page: PAGE,
					text: {
						title: 'water_classes_title',
						subtitle: 'water_classes_subtitle',
						summaryLabel: 'water_classes_title'
					},
					notes: ['water_classes_note_sources']
				},
				(data) => waterClassGrid(data, CLASS_GRID_SITES)
			)
	},
	{
		id: 'water-trophic-states',
		build: (d) =>
			classGridChart(
				d,
				{
					id: 'water-trophic-states',
					page: PAGE,
					text: {
						title: 'water_trophic_title',
						subtitle: 'water_trophic_subtitle',
						summaryLabel: 'water_trophic_title'
					},
					notes: ['water_trophic_note']
				},
				(data) => trophicStateGrid(data, TROPHIC_GRID_SITES)
			)
	},
	{
		id: 'water-excellent-share',
		build: (d) =>
			metricsChart(
				d,
				{
					id: 'water-excellent-share',
					page: PAGE,
					text: {
						title: 'water_excellent_title',
						subtitle: 'water_excellent_subtitle',
						summaryLabel: 'water_excellent_summary_label'
					}
				},
				[{ metric: 'main_watershed_excellent_share_pct', summaryLabel: 'water_excellent_summary_label' }],
				{ includeZero: true }
			)
	},
	{
		id: 'water-function-zone-compliance',
		build: (d) =>
			metricsChart(
				d,
				{
					id: 'water-function-zone-compliance',
					page: PAGE,
					text: {
						title: 'water_function_title',
						subtitle: 'water_function_subtitle',
						summaryLabel: 'water_function_summary_label'
					},
					notes: ['water_function_note_first', 'water_function_note_2023']
				},
				[{ metric: 'surface_water_function_zone_compliance_pct', summaryLabel: 'water_function_summary_label' }],
				{ includeZero: true }
			)
	}
];
