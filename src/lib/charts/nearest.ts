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
