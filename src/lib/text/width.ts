/**
 * The one estimate of how wide a text is drawn, for placing labels in SVG (where the browser does not
 * wrap) and keeping them clear of each other: wide characters (CJK ideographs and punctuation,
 * full-width forms) one em, a space 0.3 em, any other character 0.58 em. Good enough to decide
 * whether a label fits or where to break it; the browser draws the real glyphs.
 */
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/** The estimated width of `text` set at `size` (px, or any unit: 1 gives ems). */
export function textWidth(text: string, size: number): number {
	let em = 0;
	for (const ch of text) em += WIDE.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.58;
	return em * size;
}
