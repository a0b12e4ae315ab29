import type { MapOptions, XiamenMapData, ZoomState } from '../../../map/types';
import type { ChartBase } from '../../model';

/** The Xiamen map with its layers (XiamenMap), travelling like a chart: embeds, slides, downloads. */
export interface MapChartModel extends ChartBase {
	kind: 'map';
	map: XiamenMapData;
	/**
	 * what the map shows first (layers, view, day, years, district value) and how (compact, height, label
	 * scale, a zoom of its own instead of the view's, e.g. a slide's crop to its features: XiamenMap)
	 */
	mapOptions: MapOptions & { compact: boolean; height: string; labelScale?: number; zoom?: ZoomState };
}
