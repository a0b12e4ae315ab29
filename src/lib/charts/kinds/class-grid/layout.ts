import { wrapLabel } from '../../textLayout';

/**
 * Where the class grid's labels and cells go at a given width: pure, so it is tested without a DOM.
 * Wide: row names in a column on the left, one cell per year to the right. Narrow (a phone): each
 * row's name on its own line above its cells, so long names never squeeze the cells.
 */

export interface CellBox {
	year: number;
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface RowBox {
	id: string;
	/** Name lines (at most two) and where the first one's baseline goes. */
	lines: string[];
	labelX: number;
	labelY: number;
	cells: CellBox[];
}

export interface GridLayout {
	width: number;
	height: number;
	stacked: boolean;
	/** Year labels along the top: centre x of each column. */
	header: { year: number; cx: number }[];
	headerY: number;
	rows: RowBox[];
	/** Font size for the names, in px. */
	labelSize: number;
}

/** Below this width, names go above their cells. */
export const STACK_BELOW = 520;
const LABEL_SIZE = 13;
const LINE = 16;
const HEADER = 22;
/** `tall` (an embed of at most TALL_ROWS rows, where the grid is the content): cells this tall. */
export const TALL_CELL = 40;
export const TALL_ROWS = 4;
/** The widest a cell gets in the wide layout (px). */
export const MAX_CELL = 150;

/**
 * Lays out `rows` × `years` at `width` px. Rows are given with their display names; cells exist for
 * every year (the component decides how an empty one looks). `tall`: cells TALL_CELL high.
 */
export function classGridLayout(
	rows: { id: string; name: string }[],
	years: number[],
	width: number,
	options: { tall?: boolean } = {}
): GridLayout {
	const w = Math.max(1, width);
	const stacked = w < STACK_BELOW;
	const columns = Math.max(1, years.length);
	const labelWidth = stacked ? 0 : Math.min(220, Math.max(96, w * 0.3));
	const gap = 3;
	// Wide cells carry no more information: cap them so that a two-year grid does not stretch.
	const cellW = Math.min((w - labelWidth) / columns, stacked ? Infinity : MAX_CELL);
	const cellH = options.tall ? TALL_CELL : stacked ? 30 : 34;
	const header = years.map((year, i) => ({ year, cx: labelWidth + cellW * i + cellW / 2 }));
	let y = HEADER;
	const out: RowBox[] = rows.map((row) => {
		const lines = wrapLabel(row.name, stacked ? w : labelWidth - 8, LABEL_SIZE);
		let labelY: number;
		let top: number;
		if (stacked) {
			labelY = y + LABEL_SIZE + 2;
			top = y + lines.length * LINE + 4;
		} else {
			const rowH = Math.max(cellH, lines.length * LINE + 6);
			top = y + (rowH - cellH) / 2;
			labelY = y + rowH / 2 - ((lines.length - 1) * LINE) / 2 + LABEL_SIZE * 0.35;
		}
		const cells = years.map((year, i) => ({
			year,
			x: labelWidth + cellW * i + gap / 2,
			y: top,
			w: Math.max(1, cellW - gap),
			h: cellH
		}));
		const bottom = stacked ? top + cellH : Math.max(top + cellH, y + lines.length * LINE + 6);
		const box = { id: row.id, lines, labelX: 0, labelY, cells };
		y = bottom + (stacked ? 10 : 4);
		return box;
	});
	return {
		width: w,
		height: Math.max(y, HEADER + cellH),
		stacked,
		header,
		headerY: 14,
		rows: out,
		labelSize: LABEL_SIZE
	};
}
