import type { MapOptions, XiamenMapData } from '../../../map/types';
import type { ChartBase } from '../../model';

/** The Xiamen map with its layers (XiamenMap), travelling like a chart: embeds, slides, downloads. */
export interface MapChartModel extends ChartBase {
	kind: 'map';
	map: XiamenMapData;
	/** what the map shows first (layers, view, day, years, district value) and how (compact, height, label scale: XiamenMap) */
	mapOptions: MapOptions & { compact: boolean; height: string; labelScale?: number };
}
