import type { ChartBase } from '../../model';
import type { ShareBars } from './shares';

/** A few published shares, each its own 0–100% bar with its own year (never stacked or summed). */
export interface ShareBarChartModel extends ChartBase {
	kind: 'share-bar';
	shares: ShareBars;
}
