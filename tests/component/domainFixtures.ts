import type { Dataset, Metric, Source } from '../../src/lib/data/types';
import { classGrid, type GridInput, type GridScheme } from '../../src/lib/charts/kinds/class-grid/grid';
import { metricsChart, type MetricSpec } from '../../src/lib/charts/kinds/line/build';
import { shareBars } from '../../src/lib/charts/kinds/share-bar/shares';
import type { ClassGridChartModel } from '../../src/lib/charts/kinds/class-grid';
import type { LineChartModel } from '../../src/lib/charts/kinds/line';
import type { ShareBarChartModel } from '../../src/lib/charts/kinds/share-bar';

/** Models of the class-grid, line and share-bar kinds, built by the real builders from small tables. */

export const source: Source = {
	id: 's',
	title: 'Bulletin S',
	publisher: 'P',
	date: '2024',
	url: '',
	kind: 'news_report',
	reliability: 'medium',
	note: { zh: '说明', en: 'Note' }
};

export function gridModel(cells: Partial<GridInput>[], scheme: GridScheme = 'gb3838'): ClassGridChartModel {
	const rows = [
		{ id: 'a', name: { zh: '甲水库', en: 'Reservoir A' } },
		{ id: 'b', name: { zh: '乙水库', en: 'Reservoir B' } }
	];
	const inputs = cells.map((c) => ({ row: 'a', year: 2015, status: 'III', sourceId: 's', note: '', quote: '', ...c }));
	return {
		id: 'test-grid',
		kind: 'class-grid',
		page: 'water',
		text: { title: 'water_classes_title', summaryLabel: 'water_classes_title' },
		notes: [],
		grid: classGrid(scheme, rows, inputs),
		sources: { s: source }
	};
}

const metric = (id: string, label: string, unit: Metric['unit'] = 'percent'): Metric => ({
	id,
	domain: 'coast',
	unit,
	better: 'higher',
	changeOf: null,
	min: null,
	max: null,
	label: { zh: label, en: label },
	description: { zh: `${label}的定义`, en: `Definition of ${label}` }
});

export function trendModel(
	figures: { metric: 'a' | 'b'; year: number; value: number }[],
	derived: { metric: 'a' | 'b'; year: number; value: number }[] = [],
	series: ('a' | 'b')[] = ['a']
): LineChartModel {
	const dataset = {
		sources: [source],
		metrics: [metric('a', 'Area share'), metric('b', 'Point share')],
		figures: figures.map((f) => ({
			...f,
			decimals: 1,
			unit: 'percent' as const,
			scope: 'city',
			sourceId: 's',
			note: '',
			quote: '',
			origin: 'x'
		})),
		derived: derived.map((d) => ({
			...d,
			decimals: 1,
			unit: 'percent' as const,
			scope: 'city',
			method: 'minus_change_pt' as const,
			from: [],
			sourceIds: ['s']
		}))
	};
	const specs: MetricSpec[] = series.map((id) => ({
		metric: id,
		summaryLabel: id === 'a' ? 'coast_ratios_label_area' : 'coast_ratios_label_point'
	}));
	return metricsChart(
		dataset as unknown as Dataset,
		{ id: 'test-trend', page: 'coast', text: { title: 'coast_ratios_title', summaryLabel: 'coast_ratios_title' } },
		specs,
		{ includeZero: true }
	);
}

export function shareModel(specs: { metric: string; year: number }[]): ShareBarChartModel {
	const dataset = {
		metrics: [
			metric('from_river_pct_approx', 'Share from the river (approx.)'),
			metric('stems_pct', 'Share of plant stems')
		],
		figures: [
			{ year: 2023, metric: 'from_river_pct_approx', value: 80 },
			{ year: 2018, metric: 'stems_pct', value: 95 }
		].map((f) => ({
			...f,
			decimals: 0,
			unit: 'percent' as const,
			scope: 'city',
			sourceId: 's',
			note: '',
			quote: '',
			origin: 'x'
		}))
	};
	return {
		id: 'test-share',
		kind: 'share-bar',
		page: 'litter',
		text: { title: 'litter_origin_title', summaryLabel: 'litter_origin_title' },
		notes: [],
		shares: shareBars(dataset, specs),
		sources: { s: source }
	};
}
