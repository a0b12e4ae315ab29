/**
 * The map's colours. AQI colours are not here: they come only from the standards engine
 * (HJ 633 Table A.1, `aqiCategory`). GB 3838 and the ocean bulletins define no colours, so the
 * water-class and sea-status colours below are the project's own (blue for the best classes
 * through green, amber and orange to red, as Chinese bulletins commonly draw them); the class is
 * always written beside its colour.
 */
import type { WaterClass } from '../data/types';
import { OCEAN_BUREAU_STATUSES } from '../data/schema/vocabulary';

/** Base map colours: light, so markers and labels carry the contrast. */
export const MAP_COLOURS = {
	sea: '#dcecf5',
	land: '#efede6',
	neighbour: '#e6e3da',
	district: '#fbfaf6',
	border: '#6b7580',
	coast: '#7c9db4',
	frame: '#9aa8b4'
} as const;

/** GB 3838-2002 classes, best to worst (the project's colours; the class name is always shown too). */
export const WATER_CLASS_COLOURS: Record<WaterClass, string> = {
	I: '#1d5fa6',
	II: '#3d8fd1',
	III: '#2f9a62',
	IV: '#d9a520',
	V: '#dd7424',
	劣V: '#b3312a'
};

/** The 2013–2014 ocean-bureau categories, cleanest first (not GB 3097 classes). */
export const SEA_STATUSES = OCEAN_BUREAU_STATUSES;
export type SeaStatus = (typeof SEA_STATUSES)[number];

export const SEA_STATUS_COLOURS: Record<SeaStatus, string> = {
	clean: '#2f7fc1',
	relatively_clean: '#8cc0e3',
	slightly_polluted: '#e8c547',
	moderately_polluted: '#e58a2b',
	severely_polluted: '#b3312a'
};

/** A light-to-dark sand ramp for district values (distinct from the sea's blue). */
export const CHOROPLETH_RAMP = ['#f7f3ea', '#ecdfc0', '#dfc793', '#cdaa66', '#b48a45'] as const;

/** The colour for "no data" markers and swatches. */
export const NO_DATA_COLOUR = '#ffffff';

/** Relative luminance of a #rrggbb colour (WCAG 2). */
export function luminance(hex: string): number {
	const n = Number.parseInt(hex.replace('#', ''), 16);
	const channel = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Black or white text, whichever contrasts more with the background colour. */
export function textOn(hex: string): '#000000' | '#ffffff' {
	const l = luminance(hex);
	return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
