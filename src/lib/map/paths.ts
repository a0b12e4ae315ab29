/**
 * Compact SVG path strings for the map's polygons and lines.
 *
 * Projection is planar per vertex (no great-circle resampling: the geo pipeline clipped and
 * simplified in lon/lat, so straight segments between vertices are what it meant). Each path is
 * written with relative commands in integer steps of 1 / scale map units ("m512,3l-4,7l2-1z"):
 * less than half the size of d3's absolute decimals, and as exact (0.1 map units ≈ 7 m at scale
 * 10). Draw the paths inside a group scaled by 1 / scale.
 */
import { geoPath, geoTransform, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { BBox, Point } from './types';

/** A d3-geo path context writing relative integer commands. */
class RelativePathContext {
	private out = '';
	private x = 0;
	private y = 0;
	private startX = 0;
	private startY = 0;
	private empty = true;
	constructor(private readonly scale: number) {}

	private static pair(dx: number, dy: number): string {
		return `${dx}${dy < 0 ? '' : ','}${dy}`;
	}
	moveTo(px: number, py: number) {
		const X = Math.round(px * this.scale);
		const Y = Math.round(py * this.scale);
		this.out += `m${RelativePathContext.pair(X - this.x, Y - this.y)}`;
		this.x = this.startX = X;
		this.y = this.startY = Y;
		this.empty = false;
	}
	lineTo(px: number, py: number) {
		const X = Math.round(px * this.scale);
		const Y = Math.round(py * this.scale);
		if (X === this.x && Y === this.y) return;
		this.out += `l${RelativePathContext.pair(X - this.x, Y - this.y)}`;
		this.x = X;
		this.y = Y;
	}
	closePath() {
		this.out += 'z';
		this.x = this.startX;
		this.y = this.startY;
	}
	arc() {
		// points are never drawn through this context
	}
	result(): string {
		return this.empty ? '' : this.out;
	}
}

/** A planar stream: each vertex projected on its own, no resampling, no clipping. */
function planar(projection: GeoProjection) {
	return geoTransform({
		point(lon, lat) {
			const p = projection([lon, lat]);
			if (p) this.stream.point(p[0], p[1]);
		}
	});
}

/** The object as a compact relative path in steps of 1 / scale map units ('' when it draws nothing). */
export function compactPath(projection: GeoProjection, object: GeoPermissibleObjects, scale: number): string {
	const context = new RelativePathContext(scale);
	geoPath(planar(projection), context as unknown as CanvasRenderingContext2D)(object);
	return context.result();
}

/** The planar bounding box of the object in map units. */
export function projectedBounds(projection: GeoProjection, object: GeoPermissibleObjects): BBox {
	const [[x0, y0], [x1, y1]] = geoPath(planar(projection)).bounds(object);
	return [x0, y0, x1, y1];
}

/** The planar centroid of the object's largest polygon part, in map units (where its label goes). */
export function labelPoint(projection: GeoProjection, geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): Point {
	const parts: GeoJSON.Polygon[] =
		geometry.type === 'Polygon'
			? [geometry]
			: geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
	const path = geoPath(planar(projection));
	let best = parts[0]!;
	let bestArea = -1;
	for (const part of parts) {
		const area = path.area(part);
		if (area > bestArea) {
			best = part;
			bestArea = area;
		}
	}
	const [x, y] = path.centroid(best);
	return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/** Decodes a compact relative path back into absolute subpaths of points in map units (for tests and bounds). */
export function decodeCompactPath(d: string, scale: number): Point[][] {
	const rings: Point[][] = [];
	let x = 0;
	let y = 0;
	let sx = 0;
	let sy = 0;
	let current: Point[] | null = null;
	const re = /([mlz])(?:(-?\d+)(?:,?(-?\d+)))?/g;
	for (const match of d.matchAll(re)) {
		const [, command, dx, dy] = match;
		if (command === 'z') {
			x = sx;
			y = sy;
			current = null;
			continue;
		}
		x += Number(dx);
		y += Number(dy);
		if (command === 'm') {
			sx = x;
			sy = y;
			current = [];
			rings.push(current);
		}
		current?.push([x / scale, y / scale]);
	}
	return rings;
}
