import type { ValueKind } from '../../model';
import type { LinePoint, LineSeries } from './model';

/**
 * The lines of a series, in pixels: a piece between each two neighbouring x values (one year, one
 * month apart) that both have a value; nothing across a gap or between series. Pieces of one dash
 * run into one path: solid for published values, dashed for computed (and third parties'), dotted
 * where a piece touches a derived value. Pure, so the drawing can be tested without a DOM.
 */

/** The dash of a piece of line, by the kinds of the values at its two ends (undefined: solid). */
export function dashOf(a: ValueKind, b: ValueKind): string | undefined {
	if (a === 'derived' || b === 'derived') return '2 4';
	if (a !== 'published' || b !== 'published') return '6 4';
	return undefined;
}

/** A coordinate to 0.01 px: what a screen can show, without the 14 decimals a scale returns. */
export const round = (v: number) => Math.round(v * 100) / 100;

/** The paths of a series: `d` (SVG path data, "M x,y L x,y …") and the dash of each run. */
export function seriesPaths(
	series: Pick<LineSeries, 'points' | 'kind' | 'join'>,
	x: (v: number) => number,
	y: (v: number) => number
): { d: string; dash: string | undefined }[] {
	if (series.join === 'none') return [];
	const out: { d: string; dash: string | undefined }[] = [];
	const kind = (p: LinePoint) => p.kind ?? series.kind;
	let run: { d: string; dash: string | undefined; last: LinePoint } | null = null;
	const points = series.points;
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1]!;
		const b = points[i]!;
		if (a.y === null || b.y === null || b.x - a.x !== 1) {
			run = null;
			continue;
		}
		const dash = dashOf(kind(a), kind(b));
		const to = `L${round(x(b.x))},${round(y(b.y))}`;
		if (run && run.dash === dash && run.last === a) {
			run.d += to;
			run.last = b;
			out[out.length - 1]!.d = run.d;
		} else {
			run = { d: `M${round(x(a.x))},${round(y(a.y))}${to}`, dash, last: b };
			out.push({ d: run.d, dash });
		}
	}
	return out;
}

/**
 * The ticks of a calendar-month axis (x = year × 12 + month − 1): every January from `lo` to `hi`, each
 * labelled with its year (a month's full name, "2022年1月", is too wide for a tick every few months).
 */
export function januaryTicks(lo: number, hi: number): number[] {
	const out: number[] = [];
	for (let x = Math.ceil(lo / 12) * 12; x <= hi; x += 12) out.push(x);
	return out;
}
