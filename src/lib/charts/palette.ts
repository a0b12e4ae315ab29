/**
 * Series colours from the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies), darkened where needed for 3:1 contrast against white. Colour is never the only
 * carrier: series are also labelled and computed series are dashed.
 */
export const SERIES_COLOURS = ['#0a5c8f', '#b34700', '#00795b', '#8c3f7a', '#6b5d00'] as const;

/** The colour of the i-th series (cycling). */
export const seriesColour = (i: number): string => SERIES_COLOURS[i % SERIES_COLOURS.length]!;
