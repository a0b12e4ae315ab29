/**
 * How an embed draws its chart (issue 15: "embeds are the chart, not the page"). An embed is not
 * hydrated: its chart is drawn once, on the server, at a width (charts/ssrWidth.ts) and scaled with its
 * proportions to the frame. At 390 px, a phone's width, the drawing should be most of the embed and its
 * text at least its own size. Pure: from the chart's model (its kind, and how many bars). An embed of one
 * or two work figures draws them as headline figures (charts/kinds/figures/layout.ts HERO_TILE).
 *
 * - `width`: the drawing width. At most the phone's frame, so the drawing is shown at least its own
 *   size: 340 px (a domain page's drawing, PAGE_DRAWING_WIDTH), about 1.08–1.15 times at 390 px.
 * - `plotHeight`: for the kinds whose plot height is free (KindProps `height`), at `width`: square, a
 *   phone's chart rather than a page's strip. The other kinds' height follows from their rows.
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

/** A long bar chart (more than LONG_BARS bars) is drawn at this width, so it stays about a phone screen tall. */
export const LONG_BARS = 12;
export const LONG_BAR_DRAWING_WIDTH = 400;

/** The class of every reading (a month a row): drawn this wide, so shown about 1.2 times. */
export const STRIP_DRAWING_WIDTH = 300;

/** Share bars (one thin bar under each label): drawn this wide, so shown about 1.4 times. */
export const SHARE_BAR_DRAWING_WIDTH = 260;

/**
 * A few bars stacked to 100 % (at most FEW_STACKED rows, e.g. the days of three years by AQI category):
 * drawn as the share bars, so their shares read inside the bars at about 17 px rather than in a strip.
 */
export const FEW_STACKED = 4;

/** A ranking's columns: taller than a page's strip (330), so 49 stations read as a phone's chart. */
export const RANK_PLOT_HEIGHT = 380;

export function embedDrawing(model: ChartModel): EmbedDrawing {
	switch (model.kind) {
		case 'line':
			return { width: EMBED_DRAWING_WIDTH, plotHeight: 340, bleed: true };
		case 'class-months':
			return { width: EMBED_DRAWING_WIDTH, plotHeight: 300, bleed: true };
		case 'bar': {
			const bars = model.rows.length * (model.mode === 'grouped' ? model.segments.length : 1);
			if (model.mode === 'stacked100' && model.rows.length <= FEW_STACKED)
				return { width: SHARE_BAR_DRAWING_WIDTH, bleed: false };
			return { width: bars > LONG_BARS ? LONG_BAR_DRAWING_WIDTH : EMBED_DRAWING_WIDTH, bleed: false };
		}
		case 'share-bar':
			return { width: SHARE_BAR_DRAWING_WIDTH, bleed: false };
		case 'rank-columns':
			return { width: EMBED_DRAWING_WIDTH, plotHeight: RANK_PLOT_HEIGHT, bleed: false };
		case 'class-strip':
			// 31 rows of 186 slots each: drawn narrower, so each row shows taller (its labels start at x = 0).
			return { width: STRIP_DRAWING_WIDTH, bleed: false };
		default:
			return { width: EMBED_DRAWING_WIDTH, bleed: false };
	}
}
