/**
 * The colours of the export, taken from the dashboard's own palettes (imported, never copied): the
 * series palette for ordinary series, HJ 633's AQI category colours and the water/sea class palette
 * where a bar or series is one of those categories. PowerPoint wants RRGGBB without “#”.
 */
import { seriesColour } from '../../charts/palette';
import { classColour } from '../../charts/kinds/class-grid/palette';
import { AQI_CATEGORIES } from '../../standards/aqiCategory';
import type { ColourRef } from './spec';

/** Text and rule colours of the slides (ink on white, contrast ≥ 7:1; muted ≥ 4.5:1). */
export const INK = '1A1A1A';
export const MUTED = '4A5560';
export const GRID = 'D5DAE0';

/** “#0a5c8f” → “0A5C8F”. */
export function hex(colour: string): string {
	const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(colour.trim());
	if (!m) throw new Error(`Not a hex colour: ${JSON.stringify(colour)}`);
	const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
	return h.toUpperCase();
}

/** The colour a ColourRef names: the AQI category's (HJ 633 Table A.1) or the class's fill. */
export function resolveColour(ref: ColourRef): string {
	if ('aqi' in ref) {
		const category = AQI_CATEGORIES[ref.aqi - 1];
		if (!category) throw new Error(`No AQI category at level ${ref.aqi}`);
		return hex(category.colour);
	}
	return hex(classColour(ref.classScheme, ref.rank).fill);
}

/** The i-th series' fill: its own ColourRef, else the dashboard's series palette by position. */
export function seriesFill(i: number, ref?: ColourRef): string {
	return ref ? resolveColour(ref) : hex(seriesColour(i));
}
