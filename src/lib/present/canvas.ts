/**
 * The slide's canvas, as SlideView.svelte lays it out (its styles hold the same numbers): 1920 px wide
 * with 88 px of padding left and right, so a slide's content is 1744 px wide. A chart on a slide is
 * drawn on the server at its width on this canvas (DeckChart's `boxWidth`).
 */
export const SLIDE_CONTENT_WIDTH = 1920 - 2 * 88;
