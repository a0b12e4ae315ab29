/**
 * The slide's canvas, as SlideView.svelte lays it out (its styles hold the same numbers): 1920 × 1080
 * with 64 px of padding left and right, so a slide's content is 1792 px wide. A chart on a slide is
 * drawn on the server at its width on this canvas (DeckChart's `boxWidth`).
 */
export const SLIDE_PADDING_X = 64;
export const SLIDE_CONTENT_WIDTH = 1920 - 2 * SLIDE_PADDING_X;

/**
 * How many times a chart of each kind is magnified on a slide, so that its smallest label reads at
 * 24 px or more on the canvas: axis and value labels are 12 px (× 2), a class grid's cell labels
 * 11 px (× 2.2), a calendar's day numbers 10 px (× 2.4). tests/e2e/deck-text.test.ts measures them.
 */
const DECK_SCALE: Partial<Record<string, number>> = { 'class-grid': 2.2, calendar: 2.4 };
export const deckScale = (kind: string): number => DECK_SCALE[kind] ?? 2;
