import type { Dataset, Metric, Unit } from '../data/types';
import { metricById } from '../data/query';
import type { ChartPoint } from './series';

/**
 * The multi-trend model: several series on one year axis, each its own metric (its own definition),
 * never joined to another. A series shows its published values and, where a year has none, the
 * value derived from a published change (labelled derived). Pure and serialisable.
 */

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';
export const MARKERS: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];

export interface MultiTrendPoint extends ChartPoint {
	y: number;
	status: 'published' | 'derived';
	/** Every source the value rests on (a derived value rests on the figures it came from). */
	sourceIds: string[];
}

export interface MultiTrendSeries {
	/** Unique within the chart: the metric id, with the scope when it is not the city. */
	id: string;
	metric: Metric;
	scope: string;
	marker: MarkerShape;
	/** Message key of the series' name inside a sentence, e.g. "share of sea area with good water" (its text once localized). */
	summaryLabel: string;
	/** Message key of a note on the series' definition, if any (its text once localized). */
	note: string | null;
	points: MultiTrendPoint[];
	/** Years between the series' first and last point with no value (the line breaks there). */
	gapYears: number[];
	/** Derived values for years that also have a published value (shown in the table, beside it). */
	derivedBesidePublished: MultiTrendPoint[];
}

export interface MultiTrend {
	unit: Unit;
	series: MultiTrendSeries[];
	/** The shared year axis. */
	xDomain: [number, number];
	/** Years on the axis with no value in any series. */
	emptyYears: number[];
	includeZero: boolean;
	sourceIds: string[];
}

export interface MultiTrendSpec {
	metric: string;
	scope?: string;
	summaryLabel: string;
	note?: string;
}

/**
 * Builds the series. All metrics must share a unit (one y axis). The axis spans every series unless
 * `from`/`to` widen it. Nothing is interpolated: a year without a published or derived value is a gap.
 */
export function multiTrend(
	dataset: Pick<Dataset, 'metrics' | 'figures' | 'derived'>,
	specs: MultiTrendSpec[],
	options: { includeZero?: boolean; from?: number; to?: number } = {}
): MultiTrend {
	const series = specs.map((spec, i): MultiTrendSeries => {
		const metric = metricById(dataset, spec.metric);
		const scope = spec.scope ?? 'city';
		const published: MultiTrendPoint[] = dataset.figures
			.filter((f) => f.metric === spec.metric && f.scope === scope)
			.map((f) => ({
				x: f.year,
				y: f.value,
				decimals: f.decimals,
				sourceId: f.sourceId,
				status: 'published' as const,
				sourceIds: [f.sourceId]
			}));
		const years = new Set(published.map((p) => p.x));
		const derived: MultiTrendPoint[] = dataset.derived
			.filter((d) => d.metric === spec.metric && d.scope === scope)
			.map((d) => ({
				x: d.year,
				y: d.value,
				decimals: d.decimals,
				sourceId: d.sourceIds[0] ?? null,
				status: 'derived' as const,
				sourceIds: d.sourceIds
			}));
		const points = [...published, ...derived.filter((d) => !years.has(d.x))].sort((a, b) => a.x - b.x);
		const gapYears: number[] = [];
		if (points.length > 0) {
			const have = new Set(points.map((p) => p.x));
			for (let y = points[0]!.x; y <= points[points.length - 1]!.x; y++) if (!have.has(y)) gapYears.push(y);
		}
		return {
			id: scope === 'city' ? spec.metric : `${spec.metric}:${scope}`,
			metric,
			scope,
			marker: MARKERS[i % MARKERS.length]!,
			summaryLabel: spec.summaryLabel,
			note: spec.note ?? null,
			points,
			gapYears,
			derivedBesidePublished: derived.filter((d) => years.has(d.x))
		};
	});
	const units = [...new Set(series.map((s) => s.metric.unit))];
	if (units.length > 1) throw new Error(`A multi-trend chart needs one unit, got ${units.join(', ')}`);
	const xs = series.flatMap((s) => s.points.map((p) => p.x));
	const lo = Math.min(...xs, options.from ?? Infinity);
	const hi = Math.max(...xs, options.to ?? -Infinity);
	const xDomain: [number, number] = Number.isFinite(lo) && Number.isFinite(hi) ? [lo, hi] : [0, 1];
	const filled = new Set(xs);
	const emptyYears: number[] = [];
	if (xs.length > 0) for (let y = xDomain[0]; y <= xDomain[1]; y++) if (!filled.has(y)) emptyYears.push(y);
	return {
		unit: units[0] ?? 'percent',
		series,
		xDomain,
		emptyYears,
		includeZero: options.includeZero ?? false,
		sourceIds: [...new Set(series.flatMap((s) => s.points.flatMap((p) => p.sourceIds)))]
	};
}

/**
 * The line pieces of a series: consecutive years are joined, a gap year breaks the line, and a piece
 * touching a derived value is dashed (it is not a published change).
 */
export function lineSegments(
	points: MultiTrendPoint[]
): { from: MultiTrendPoint; to: MultiTrendPoint; dashed: boolean }[] {
	const out: { from: MultiTrendPoint; to: MultiTrendPoint; dashed: boolean }[] = [];
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1]!;
		const b = points[i]!;
		if (b.x - a.x !== 1) continue;
		out.push({ from: a, to: b, dashed: a.status === 'derived' || b.status === 'derived' });
	}
	return out;
}

/** A value label that might be drawn: where its point is, its text width and how much it matters. */
export interface LabelCandidate {
	key: string;
	/** The point's pixel position (y grows downwards). */
	px: number;
	py: number;
	/** Estimated text width in px. */
	width: number;
	/** Higher goes first (e.g. each series' latest value). */
	priority: number;
}

/** Where a label went: above or below its point, or nowhere (its value stays in the tooltip and the table). */
export type LabelSide = 'above' | 'below' | 'hidden';

/**
 * Places value labels without overlaps: in order of priority (then right to left), each label goes
 * above its point, else below it, else it is hidden. A label may not cover another label, another
 * point, or run past the plot's left or right edge by more than `overhang` px.
 */
export function placeLabels(
	candidates: LabelCandidate[],
	plotWidth: number,
	options: { height?: number; overhang?: number; marker?: number } = {}
): Record<string, LabelSide> {
	const h = options.height ?? 14;
	const overhang = options.overhang ?? 6;
	const marker = options.marker ?? 7;
	const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
	const points = candidates.map((c) => ({
		x0: c.px - marker,
		x1: c.px + marker,
		y0: c.py - marker,
		y1: c.py + marker
	}));
	const overlaps = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) =>
		a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
	const out: Record<string, LabelSide> = {};
	const order = [...candidates].sort((a, b) => b.priority - a.priority || b.px - a.px);
	for (const c of order) {
		// Labels near an edge are anchored to it (as the component draws them).
		const x0 = c.px < 28 ? c.px - 6 : c.px > plotWidth - 28 ? c.px + 6 - c.width : c.px - c.width / 2;
		const box = (y0: number) => ({ x0, x1: x0 + c.width, y0, y1: y0 + h });
		const fits = (b: ReturnType<typeof box>) =>
			b.x0 >= -overhang &&
			b.x1 <= plotWidth + overhang &&
			!placed.some((p) => overlaps(p, b)) &&
			!points.some((p, i) => candidates[i]!.key !== c.key && overlaps(p, b));
		const above = box(c.py - 9 - h);
		const below = box(c.py + 8);
		if (fits(above)) {
			placed.push(above);
			out[c.key] = 'above';
		} else if (fits(below)) {
			placed.push(below);
			out[c.key] = 'below';
		} else {
			out[c.key] = 'hidden';
		}
	}
	return out;
}
