/** Scales and paths shared by the kinds that plot values: the y extent, year ticks, a gap-breaking line. */

/** A horizontal reference line, e.g. a GB 3095 limit. */
export interface ReferenceLine {
	y: number;
	label: string;
}

/** A labelled point (x, y), a labelled year (x only: a vertical rule) or a labelled range (x to x2). */
export interface Annotation {
	x: number;
	x2?: number;
	y?: number;
	label: string;
}

/**
 * The y-domain for a set of values: from the smallest to the largest, padded by `pad` of the span on
 * each side, optionally including zero and the values of any reference lines. Returns [0, 1] for no data
 * and widens a zero span so that a single value still gets an axis.
 */
export function yExtent(
	points: { y: number | null }[],
	options: { includeZero?: boolean; pad?: number; references?: number[] } = {}
): [number, number] {
	const values = points.map((p) => p.y).filter((y): y is number => y !== null);
	values.push(...(options.references ?? []));
	if (options.includeZero) values.push(0);
	if (values.length === 0) return [0, 1];
	let min = Math.min(...values);
	let max = Math.max(...values);
	if (min === max) {
		const half = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
		min -= half;
		max += half;
	}
	const pad = (max - min) * (options.pad ?? 0.08);
	const lo = options.includeZero && min >= 0 ? 0 : min - pad;
	return [lo, max + pad];
}

/** Whole-number ticks from a to b, thinned so that at most `maxTicks` are shown (always including the ends). */
export function integerTicks(a: number, b: number, maxTicks: number): number[] {
	const lo = Math.ceil(a);
	const hi = Math.floor(b);
	if (hi < lo) return [];
	const count = hi - lo + 1;
	const step = Math.max(1, Math.ceil(count / Math.max(1, maxTicks)));
	const ticks: number[] = [];
	for (let t = lo; t <= hi; t += step) ticks.push(t);
	if (ticks[ticks.length - 1] !== hi && step > 1) {
		if (hi - ticks[ticks.length - 1]! < step / 2) ticks.pop();
		ticks.push(hi);
	}
	return ticks;
}

/**
 * An SVG path through the points in order, broken at every missing value (a gap is never bridged):
 * "M x,y L x,y …", one "M" per run of known values, the same shape d3-shape's line() draws with its
 * default linear curve (kept here so that pages do not load d3-shape for one straight-line path).
 * `breaks(previous, point)` may end a run between two known values too (e.g. years that are not
 * consecutive: a series with values for 2014 and 2023 only is two dots, not a line across 2015–2022).
 */
export function linePath<T>(
	points: readonly T[],
	x: (p: T) => number,
	y: (p: T) => number | null,
	breaks: (previous: T, point: T) => boolean = () => false
): string {
	let d = '';
	let previous: T | null = null;
	for (const p of points) {
		const py = y(p);
		if (py === null) {
			previous = null;
			continue;
		}
		const open = previous !== null && !breaks(previous, p);
		d += `${open ? 'L' : 'M'}${round(x(p))},${round(py)}`;
		previous = p;
	}
	return d;
}

const round = (v: number) => Math.round(v * 1000) / 1000;
