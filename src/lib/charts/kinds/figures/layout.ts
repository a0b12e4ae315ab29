/**
 * The tiles of the `figures` kind, one under another (the drawing is a phone's width, see ssrWidth.ts):
 * each tile its value line, its label's lines and, if it has any, a line of the document's qualifiers.
 * Pure: the pixel boxes from the line counts.
 */
export const TILE = {
	pad: 10,
	gap: 8,
	/** The value's line (its number is drawn at 26 px). */
	value: 32,
	/** A label line (15 px text). */
	label: 20,
	/** The qualifiers' line (13 px text). */
	badge: 18
} as const;

export interface TileBox {
	y: number;
	height: number;
	/** Baselines of the value, the first label line and the qualifiers' line. */
	valueY: number;
	labelY: number;
	badgeY: number;
}

/** The tiles' boxes and the drawing's height, from each tile's label line count and whether it has qualifiers. */
export function tileLayout(tiles: readonly { labelLines: number; badges: boolean }[]): {
	boxes: TileBox[];
	height: number;
} {
	let y = 0;
	const boxes = tiles.map(({ labelLines, badges }) => {
		if (!Number.isInteger(labelLines) || labelLines < 1)
			throw new Error(`tileLayout: a tile needs at least one label line, got ${labelLines}`);
		const valueY = y + TILE.pad + TILE.value - 6;
		const labelY = y + TILE.pad + TILE.value + TILE.label - 5;
		const badgeY = y + TILE.pad + TILE.value + labelLines * TILE.label + TILE.badge - 4;
		const height = 2 * TILE.pad + TILE.value + labelLines * TILE.label + (badges ? TILE.badge : 0);
		const box = { y, height, valueY, labelY, badgeY };
		y += height + TILE.gap;
		return box;
	});
	return { boxes, height: Math.max(1, y - (tiles.length ? TILE.gap : 0)) };
}
