/** Estimating and breaking label text for SVG, where the browser does not wrap. Pure. */

/**
 * Estimated rendered width of a text: CJK characters one em, Latin letters and digits about 0.58 em.
 * Good enough to decide where to break a label; the browser draws the real glyphs.
 */
export function textWidth(text: string, size: number): number {
	let em = 0;
	for (const ch of text) em += /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.58;
	return em * size;
}

/**
 * A label in at most two lines that fit `max` px: unchanged when it fits, else broken at the space (or,
 * for Chinese, the character) nearest the middle that makes both lines fit, else at the middle.
 */
export function wrapLabel(text: string, max: number, size: number): string[] {
	if (textWidth(text, size) <= max) return [text];
	const chars = [...text];
	const breaks: number[] = [];
	chars.forEach((ch, i) => {
		if (ch === ' ' || ch === '（' || ch === '(') breaks.push(i);
	});
	const candidates = breaks.length > 0 ? breaks : chars.map((_, i) => i).slice(1);
	const middle = chars.length / 2;
	const sorted = [...candidates].sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle));
	const split = (i: number) => [
		chars.slice(0, i).join('').trimEnd(),
		chars
			.slice(chars[i] === ' ' ? i + 1 : i)
			.join('')
			.trimStart()
	];
	for (const i of sorted) {
		const lines = split(i);
		if (lines.every((l) => textWidth(l, size) <= max)) return lines;
	}
	return split(sorted[0] ?? Math.floor(middle));
}
