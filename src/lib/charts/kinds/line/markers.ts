import type { MarkerShape } from './model';

/**
 * An SVG path for a marker centred on (0, 0) with "radius" r: the shapes give each series its own
 * look in addition to its colour (and print in black and white).
 */
export function markerPath(shape: MarkerShape, r: number): string {
	const f = (n: number) => Number(n.toFixed(2));
	switch (shape) {
		case 'square': {
			const s = f(r * 0.9);
			return `M${-s},${-s}H${s}V${s}H${-s}Z`;
		}
		case 'triangle': {
			const h = f(r * 1.15);
			const w = f(r * 1.2);
			return `M0,${-h}L${w},${f(h * 0.75)}L${-w},${f(h * 0.75)}Z`;
		}
		case 'diamond': {
			const d = f(r * 1.25);
			return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
		}
		default:
			return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`;
	}
}
