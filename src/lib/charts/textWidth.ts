/**
 * A rough width in px of a short label at the charts' 12 px type: wide (CJK) characters count 12 px,
 * others 7 px. Used to decide whether labels fit, never to place text exactly.
 */
export function textWidth(text: string, size = 12): number {
	let w = 0;
	for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? size : size * 0.58;
	return Math.ceil(w);
}
