/**
 * Where everything goes on an exported slide (pure; inches on a 13.333 × 7.5 in slide). Text heights
 * come from the repo's one text-width estimate and exact line spacing, so the boxes hold their text
 * without PowerPoint having to shrink it:
 *
 * - the title (the finding) on top at 36 pt, down to 32 pt and onto more lines when it is long;
 * - big figures in a column left of the chart, or in a row above it when the column does not fit;
 *   a row in the middle of a slide without chart;
 * - the chart (or the list) in all the space left;
 * - the source footnote at the bottom, 14 pt.
 *
 * A slide whose title and figures leave no room for a legible chart is an error, not a squeezed chart.
 */
import { textWidth } from '../../text/width';
import { wrapText } from '../text';
import { LEADING, PT, SLIDE, TYPE } from './style';
import type { FigureSpec, SlideSpec } from './spec';

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** A text box with the size it is set in and its estimated lines. */
export interface TextBox extends Box {
	size: number;
	lines: string[];
}

export interface FigureBox extends Box {
	valueSize: number;
	/** Estimated lines of the label and of the change (for the height). */
	labelLines: number;
	changeLines: number;
}

export interface ListColumn extends Box {
	items: string[];
}

export interface SlideLayout {
	title: TextBox;
	subtitle?: TextBox;
	figures: FigureBox[];
	chart?: Box;
	list?: { size: number; columns: ListColumn[] };
	footnote?: TextBox;
}

export class SlideLayoutError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'SlideLayoutError';
	}
}

const MARGIN_X = 0.6;
const TOP = 0.4;
const BOTTOM = 0.3;
const CONTENT_W = SLIDE.width - 2 * MARGIN_X;
/** Wrap at 95 % of a box: the estimate is rough, a line that does not fit would add a line. */
const FILL = 0.95;
const GAP = 0.3;
const FIGURE_COLUMN_W = 3.3;
const FIGURE_GAP = 0.25;
const LIST_INDENT = 0.35;
/** The smallest chart that still reads at 16 pt labels. */
export const MIN_CHART = { w: 4, h: 2.2 } as const;

/** Height in inches of `lines` lines of `size` pt text. */
export const linesHeight = (lines: number, size: number): number => (lines * size * LEADING) / PT;

/** `text` wrapped into a box `width` inches wide at `size` pt. */
export function wrapAt(text: string, width: number, size: number): string[] {
	const lines = wrapText(text, width * PT * FILL, (s) => textWidth(s, size));
	return lines.length ? lines : [''];
}

/** The title's size and lines: 36 pt if it fits on two lines, else the largest size down to 32 pt that does, else 32 pt on as many lines as it needs. */
export function fitTitle(title: string, width = CONTENT_W): { size: number; lines: string[] } {
	for (let size = TYPE.title; size >= TYPE.titleMin; size -= 2) {
		const lines = wrapAt(title, width, size);
		if (lines.length <= 2) return { size, lines };
	}
	return { size: TYPE.titleMin, lines: wrapAt(title, width, TYPE.titleMin) };
}

/** A figure's value size: the preferred size, smaller (not below 40 pt) when the value is wide. */
export function figureValueSize(figure: FigureSpec, width: number, preferred: number): number {
	const text = (figure.qualifier ?? '') + figure.value;
	// Measured at 100 pt for precision (the estimate rounds up to whole units).
	const fit = (width * PT * FILL * 100) / Math.max(textWidth(text, 100), 1);
	return Math.max(TYPE.figureMin, Math.min(preferred, Math.floor(fit)));
}

/** The cards of `figures` at `width` inches, their values all set in the size the widest one allows. */
function figureCards(figures: FigureSpec[], width: number, preferred: number) {
	const size = Math.min(...figures.map((f) => figureValueSize(f, width, preferred)));
	return figures.map((f) => figureCard(f, width, size));
}

/** A figure card's height and text lines at `width` inches, its value at `valueSize`. */
function figureCard(figure: FigureSpec, width: number, valueSize: number) {
	const valueLines = wrapAt((figure.qualifier ?? '') + figure.value, width, valueSize).length;
	const labelLines = wrapAt(figure.label, width, TYPE.figureLabel).length;
	const changeLines = figure.change ? wrapAt(figure.change, width, TYPE.figureChange).length : 0;
	const h =
		(valueLines * valueSize * 1.15) / PT +
		linesHeight(labelLines, TYPE.figureLabel) +
		linesHeight(changeLines, TYPE.figureChange) +
		0.08;
	return { valueSize, labelLines, changeLines, h };
}

/** The footnote's text: the sources, after their label. */
export function footnoteText(sources: string[], label: string, separator: string): string {
	return label + sources.join(separator);
}

/**
 * Lays out one slide. `footnote` is the footnote's text (or undefined for none); `where` names the
 * slide in errors (“slides[3]”).
 */
export function layoutSlide(slide: SlideSpec, footnote: string | undefined, where = 'slide'): SlideLayout {
	const fitted = fitTitle(slide.title);
	const hasBody = !!(slide.chart || slide.list?.length || slide.figures?.length);
	const titleH = linesHeight(fitted.lines.length, fitted.size);
	const subtitleLines = slide.subtitle ? wrapAt(slide.subtitle, CONTENT_W, TYPE.subtitle) : [];
	const subtitleH = linesHeight(subtitleLines.length, TYPE.subtitle);

	// A slide with nothing under its title (a cover, a section break): the title in the middle.
	const titleY = hasBody ? TOP : Math.max(TOP, (SLIDE.height - titleH - (subtitleH ? subtitleH + 0.2 : 0)) / 2 - 0.3);
	const title: TextBox = { x: MARGIN_X, y: titleY, w: CONTENT_W, h: titleH, size: fitted.size, lines: fitted.lines };
	let top = title.y + title.h;
	let subtitle: TextBox | undefined;
	if (subtitleLines.length) {
		subtitle = { x: MARGIN_X, y: top + 0.1, w: CONTENT_W, h: subtitleH, size: TYPE.subtitle, lines: subtitleLines };
		top = subtitle.y + subtitle.h;
	}

	let bottom = SLIDE.height - BOTTOM;
	let footBox: TextBox | undefined;
	if (footnote) {
		const lines = wrapAt(footnote, CONTENT_W, TYPE.footnote);
		const h = linesHeight(lines.length, TYPE.footnote);
		footBox = { x: MARGIN_X, y: bottom - h, w: CONTENT_W, h, size: TYPE.footnote, lines };
		bottom = footBox.y - 0.2;
	}

	const layout: SlideLayout = { title, subtitle, figures: [], footnote: footBox };
	if (!hasBody) return layout;

	const body: Box = { x: MARGIN_X, y: top + GAP, w: CONTENT_W, h: bottom - top - GAP };
	const figures = slide.figures ?? [];
	const rest = figures.length ? placeFigures(layout, figures, body, !!(slide.chart || slide.list?.length)) : body;

	if (slide.chart) {
		if (rest.w < MIN_CHART.w || rest.h < MIN_CHART.h)
			throw new SlideLayoutError(
				`${where}: the title${figures.length ? ' and figures leave' : ' leaves'} ${rest.w.toFixed(1)} × ${rest.h.toFixed(1)} in for the chart (at least ${MIN_CHART.w} × ${MIN_CHART.h} in needed); shorten the title or show fewer figures`
			);
		layout.chart = rest;
	} else if (slide.list?.length) {
		layout.list = placeList(slide.list, rest, where);
	}
	return layout;
}

/** Places the figure cards; returns the box left for the chart or list. */
function placeFigures(layout: SlideLayout, figures: FigureSpec[], body: Box, withContent: boolean): Box {
	if (withContent && figures.length <= 3) {
		// A column left of the chart, if it fits.
		const cards = figureCards(figures, FIGURE_COLUMN_W, TYPE.figure);
		const total = cards.reduce((sum, c) => sum + c.h, 0) + FIGURE_GAP * (cards.length - 1);
		if (total <= body.h) {
			let y = body.y;
			for (const card of cards) {
				layout.figures.push({
					x: body.x,
					y,
					w: FIGURE_COLUMN_W,
					h: card.h,
					valueSize: card.valueSize,
					labelLines: card.labelLines,
					changeLines: card.changeLines
				});
				y += card.h + FIGURE_GAP;
			}
			const x = body.x + FIGURE_COLUMN_W + GAP + 0.1;
			return { x, y: body.y, w: body.x + body.w - x, h: body.h };
		}
	}
	// A row: above the chart or list, or in the middle of a slide that has only figures.
	const gap = 0.35;
	const w = (body.w - gap * (figures.length - 1)) / figures.length;
	const preferred = withContent ? TYPE.figure : TYPE.figureAlone;
	const cards = figureCards(figures, w, preferred);
	const h = Math.max(...cards.map((c) => c.h));
	const y = withContent ? body.y : body.y + Math.max(0, (body.h - h) / 2 - 0.2);
	cards.forEach((card, i) => {
		layout.figures.push({
			x: body.x + i * (w + gap),
			y,
			w,
			h,
			valueSize: card.valueSize,
			labelLines: card.labelLines,
			changeLines: card.changeLines
		});
	});
	const below = y + h + GAP;
	return { x: body.x, y: below, w: body.w, h: body.y + body.h - below };
}

/** The list's size and columns: the largest size from 20 pt down to 14 pt, on one column, else two. */
function placeList(items: string[], box: Box, where: string): { size: number; columns: ListColumn[] } {
	const itemHeight = (item: string, width: number, size: number) =>
		linesHeight(wrapAt(item, width - LIST_INDENT, size).length, size) + (size * 0.4) / PT;
	for (const count of [1, 2]) {
		const w = (box.w - 0.5 * (count - 1)) / count;
		for (let size = TYPE.list; size >= TYPE.listMin; size -= 2) {
			const heights = items.map((item) => itemHeight(item, w, size));
			const total = heights.reduce((a, b) => a + b, 0);
			if (count === 1) {
				if (total <= box.h) return { size, columns: [{ ...box, items }] };
				continue;
			}
			// Two columns in reading order, split where the taller column is shortest.
			let split = 1;
			let first = heights[0]!;
			for (let i = 1, sum = heights[0]!; i < items.length; sum += heights[i++]!) {
				if (Math.max(sum, total - sum) < Math.max(first, total - first)) [split, first] = [i, sum];
			}
			if (first <= box.h && total - first <= box.h)
				return {
					size,
					columns: [
						{ x: box.x, y: box.y, w, h: box.h, items: items.slice(0, split) },
						{ x: box.x + w + 0.5, y: box.y, w, h: box.h, items: items.slice(split) }
					]
				};
		}
	}
	throw new SlideLayoutError(
		`${where}: the list of ${items.length} items does not fit on one slide at ${TYPE.listMin} pt; split it over two slides`
	);
}
