/**
 * How an embed draws its chart (issue 15: "embeds are the chart, not the page"). An embed is not
 * hydrated: its chart is drawn once, on the server, at a width (charts/ssrWidth.ts) and scaled with its
 * proportions to the frame. At 390 px, a phone's width, the drawing should be most of the embed and its
 * text at least its own size. Pure: from the chart's kind (and, for figures, how many there are).
 *
 * - `width`: the drawing width. Narrower than the phone's frame, so the drawing is shown larger than
 *   drawn: about 1.15 times for the charts, more for a part of one or two work figures (a big number
 *   is that embed's chart).
 * - `plotHeight`: for the kinds whose plot height is free (KindProps `height`), at `width`: about square
 *   or taller, a phone's chart rather than a page's strip. The other kinds' height follows from their rows.
 * - `bleed`: the drawing runs edge to edge (the frame's side padding is for text). Only for the kinds
 *   whose drawing keeps its own margin for its axis labels; the others start their labels at x = 0.
 */
import type { ChartModel } from '../charts/kinds';

export interface EmbedDrawing {
	width: number;
	plotHeight?: number;
	bleed: boolean;
}

/** The drawing width of an embed's chart; the same as a domain page's (PAGE_DRAWING_WIDTH). */
export const EMBED_DRAWING_WIDTH = 340;

/** Bars (and their labels, which start at the frame's edge): drawn at the embed width, about 1.08 times at 390 px; narrower, their English labels would not fit. */
export const BAR_DRAWING_WIDTH = 340;

/** Share bars (one thin bar under each label): drawn this wide, so shown about 1.4 times. */
export const SHARE_BAR_DRAWING_WIDTH = 260;

/** A part of one or two work figures: its tiles drawn this wide, so shown about 1.4 times at 390 px. */
export const FEW_FIGURES_DRAWING_WIDTH = 260;

export function embedDrawing(
	model: Pick<ChartModel, 'kind'> & { part?: { figures: readonly unknown[] } }
): EmbedDrawing {
	switch (model.kind) {
		case 'line':
			return { width: EMBED_DRAWING_WIDTH, plotHeight: 340, bleed: true };
		case 'class-months':
			return { width: EMBED_DRAWING_WIDTH, plotHeight: 300, bleed: true };
		case 'figures':
			return {
				width: (model.part?.figures.length ?? 0) <= 2 ? FEW_FIGURES_DRAWING_WIDTH : EMBED_DRAWING_WIDTH,
				bleed: false
			};
		case 'bar':
		case 'limits':
			return { width: BAR_DRAWING_WIDTH, bleed: false };
		case 'share-bar':
			return { width: SHARE_BAR_DRAWING_WIDTH, bleed: false };
		default:
			return { width: EMBED_DRAWING_WIDTH, bleed: false };
	}
}
