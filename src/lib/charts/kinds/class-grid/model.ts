import type { ChartBase } from '../../model';
import type { ClassGrid } from './grid';

/** Rows (sites, sea areas) × years, each cell a published class or category. */
export interface ClassGridChartModel extends ChartBase {
	kind: 'class-grid';
	grid: ClassGrid;
}
