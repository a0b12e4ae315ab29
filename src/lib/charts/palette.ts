/**
 * Series colours from the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies), darkened where needed for 3:1 contrast against white. Colour is never the only
 * carrier: series are also labelled and computed series are dashed.
 */
export const SERIES_COLOURS = ['#0a5c8f', '#b34700', '#00795b', '#8c3f7a', '#6b5d00'] as const;

/** The colour of the i-th series (cycling). */
export const seriesColour = (i: number): string => SERIES_COLOURS[i % SERIES_COLOURS.length]!;

/**
 * A colour-blind-safe alternative for the six AQI categories (viridis, light to dark: lightness rises
 * with the level, so the order reads for every common colour-vision deficiency and in greyscale).
 * Offered as a reader's choice beside the normative HJ 633 Table A.1 colours, never instead of them.
 */
export const AQI_SAFE_COLOURS = ['#fde725', '#7ad151', '#22a884', '#2a788e', '#414487', '#440154'] as const;

/** Text colour on each AQI category fill: normative colours, then the colour-blind-safe ones. */
export const AQI_INK = ['#000', '#000', '#000', '#000', '#fff', '#fff'] as const;
export const AQI_SAFE_INK = ['#000', '#000', '#000', '#fff', '#fff', '#fff'] as const;
