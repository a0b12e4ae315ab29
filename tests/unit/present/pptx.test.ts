/**
 * The deck as PowerPoint: a .pptx built from the real slide list (the real data, both languages) and
 * read back from its zip: one slide per deck slide, every title, the notes, native line charts with
 * the chart's data, pictures for the other kinds, the source footnote.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { directoryReader } from '../../../src/lib/pipeline/run';
import { buildDeck } from '../../../src/lib/present/slides';
import { localizeDeck } from '../../../src/lib/server/localizeDeck';
import { composePptx, deckPptx, lineSpec, pptxCatalogue } from '../../../src/lib/present/pptx';
import { buildPptx } from '../../../src/lib/export/pptx';
import { readPptx } from '../export/pptx/read';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data');
const dataset = buildDataset(directoryReader(DATA)).dataset;
const PNG_1X1 = Uint8Array.from(
	atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=='),
	(c) => c.charCodeAt(0)
);
const SVG =
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30"><rect width="40" height="30" fill="#ccc"/></svg>';

describe.each(['zh', 'en'] as const)('the deck as PowerPoint (%s)', (locale) => {
	const deck = localizeDeck(buildDeck(dataset), locale);

	test('the spec leaves pictures to the page: exactly the slides whose chart is neither line nor bar', () => {
		const { pending } = deckPptx(deck, locale, 'Deck');
		const pictured = deck.slides.filter(
			(s) =>
				(s.kind === 'chart' && s.chart.kind !== 'line' && s.chart.kind !== 'bar') ||
				(s.kind === 'domain' && s.chart && s.chart.kind !== 'line' && s.chart.kind !== 'bar')
		);
		expect(pending.map((p) => p.id)).toEqual(pictured.map((s) => s.id));
		expect(pending.map((p) => p.id)).toEqual(['water', 'map']);
	});

	test('any deck of its slides: in the order asked, unknown ids skipped, the sources slide listing only what they cite', () => {
		const catalogue = pptxCatalogue(deck, locale, 'Deck');
		const { spec, pending } = composePptx(catalogue, ['litter', 'nope', 'map', 'sources']);
		const litter = deck.slides.find((s) => s.id === 'litter')!;
		const map = deck.slides.find((s) => s.id === 'map')!;
		expect(spec.slides.slice(0, 2).map((s) => s.title)).toEqual([litter.title[locale], map.title[locale]]);
		expect(pending).toEqual([{ index: 1, id: 'map', alt: expect.any(String) }]);
		// The sources slide (continued over as many slides as it needs): exactly the documents these two cite.
		const cited = [...new Set([...litter.sourceIds, ...map.sourceIds])];
		expect(spec.slides.slice(2).flatMap((s) => s.list ?? [])).toEqual(cited.map((id) => catalogue.sources[id]));
		expect(spec.slides).toHaveLength(2 + Math.ceil(cited.length / 7));
		// A one-chart deck (a chart's download menu): its slide alone.
		expect(composePptx(catalogue, ['litter']).spec.slides).toHaveLength(1);
	});

	test('read back: one slide per deck slide with its title, notes, footnote, native charts and pictures', async () => {
		const first = deckPptx(deck, locale, 'Deck');
		const images = Object.fromEntries(first.pending.map((p) => [p.id, { svg: SVG, aspectRatio: 4 / 3 }]));
		const { spec, pending } = deckPptx(deck, locale, 'Deck', images);
		expect(pending).toEqual([]);
		const read = await readPptx(await buildPptx(spec, { rasterise: async () => PNG_1X1 }));

		// One slide per deck slide, except the full source list, which continues over as many slides as it needs.
		const list = deck.slides.at(-1)!;
		if (list.kind !== 'sources') throw new Error('the deck ends with its sources');
		const parts = Math.ceil(list.sources.length / 7);
		expect(read.slides).toHaveLength(deck.slides.length - 1 + parts);
		const listed = read.slides.slice(deck.slides.length - 1).flatMap((s) => s.shapes.flatMap((sh) => sh.paragraphs));
		for (const source of list.sources) expect(listed.join('\n')).toContain(source.title);
		read.slides.forEach((slide, i) => {
			const source = deck.slides[Math.min(i, deck.slides.length - 1)]!;
			const title =
				parts > 1 && i >= deck.slides.length - 1
					? `${source.title[locale]} (${i - deck.slides.length + 2}/${parts})`
					: source.title[locale];
			expect(slide.title?.paragraphs.join(' ').replace(/\s+/g, ''), source.id).toBe(title.replace(/\s+/g, ''));
			expect(slide.notes.join('\n'), source.id).toBe(source.notes[locale].join('\n'));
			if (source.sourceNames.length) {
				const footnote = slide.shapes.find((s) => s.name === 'Sources');
				expect(footnote?.paragraphs.join(''), source.id).toContain(source.sourceNames[0]![locale]);
			}
		});

		// The air and litter slides carry their line charts natively, with the chart's own values.
		for (const id of ['air', 'litter']) {
			const n = deck.slides.findIndex((s) => s.id === id);
			const model = deck.slides[n]!;
			if (model.kind !== 'domain' || model.chart?.kind !== 'line') throw new Error(`${id} has no line chart`);
			const expected = lineSpec(model.chart, locale, '');
			const chart = read.slides[n]!.chart!;
			expect(chart.type, id).toBe('line');
			expect(chart.categories, id).toEqual(expected.categories);
			expect(
				chart.series.map((s) => s.values),
				id
			).toEqual(expected.series.map((s) => s.values));
		}
		const air = read.slides[deck.slides.findIndex((s) => s.id === 'air')]!.chart!;
		expect(air.categories).toContain('2024');
		expect(air.series.flatMap((s) => s.values)).toContain(2.34);
		// The figures are text: the headline value is on the slide.
		const airShapes = read.slides[deck.slides.findIndex((s) => s.id === 'air')]!.shapes;
		expect(airShapes.flatMap((s) => s.paragraphs).join(' ')).toContain('2.34');
		// The class grid and the map are pictures (SVG with a PNG fallback).
		for (const id of ['water', 'map']) {
			const slide = read.slides[deck.slides.findIndex((s) => s.id === id)]!;
			expect(slide.picture?.svg, id).toContain('<svg');
			expect(slide.picture?.png.length, id).toBeGreaterThan(0);
		}
		// Chinese fonts are declared on the text runs.
		const runs = read.slides.flatMap((s) => s.shapes.flatMap((sh) => sh.runs));
		expect(runs.some((r) => r.eastAsian)).toBe(true);
	});
});
