import { trendChart, type ChartDefinition } from '../model';
import { classGridChart, multiTrendChart } from '../domainCharts';
import { trophicStateGrid, waterClassGrid } from '../classGrid';

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

/** Charts on the /water/ page (add definitions here; ids are stable once published). */
export const WATER_CHARTS: ChartDefinition[] = [
	classGridChart(
		'water-reservoir-classes',
		'water',
		{
			title: 'water_classes_title',
			subtitle: 'water_classes_subtitle',
			summaryLabel: 'water_classes_title',
			notes: ['water_classes_note_sources']
		},
		(dataset) => waterClassGrid(dataset, CLASS_GRID_SITES)
	),
	classGridChart(
		'water-trophic-states',
		'water',
		{
			title: 'water_trophic_title',
			subtitle: 'water_trophic_subtitle',
			summaryLabel: 'water_trophic_title',
			notes: ['water_trophic_note']
		},
		(dataset) => trophicStateGrid(dataset, TROPHIC_GRID_SITES)
	),
	multiTrendChart(
		'water-excellent-share',
		'water',
		{
			title: 'water_excellent_title',
			subtitle: 'water_excellent_subtitle',
			summaryLabel: 'water_excellent_summary_label'
		},
		[{ metric: 'main_watershed_excellent_share_pct', summaryLabel: 'water_excellent_summary_label' }],
		{ includeZero: true }
	),
	trendChart(
		'water-function-zone-compliance',
		'water',
		'surface_water_function_zone_compliance_pct',
		{
			title: 'water_function_title',
			subtitle: 'water_function_subtitle',
			summaryLabel: 'water_function_summary_label',
			notes: ['water_function_note_first', 'water_function_note_2023']
		},
		{ includeZero: true }
	)
];
