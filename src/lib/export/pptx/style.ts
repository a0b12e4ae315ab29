/**
 * The look of the exported slides: sizes for projection (a title at 32 pt and more reads from the
 * back of a meeting room; 1 pt is 2 px on a 1920×1080 canvas) and the fonts declared for Chinese
 * Windows (PowerPoint and WPS).
 */

/** A 16:9 slide in inches (PowerPoint's “Widescreen”, 33.867 × 19.05 cm). */
export const SLIDE = { width: 13.333, height: 7.5 } as const;

/** Type sizes in points. The `…Min` sizes are floors a long text may shrink to, never below. */
export const TYPE = {
	title: 36,
	titleMin: 32,
	subtitle: 20,
	/** A big figure's value with a chart beside it, and alone on its slide. */
	figure: 48,
	figureAlone: 60,
	figureMin: 40,
	figureLabel: 20,
	figureChange: 18,
	/** Axis labels, legend, data labels and the value axis title of native charts. */
	chart: 16,
	list: 20,
	listMin: 14,
	footnote: 14
} as const;

/**
 * Fonts. Every run declares a Latin font (digits, Latin letters) and an East Asian one (`ea`, the
 * Chinese characters and full-width punctuation), so PowerPoint and WPS on Chinese Windows use
 * Microsoft YaHei for Chinese and Arial for numbers. Where a font is missing the East Asian slot's
 * character set (GB2312) makes Office and WPS substitute a Simplified Chinese font, and LibreOffice
 * falls back per glyph (Noto Sans CJK on Linux).
 */
export const FONT = { latin: 'Arial', eastAsian: 'Microsoft YaHei' } as const;

/** Line pitch as a multiple of the type size (set as exact spacing, so the layout's heights hold in any font). */
export const LEADING = 1.25;

/** Points per inch. */
export const PT = 72;
