import type { ValueKind } from './model';

/** One entry of a chart legend: a line sample (series) or a swatch (category, no data, not covered). */
export type LegendItem =
	| {
			type: 'line';
			id: string;
			label: string;
			detail?: string;
			colour: string;
			dash?: string;
			marker: 'dot' | 'ring' | 'square';
	  }
	| {
			type: 'swatch';
			id: string;
			label: string;
			detail?: string;
			swatch: 'fill' | 'light' | 'hatched' | 'outside';
			fill?: string;
	  };

/** How a series of a given kind is drawn: published solid with filled dots, computed dashed with rings, derived dotted with squares. */
export function lineStyle(kind: ValueKind, dashComputed = true): { dash?: string; marker: 'dot' | 'ring' | 'square' } {
	if (kind === 'derived') return { dash: '2 4', marker: 'square' };
	if (kind === 'computed' || kind === 'third_party') return { dash: dashComputed ? '6 4' : undefined, marker: 'ring' };
	return { marker: 'dot' };
}
