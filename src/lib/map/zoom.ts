/**
 * d3-zoom on the map's SVG (browser only): drag, pinch and Ctrl/⌘ + wheel zoom and pan, in map
 * units (the viewBox). The wheel alone scrolls the page, and one finger pans the map only once it
 * is zoomed in, so a map in an article never traps the reader's scrolling. `jump` moves to a
 * transform, animated unless the reader prefers reduced motion.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { ZoomState } from './types';
import { interpolateTransform, SCALE_EXTENT } from './views';

export interface MapZoom {
	/** Moves to a transform (animated unless reduced motion is preferred or `animate` is false). */
	jump(target: ZoomState, animate?: boolean): void;
	destroy(): void;
}

/** True when the reader asked for reduced motion (no animated transitions then). */
export function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function attachZoom(
	svg: SVGSVGElement,
	size: { width: number; height: number },
	initial: ZoomState,
	onzoom: (t: ZoomState) => void
): MapZoom {
	const { width, height } = size;
	let current = initial;
	let frame = 0;
	const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
		.scaleExtent(SCALE_EXTENT)
		.extent([
			[0, 0],
			[width, height]
		])
		.translateExtent([
			[0, 0],
			[width, height]
		])
		.filter((event: Event) => {
			if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
			if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length >= 2 || current.k > 1;
			return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
		})
		.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
			current = { k: event.transform.k, x: event.transform.x, y: event.transform.y };
			svg.style.touchAction = current.k > 1 ? 'none' : 'pan-x pan-y';
			onzoom(current);
		});
	const selection = select(svg);
	selection.call(behavior).on('dblclick.zoom', null);
	const apply = (t: ZoomState) => behavior.transform(selection, zoomIdentity.translate(t.x, t.y).scale(t.k));
	apply(initial);

	return {
		jump(target, animate = true) {
			cancelAnimationFrame(frame);
			if (!animate || prefersReducedMotion() || typeof requestAnimationFrame !== 'function') {
				apply(target);
				return;
			}
			const from = current;
			const start = performance.now();
			const duration = 350;
			// The clock is read here, not taken from requestAnimationFrame's argument, whose time base can differ.
			const step = () => {
				const t = Math.min(1, Math.max(0, (performance.now() - start) / duration));
				const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
				apply(t === 1 ? target : interpolateTransform(from, target, eased, width, height));
				if (t < 1) frame = requestAnimationFrame(step);
			};
			frame = requestAnimationFrame(step);
		},
		destroy() {
			cancelAnimationFrame(frame);
			selection.on('.zoom', null);
		}
	};
}
