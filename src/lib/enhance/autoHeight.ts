/**
 * Keeps the host page told of the embed's height: measures the document body whenever it changes
 * size (ResizeObserver: width changes that rewrap text, the data table opening, fonts loading) and
 * posts our message and, when a Pym child id is given, Pym's. Only the height is sent, to any origin
 * (`'*'`): it is not a secret, and the embed cannot know its host.
 */
import { heightMessage, isMeasureMessage, parsePymMessage, pymHeightMessage } from '../embed/protocol';

/** The embed's content height in CSS px: the body's box (the embed's body has no margin). */
export function contentHeight(doc: Document = document): number {
	return Math.ceil(doc.body.getBoundingClientRect().height);
}

/**
 * Starts reporting. Returns a function that stops. Does nothing outside an iframe.
 * `send` is for tests; it defaults to posting to the parent window.
 */
export function startAutoHeight(id: string, childId: string | null, send?: (message: unknown) => void): () => void {
	if (typeof window === 'undefined') return () => {};
	if (!send) {
		if (window.parent === window) return () => {};
		send = (message) => window.parent.postMessage(message, '*');
	}
	const post = send;
	let last = -1;
	const report = (force = false) => {
		const height = contentHeight();
		if (height === last && !force) return;
		last = height;
		post(heightMessage(id, height));
		if (childId) post(pymHeightMessage(childId, height));
	};
	const observer = new ResizeObserver(() => report());
	observer.observe(document.body);
	observer.observe(document.documentElement);
	// The host asks again when it resizes (our loader's `measure`, a Pym parent's `width`): off-screen
	// cross-origin frames get no ResizeObserver callbacks, but they do get messages. The frame's new
	// width may reach it a moment after the message, so measure again shortly after.
	const timers = new Set<ReturnType<typeof setTimeout>>();
	const onMessage = (event: MessageEvent) => {
		if (event.source !== window.parent) return;
		const pym = childId ? parsePymMessage(event.data) : null;
		const asked = isMeasureMessage(event.data) || (pym?.childId === childId && pym.type === 'width');
		if (!asked) return;
		report(true);
		for (const delay of [150, 600]) {
			const timer = setTimeout(() => {
				timers.delete(timer);
				report();
			}, delay);
			timers.add(timer);
		}
	};
	window.addEventListener('message', onMessage);
	report(true);
	return () => {
		observer.disconnect();
		window.removeEventListener('message', onMessage);
		for (const timer of timers) clearTimeout(timer);
	};
}
