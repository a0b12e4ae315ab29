/**
 * Loads the map's zoom behaviour (d3-zoom, its own chunk) when the reader first reaches for the map,
 * not with the page: a page whose reader only scrolls past the map never downloads it.
 *
 * The triggers are the pointer entering the map (a mouse hovers before it drags, so the code is
 * usually there before the first drag), a press, a touch and a wheel. A press, touch or Ctrl/⌘+wheel
 * that arrives before the code is attached is replayed to it once it is, so that gesture is not lost:
 * a press only while the button or finger is still down (a replayed press after the release would start
 * a drag that never ends). Ctrl/⌘+wheel is stopped at once, or the browser would zoom the whole page.
 * Buttons and keys never need this: they move the map without d3-zoom.
 */

/** What attaching returns: something to detach on destroy. */
export interface Attached {
	destroy(): void;
}

const TRIGGERS = ['pointerover', 'pointerdown', 'mousedown', 'touchstart', 'wheel'] as const;
const RELEASES = ['mouseup', 'touchend', 'touchcancel'] as const;

/** A copy of a gesture event that can be dispatched again (same type, position, buttons, touches). */
export function replayable(event: Event): Event | null {
	if (typeof WheelEvent !== 'undefined' && event instanceof WheelEvent) return new WheelEvent(event.type, event);
	if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent)
		return new TouchEvent(event.type, {
			bubbles: true,
			cancelable: true,
			touches: Array.from(event.touches),
			targetTouches: Array.from(event.targetTouches),
			changedTouches: Array.from(event.changedTouches),
			ctrlKey: event.ctrlKey,
			metaKey: event.metaKey,
			shiftKey: event.shiftKey,
			altKey: event.altKey
		});
	if (event instanceof MouseEvent) return new MouseEvent(event.type, event);
	return null;
}

const isZoomWheel = (event: Event) =>
	event.type === 'wheel' && ((event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey);

/**
 * Waits for the first gesture on `target`, then loads the module and attaches it. Returns the
 * cleanup (removes the listeners; destroys what was attached).
 */
export function zoomOnFirstGesture<M, T extends Element>(
	target: T,
	load: () => Promise<M>,
	attach: (module: M, target: T) => Attached
): () => void {
	let destroyed = false;
	let loading = false;
	let attached: Attached | null = null;
	/** The press (mousedown or touchstart) still held, and a zoom wheel, to hand over once attached. */
	let press: Event | null = null;
	let wheel: Event | null = null;
	const view = target.ownerDocument.defaultView;

	const release = () => (press = null);
	function listen(on: boolean) {
		for (const type of TRIGGERS)
			if (on) target.addEventListener(type, trigger, { passive: false });
			else target.removeEventListener(type, trigger);
		for (const type of RELEASES)
			if (on) view?.addEventListener(type, release);
			else view?.removeEventListener(type, release);
	}

	function trigger(event: Event) {
		if (event.type === 'mousedown' || event.type === 'touchstart') press = event;
		if (isZoomWheel(event)) {
			event.preventDefault();
			wheel = event;
		}
		if (loading) return;
		loading = true;
		load().then(
			(module) => {
				listen(false);
				if (destroyed) return;
				attached = attach(module, target);
				for (const event of [press, wheel]) {
					const copy = event && replayable(event);
					if (copy) event!.target?.dispatchEvent(copy);
				}
				press = wheel = null;
			},
			() => {
				// A failed load (offline, say) leaves the buttons and keys; the next gesture tries again.
				loading = false;
			}
		);
	}

	listen(true);
	return () => {
		destroyed = true;
		listen(false);
		attached?.destroy();
	};
}
