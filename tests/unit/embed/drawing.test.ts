import { describe, expect, test } from 'vitest';
import {
	EMBED_DRAWING_WIDTH,
	LONG_BAR_DRAWING_WIDTH,
	SHARE_BAR_DRAWING_WIDTH,
	STRIP_DRAWING_WIDTH,
	embedDrawing
} from '../../../src/lib/embed/drawing';
import type { ChartModel } from '../../../src/lib/charts/kinds';

const figures = (labels: string[]) =>
	({
		kind: 'figures',
		part: { figures: labels.map((label) => ({ label: { zh: label, en: label } })) }
	}) as unknown as ChartModel;
const bars = (rows: number, segments: number, mode: 'grouped' | 'stacked100') =>
	({
		kind: 'bar',
		mode,
		rows: Array.from({ length: rows }, (_, i) => ({ id: `r${i}` })),
		segments: Array.from({ length: segments }, (_, i) => ({ id: `s${i}` }))
	}) as unknown as ChartModel;

describe('embedDrawing: how an embed draws its chart', () => {
	test.each([
		{ name: 'line: square, edge to edge', model: { kind: 'line' }, width: 340, plotHeight: 340, bleed: true },
		{ name: 'class-months: edge to edge', model: { kind: 'class-months' }, width: 340, plotHeight: 300, bleed: true },
		{ name: 'calendar: the embed width', model: { kind: 'calendar' }, width: 340, plotHeight: undefined, bleed: false },
		{ name: 'share bars: larger', model: { kind: 'share-bar' }, width: SHARE_BAR_DRAWING_WIDTH, bleed: false },
		{
			name: 'the class of every reading: rows taller',
			model: { kind: 'class-strip' },
			width: STRIP_DRAWING_WIDTH,
			bleed: false
		},
		{ name: '8 grouped bars', model: bars(4, 2, 'grouped'), width: EMBED_DRAWING_WIDTH, bleed: false },
		{ name: '12 grouped bars', model: bars(6, 2, 'grouped'), width: EMBED_DRAWING_WIDTH, bleed: false },
		{ name: '16 grouped bars: smaller', model: bars(8, 2, 'grouped'), width: LONG_BAR_DRAWING_WIDTH, bleed: false },
		{
			name: '3 stacked bars: drawn as share bars',
			model: bars(3, 6, 'stacked100'),
			width: SHARE_BAR_DRAWING_WIDTH,
			bleed: false
		},
		{ name: '6 stacked bars', model: bars(6, 6, 'stacked100'), width: EMBED_DRAWING_WIDTH, bleed: false },
		{
			name: 'a ranking: taller',
			model: { kind: 'rank-columns' },
			width: EMBED_DRAWING_WIDTH,
			plotHeight: 380,
			bleed: false
		},
		{
			name: 'one figure: the embed width (drawn as a headline figure)',
			model: figures(['建成']),
			width: 340,
			bleed: false
		},
		{
			name: 'three figures: the embed width',
			model: figures(['a', 'b', 'c']),
			width: EMBED_DRAWING_WIDTH,
			bleed: false
		}
	])('$name', ({ model, width, bleed, ...rest }) => {
		const drawing = embedDrawing(model as ChartModel);
		expect(drawing.width).toBe(width);
		expect(drawing.bleed).toBe(bleed);
		if ('plotHeight' in rest) expect(drawing.plotHeight).toBe(rest.plotHeight);
	});
});
