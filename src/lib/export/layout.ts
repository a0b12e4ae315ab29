/**
 * Where things go in an exported chart image (pure; the SVG builder draws it): the title block on
 * top, the chart, then the source, date and site lines — so an image pasted into a slide or a
 * report still says what it shows, where the numbers come from and when.
 *
 * - `natural`: the chart at its on-screen size (scale 1) with a 16 px margin; PNG at 2× of this.
 * - `slide`: 1920×1080 (16:9), type sized for a projector, the chart scaled to fill what is left.
 */

export type ExportMode = 'natural' | 'slide';

export interface ExportTexts {
	title: string;
	subtitle?: string;
	unit?: string;
	source: string;
	date: string;
	site: string;
}

export interface TextLine {
	text: string;
	x: number;
	/** Baseline. */
	y: number;
	size: number;
	weight: 400 | 700;
	muted: boolean;
}

export interface ExportLayout {
	width: number;
	height: number;
	lines: TextLine[];
	/** Where the chart's top-left goes and how much it is scaled. */
	chart: { x: number; y: number; scale: number };
}

export const SLIDE = { width: 1920, height: 1080 } as const;

interface Style {
	pad: number;
	padY: number;
	title: number;
	subtitle: number;
	footer: number;
	gap: number;
}

const STYLES: Record<ExportMode, Style> = {
	natural: { pad: 16, padY: 16, title: 20, subtitle: 14, footer: 12, gap: 10 },
	slide: { pad: 80, padY: 56, title: 52, subtitle: 30, footer: 24, gap: 28 }
};

const LINE_HEIGHT = 1.35;

/**
 * Lays out an export. `measure(text, size, weight)` gives a text's width in px; `wrap(text, width,
 * measureOne)` splits it into lines (wrapText).
 */
export function layoutExport(
	mode: ExportMode,
	chart: { width: number; height: number },
	texts: ExportTexts,
	measure: (text: string, size: number, weight: 400 | 700) => number,
	wrap: (text: string, width: number, measure: (s: string) => number) => string[]
): ExportLayout {
	const s = STYLES[mode];
	const width = mode === 'slide' ? SLIDE.width : Math.ceil(Math.max(1, chart.width) + 2 * s.pad);
	const inner = width - 2 * s.pad;
	const lines: TextLine[] = [];

	const block = (text: string | undefined, size: number, weight: 400 | 700, muted: boolean, top: number) => {
		if (!text) return { height: 0, lines: [] as TextLine[] };
		const out = wrap(text, inner, (t) => measure(t, size, weight)).map((t, i) => ({
			text: t,
			x: s.pad,
			y: top + i * size * LINE_HEIGHT + size * (LINE_HEIGHT - 1) * 0.5 + size * 0.88,
			size,
			weight,
			muted
		}));
		return { height: out.length * size * LINE_HEIGHT, lines: out };
	};

	// Header
	let y = s.padY;
	for (const [text, size, weight, muted] of [
		[texts.title, s.title, 700, false],
		[texts.subtitle, s.subtitle, 400, true],
		[texts.unit, s.subtitle * 0.9, 400, true]
	] as const) {
		const b = block(text, size, weight, muted, y);
		lines.push(...b.lines);
		y += b.height;
	}
	const chartTop = y + s.gap;

	// Footer, measured first so the slide knows the room left for the chart.
	const footerTexts = [texts.source, texts.date, texts.site].filter(Boolean);
	const measureFooter = (top: number) => {
		const out: TextLine[] = [];
		let h = 0;
		for (const text of footerTexts) {
			const b = block(text, s.footer, 400, true, top + h);
			out.push(...b.lines);
			h += b.height;
		}
		return { lines: out, height: h };
	};
	const footerHeight = measureFooter(0).height;

	let scale = 1;
	let chartX = s.pad;
	let height: number;
	if (mode === 'slide') {
		height = SLIDE.height;
		const room = Math.max(1, height - s.padY - footerHeight - s.gap - chartTop);
		scale = Math.min(inner / Math.max(1, chart.width), room / Math.max(1, chart.height));
		chartX = s.pad + (inner - chart.width * scale) / 2;
	} else {
		height = Math.ceil(chartTop + chart.height + s.gap + footerHeight + s.padY);
	}
	const footerTop = mode === 'slide' ? height - s.padY - footerHeight : chartTop + chart.height * scale + s.gap;
	lines.push(...measureFooter(footerTop).lines);

	return { width, height, lines, chart: { x: chartX, y: chartTop, scale } };
}
