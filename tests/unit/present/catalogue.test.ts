/**
 * The slide catalogue (src/lib/present/catalogue.ts) and the deck a URL names (selection.ts): which
 * slides are offered, and what `?s=` may do (only the catalogue's ids, each once, in order; everything
 * else counted and ignored, never echoed).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { directoryReader } from '../../../src/lib/pipeline/run';
import { buildChart, chartIds } from '../../../src/lib/charts/registry';
import { DECK } from '../../../src/lib/present/config';
import {
	catalogue,
	catalogueConfig,
	CHARTS_NOT_ON_SLIDES,
	EXTRA_SLIDES,
	MAP_CHART,
	NOT_ON_SLIDES
} from '../../../src/lib/present/catalogue';
import { MAX_SLIDES, parseSelection, selectionFromQuery } from '../../../src/lib/present/selection';
import { buildDeck } from '../../../src/lib/present/slides';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data');
const dataset = buildDataset(directoryReader(DATA)).dataset;
const charts = chartIds().map((id) => ({ id, kind: buildChart(id, dataset).kind }));
const entries = catalogue(charts);
const ids = entries.map((e) => e.spec.id);

describe('the slide catalogue', () => {
	test('offers the deck’s slides, every registered chart of a legible kind, the map views and the extra slides', () => {
		expect(ids.slice(0, DECK.slides.length)).toEqual(DECK.slides.map((s) => s.id));
		const offered = charts
			.filter(
				(c) =>
					c.id !== MAP_CHART && c.kind !== 'figures' && !(c.kind in NOT_ON_SLIDES) && !(c.id in CHARTS_NOT_ON_SLIDES)
			)
			.map((c) => c.id);
		// Every exclusion names a chart or kind that exists.
		for (const id of Object.keys(CHARTS_NOT_ON_SLIDES)) expect(chartIds()).toContain(id);
		for (const kind of Object.keys(NOT_ON_SLIDES)) expect(charts.map((c) => c.kind)).toContain(kind);
		expect(entries.filter((e) => e.group === 'chart').map((e) => e.spec.id)).toEqual(offered);
		expect(entries.filter((e) => e.group === 'map').map((e) => e.spec.id)).toEqual([
			'map-water',
			'map-sea',
			'map-litter'
		]);
		expect(entries.filter((e) => e.group === 'extra')).toHaveLength(EXTRA_SLIDES.length);
		// The year's work: every part of every category, once (the deck's own work slides among the deck's).
		const work = entries.filter((e) => e.spec.kind === 'work').map((e) => e.spec.id);
		expect(work.sort()).toEqual(
			charts
				.filter((c) => c.kind === 'figures')
				.map((c) => c.id)
				.sort()
		);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('takes extra slides (e.g. another area’s) and refuses an id used twice', () => {
		const extra = { id: 'extra-chart', kind: 'chart' as const, chart: 'air-no2' };
		expect(catalogue(charts, DECK, [extra]).at(-1)).toEqual({ group: 'extra', spec: extra });
		expect(() => catalogue(charts, DECK, [{ id: 'air', kind: 'title' }])).toThrow('"air" is used twice');
	});

	test('every slide of it builds from the data, with a title in both languages and its sources named', () => {
		const deck = buildDeck(dataset, catalogueConfig(entries));
		expect(deck.slides.map((s) => s.id)).toEqual(ids);
		for (const slide of deck.slides) {
			expect(slide.title.zh, slide.id).not.toBe('');
			expect(slide.title.en, slide.id).not.toBe('');
			expect(slide.sourceNames, slide.id).toHaveLength(slide.kind === 'sources' ? 0 : slide.sourceIds.length);
		}
	});
});

describe('the deck a URL names', () => {
	const known = ['air', 'map', 'litter-density-trend', 'sources'];
	test.each([
		{ value: 'air,map', ids: ['air', 'map'], ignored: 0 },
		{ value: ' map , air ,', ids: ['map', 'air'], ignored: 0 },
		{ value: 'air,air,map', ids: ['air', 'map'], ignored: 1 },
		{ value: 'air,<script>alert(1)</script>,__proto__,constructor', ids: ['air'], ignored: 3 },
		{ value: 'AIR,Map', ids: [], ignored: 2 },
		{ value: 'x'.repeat(5000), ids: [], ignored: 1 },
		{ value: 42, ids: [], ignored: 1 }
	])('$value → $ids ($ignored ignored)', ({ value, ids, ignored }) => {
		expect(parseSelection(value, known)).toEqual({ ids, ignored });
	});

	test('no value or an empty one is the standard deck', () => {
		expect(parseSelection(null, known)).toBeNull();
		expect(parseSelection(' , ', known)).toBeNull();
		expect(selectionFromQuery(new URLSearchParams(''), known)).toBeNull();
	});

	test(`at most ${MAX_SLIDES} slides`, () => {
		const many = Array.from({ length: 70 }, (_, i) => `s${i}`);
		const result = parseSelection(many.join(','), many)!;
		expect(result.ids).toHaveLength(MAX_SLIDES);
		expect(result.ignored).toBe(10);
	});

	test('the builder’s form without JavaScript: one s per ticked slide, ordered by its position', () => {
		const query = new URLSearchParams('s=air&s=map&s=sources&n.air=3&n.map=1&n.sources=abc&n.litter-density-trend=2');
		expect(selectionFromQuery(query, known)).toEqual({ ids: ['map', 'air', 'sources'], ignored: 0 });
		expect(selectionFromQuery(new URLSearchParams('s=map,air'), known)).toEqual({ ids: ['map', 'air'], ignored: 0 });
	});
});
