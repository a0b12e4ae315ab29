import type { MarkerShape } from './kinds/line/model';

/** One entry of a chart legend: a line sample (a series) or a swatch (a category, no data, not covered). */
export type LegendItem =
	| {
			type: 'line';
			id: string;
			label: string;
			detail?: string;
			colour: string;
			/** stroke-dasharray of the line (none: solid). */
			dash?: string;
			marker: MarkerShape;
			/** A hollow marker (a computed or derived value). */
			hollow: boolean;
	  }
	| {
			type: 'swatch';
			id: string;
			label: string;
			detail?: string;
			swatch: 'fill' | 'light' | 'hatched' | 'outside';
			fill?: string;
	  };
