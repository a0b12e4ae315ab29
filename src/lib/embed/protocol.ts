/**
 * The messages an embed sends its host page so the host can size the iframe to the content
 * (documented in docs/embedding.md; static/embed/loader.js is the host side):
 *
 * - ours: `{ type: 'xiamen-dashboard:height', id: '<chart id>', height: <CSS px, integer>, version: 1 }`
 * - Pym.js (when the iframe URL has `childId`, as Pym parents add): the string
 *   `pymxPYMx<childId>xPYMxheightxPYMx<height>`.
 *
 * Heights are whole CSS pixels in 1…MAX_EMBED_HEIGHT. Receivers must check the sender (origin and
 * window), not only the shape.
 *
 * The host may ask for the height again with `{ type: 'xiamen-dashboard:measure', version: 1 }` (the
 * loader does when the host page resizes, and when it starts): browsers pause rendering — and so
 * ResizeObserver — in cross-origin frames that are off screen, but still deliver messages. Pym.js
 * parents' `width` messages get the same answer.
 */

export const HEIGHT_MESSAGE_TYPE = 'xiamen-dashboard:height';
export const MEASURE_MESSAGE_TYPE = 'xiamen-dashboard:measure';
export const PROTOCOL_VERSION = 1;
/** The tallest height a host accepts (CSS px); anything above is treated as garbage. */
export const MAX_EMBED_HEIGHT = 20000;

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE_TYPE;
	id: string;
	height: number;
	version: typeof PROTOCOL_VERSION;
}

/** A whole-pixel height within the accepted range (rounded up, clamped). */
export function clampHeight(height: number): number {
	if (!Number.isFinite(height)) return 1;
	return Math.min(MAX_EMBED_HEIGHT, Math.max(1, Math.ceil(height)));
}

/** Our height message. */
export function heightMessage(id: string, height: number): HeightMessage {
	return { type: HEIGHT_MESSAGE_TYPE, id, height: clampHeight(height), version: PROTOCOL_VERSION };
}

const PYM = 'xPYMx';

/** Pym.js's height message for a child id. */
export function pymHeightMessage(childId: string, height: number): string {
	return ['pym', childId, 'height', String(clampHeight(height))].join(PYM);
}

/** Parses a Pym.js message (`pymxPYMx<id>xPYMx<type>xPYMx<message>`), or null if it is not one. */
export function parsePymMessage(data: unknown): { childId: string; type: string; message: string } | null {
	if (typeof data !== 'string' || data.length > 1000) return null;
	const parts = data.split(PYM);
	if (parts.length !== 4 || parts[0] !== 'pym') return null;
	return { childId: parts[1]!, type: parts[2]!, message: parts[3]! };
}

/** Whether `data` has exactly the shape of our height message (the checks loader.js makes). */
export function isHeightMessage(data: unknown): data is HeightMessage {
	if (typeof data !== 'object' || data === null) return false;
	const d = data as Record<string, unknown>;
	return (
		d.type === HEIGHT_MESSAGE_TYPE &&
		d.version === PROTOCOL_VERSION &&
		typeof d.height === 'number' &&
		Number.isInteger(d.height) &&
		d.height >= 1 &&
		d.height <= MAX_EMBED_HEIGHT
	);
}

/** Whether `data` is the host's request for the height. */
export function isMeasureMessage(data: unknown): boolean {
	return (
		typeof data === 'object' &&
		data !== null &&
		(data as Record<string, unknown>).type === MEASURE_MESSAGE_TYPE &&
		(data as Record<string, unknown>).version === PROTOCOL_VERSION
	);
}
