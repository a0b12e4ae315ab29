/**
 * The tiles of the `figures` kind, one under another (the drawing is a phone's width, see ssrWidth.ts):
 * each tile its value line, its label's lines and, if it has any, a line of the document's qualifiers.
 * Pure: the pixel boxes from the line counts, and the label's lines from its words.
 *
 * Two sizes: TILE, the tiles of a part with several figures (the work page, an embed of three or more),
 * and HERO_TILE, the tiles of an embed of one or two figures, where the figure is the embed's content
 * and its number is drawn large, as a headline figure (issue 15: "embeds are the chart, not the page").
 */
import { wrapText } from '../../../export/text';
import { textWidth } from '../../../text/width';

export interface TileSizes {
	pad: number;
	gap: number;
	/** The value's line (its number is drawn at `number` px, its words before and after at `small` px). */
	value: number;
	number: number;
	small: number;
	/** A label line (`labelSize` px text). */
	label: number;
	labelSize: number;
	/** The qualifiers' line (`badgeSize` px text). */
	badge: number;
	badgeSize: number;
}

export const TILE: TileSizes = {
	pad: 10,
	gap: 8,
	value: 32,
	number: 26,
	small: 16,
	label: 20,
	labelSize: 15,
	badge: 18,
	badgeSize: 13
};

/** An embed of at most HERO_MAX figures draws them as headline figures (HERO_TILE). */
export const HERO_MAX = 2;

export const HERO_TILE: TileSizes = {
	pad: 20,
	gap: 12,
	// The value's line a little taller than its 58 px number: room above it, so the figure is most of the embed.
	value: 78,
	number: 58,
	small: 24,
	label: 24,
	labelSize: 18,
	badge: 22,
	badgeSize: 15
};

/** The text's left edge in a tile (after the tile's coloured bar). */
export const textX = (sizes: TileSizes) => sizes.pad + 4;

/**
 * A label's lines in a tile `width` wide: wrapped at the words (between the characters of Chinese) to the
 * room inside the tile, as many lines as it needs. The room is kept 8 % short of the tile's inside, as the
 * width estimate (text/width.ts) runs a little under the glyphs drawn.
 */
export function tileLabelLines(label: string, width: number, sizes: TileSizes): string[] {
	const room = (width - 2 * sizes.pad - 8) * 0.92;
	const lines = wrapText(label, room, (s) => textWidth(s, sizes.labelSize));
	return lines.length > 0 ? lines : [''];
}

/**
 * The share of its sizes a value line is drawn at so the widest value fits its tile (1 when it fits):
 * a long value ("18.71 million m³") in a headline tile steps down rather than running off the tile.
 * The bold digits run about 10 % wider than the estimate.
 */
export function valueFit(
	values: readonly { number: string; small: string }[],
	width: number,
	sizes: TileSizes
): number {
	const room = (width - 2 * sizes.pad - 8) * 0.92;
	const widest = Math.max(
		0,
		...values.map((v) => 1.1 * (textWidth(v.number, sizes.number) + textWidth(v.small, sizes.small)))
	);
	return widest <= room ? 1 : room / widest;
}

export interface TileBox {
	y: number;
	height: number;
	/** Baselines of the value, the first label line and the qualifiers' line. */
	valueY: number;
	labelY: number;
	badgeY: number;
}

/** The tiles' boxes and the drawing's height, from each tile's label line count and whether it has qualifiers. */
export function tileLayout(
	tiles: readonly { labelLines: number; badges: boolean }[],
	sizes: TileSizes = TILE
): {
	boxes: TileBox[];
	height: number;
} {
	const { pad, value, label, badge, gap } = sizes;
	let y = 0;
	const boxes = tiles.map(({ labelLines, badges }) => {
		if (!Number.isInteger(labelLines) || labelLines < 1)
			throw new Error(`tileLayout: a tile needs at least one label line, got ${labelLines}`);
		const valueY = y + pad + value - Math.round(value * 0.19);
		const labelY = y + pad + value + label - Math.round(label / 4);
		const badgeY = y + pad + value + labelLines * label + badge - Math.round(badge / 4.5);
		const height = 2 * pad + value + labelLines * label + (badges ? badge : 0);
		const box = { y, height, valueY, labelY, badgeY };
		y += height + gap;
		return box;
	});
	return { boxes, height: Math.max(1, y - (tiles.length ? gap : 0)) };
}
