import type { ChartBase } from '../../model';
import type { WorkPartModel } from '../../../work/parts';

/**
 * Figures that read better as numbers than as a chart, shown as tiles: one part of the year's work
 * (src/lib/work/parts.ts), each figure with its value as the document qualifies it ("逾" / "more
 * than"), its label and the document's own qualifiers; its words in the document are in the data table.
 */
export interface FiguresChartModel extends ChartBase {
	kind: 'figures';
	part: WorkPartModel;
}
