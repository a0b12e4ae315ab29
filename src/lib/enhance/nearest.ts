/** Pure and dependency-free: used by the hydrated charts and by the unhydrated pages' script. */

/**
 * The point nearest to the pointer (mx, my) in pixels, within `maxDistance`; undefined when none is
 * that close. Hovering picks a point this way, so a marker under another series' marker is still
 * reachable with the mouse (the keyboard reaches every marker in turn).
 */
export function nearestInPixels<T extends { px: number; py: number }>(
	points: T[],
	mx: number,
	my: number,
	maxDistance = 24
): T | undefined {
	let best: T | undefined;
	let bestDistance = maxDistance;
	for (const p of points) {
		const d = Math.hypot(p.px - mx, p.py - my);
		if (d <= bestDistance) {
			best = p;
			bestDistance = d;
		}
	}
	return best;
}

/**
 * The pointer (clientX, clientY) in a layer's own units: `box` is the layer's box on screen, `width` ×
 * `height` its size in units. A drawing scaled by its viewBox maps back; an empty box maps 1:1.
 */
export function pointerInUnits(
	clientX: number,
	clientY: number,
	box: { left: number; top: number; width: number; height: number },
	width: number,
	height: number
): [number, number] {
	const sx = box.width > 0 ? width / box.width : 1;
	const sy = box.height > 0 ? height / box.height : 1;
	return [(clientX - box.left) * sx, (clientY - box.top) * sy];
}
