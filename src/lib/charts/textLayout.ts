/** Breaking label text for SVG, where the browser does not wrap. Pure. */
import { textWidth } from '../text/width';

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

/** Bold cell text runs wider than the estimate for regular text. */
const BOLD = 1.1;
const SOFT_HYPHEN = '\u00ad';

/**
 * A grid cell's label: one line when it fits at 12 px, else two lines broken at the space or soft
 * hyphen (U+00AD, shown as "-" when used) nearest the middle, at the largest size from 12 down to 9 px
 * at which the longest line fits `max` px (9 px if none does). Soft hyphens never show otherwise.
 */
export function cellLabel(text: string, max: number): { lines: string[]; size: number } {
	const plain = text.replaceAll(SOFT_HYPHEN, '');
	const candidates: string[][] = [[plain]];
	const breaks = [...text].flatMap((ch, i) => (ch === ' ' || ch === SOFT_HYPHEN ? [i] : []));
	if (breaks.length > 0) {
		const chars = [...text];
		const at = breaks.reduce((a, b) => (Math.abs(b - chars.length / 2) < Math.abs(a - chars.length / 2) ? b : a));
		const first = chars.slice(0, at).join('').replaceAll(SOFT_HYPHEN, '');
		const second = chars
			.slice(at + 1)
			.join('')
			.replaceAll(SOFT_HYPHEN, '');
		candidates.push([chars[at] === SOFT_HYPHEN ? `${first}-` : first, second]);
	}
	for (let size = 12; size >= 9; size--) {
		for (const lines of candidates) {
			if (lines.every((l) => textWidth(l, size) * BOLD <= max)) return { lines, size };
		}
	}
	return { lines: candidates[candidates.length - 1]!, size: 9 };
}
