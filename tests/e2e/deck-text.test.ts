/**
 * The meeting deck read from the back of a room: on every slide of /present/ and /en/present/ at
 * 1920 × 1080, and on every slide of the catalogue a reader can build a deck from (/present/build/,
 * played as /present/?s=…), every text a presenter points at is rendered at 24 px or more and the
 * source footnote at 18 px or more, measured as rendered (after the slide's and the chart's
 * magnification; for SVG text, font size × rendered size ÷ its box in user units), a chart covers at
 * least half of its slide and a map panel at least 60 %, its labels and legend at 24 px or more, and none
 * of the map's names drawn over another, under the legend or cut by the panel's edge.
 */
import { MAX_SLIDES } from '../../src/lib/present/selection';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { sharedBrowser, openPage } from './browser';
import { DECK } from '../../src/lib/present/config';

let browser: Browser;
beforeAll(async () => {
	browser = await sharedBrowser();
});
const HD = { viewport: { width: 1920, height: 1080 } };
/** Text a presenter points at, and the footnotes (sources, licences, page number). */
const MIN_TEXT = 24;
const MIN_FOOTNOTE = 18;
/** A chart's share of its slide. */
const MIN_CHART_SHARE = 0.5;
/** A map panel's share of its slide. */
const MIN_MAP_SHARE = 0.6;

export interface SlideMeasure {
	id: string;
	kind: string;
	/** The smallest rendered text a presenter points at, px, and what it says. */
	text: { size: number; sample: string } | null;
	footnote: { size: number; sample: string } | null;
	/** The smallest label drawn inside the map (its district names and station chips), px. */
	mapLabel: { size: number; sample: string } | null;
	/** Share of the slide covered by its chart (null: no chart) and by its map. */
	chart: number | null;
	map: number | null;
	/** The footer's source line. */
	cites: string;
	/** A text of the chart cut off by the slide (outside the chart's box), if any. */
	clipped: string | null;
	/** On a map slide: names drawn over each other or over the legend, or cut by the map's edge. */
	mapOverlaps: string[];
}

/** Measures the slide shown in `page`. */
function measure(page: Page): Promise<SlideMeasure> {
	return page.evaluate(() => {
		const slide = document.querySelector<HTMLElement>('.frame.current [data-slide]')!;
		const box = slide.getBoundingClientRect();
		/** The product of the CSS scale transforms of an element and its ancestors. */
		const cssScale = (el: Element | null) => {
			let scale = 1;
			for (let e = el; e; e = e.parentElement) {
				const t = getComputedStyle(e).transform;
				if (t && t !== 'none') {
					const m = new DOMMatrixReadOnly(t);
					scale *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
				}
			}
			return scale;
		};
		const shown = (el: Element) => {
			const style = getComputedStyle(el);
			if (style.visibility !== 'visible' || Number(style.opacity) === 0) return false;
			const r = el.getBoundingClientRect();
			return (
				r.width > 0 &&
				r.height > 0 &&
				r.right > box.left &&
				r.left < box.right &&
				r.bottom > box.top &&
				r.top < box.bottom
			);
		};
		let text: { size: number; sample: string } | null = null;
		let footnote: { size: number; sample: string } | null = null;
		let mapLabel: { size: number; sample: string } | null = null;
		const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const content = node.textContent!.trim();
			const parent = node.parentElement;
			if (!content || !parent || !shown(parent)) continue;
			// Screen-reader-only text is not on the slide.
			if (parent.closest('.visually-hidden, [aria-hidden="true"] title, title, desc')) continue;
			let size: number;
			const svgText = parent.closest('text');
			if (svgText instanceof SVGTextElement) {
				const bbox = svgText.getBBox();
				const r = svgText.getBoundingClientRect();
				if (bbox.width === 0 || bbox.height === 0) continue;
				const scale = Math.sqrt((r.width * r.height) / (bbox.width * bbox.height));
				size = parseFloat(getComputedStyle(svgText).fontSize) * scale;
			} else {
				size = parseFloat(getComputedStyle(parent).fontSize) * cssScale(parent);
			}
			const isFootnote = parent.closest('[data-footnote], .foot, .map-note') !== null;
			const sample = content.slice(0, 40);
			if (parent.closest('.xiamen-map svg')) {
				if (!mapLabel || size < mapLabel.size) mapLabel = { size, sample };
			} else if (isFootnote) {
				if (!footnote || size < footnote.size) footnote = { size, sample };
			} else if (!text || size < text.size) text = { size, sample };
		}
		const area = box.width * box.height;
		/** The union of the visible boxes inside `root`, clipped to the root. */
		const cover = (root: Element | null) => {
			if (!root) return null;
			const rb = root.getBoundingClientRect();
			let [l, t, r, b] = [Infinity, Infinity, -Infinity, -Infinity];
			for (const el of [root, ...root.querySelectorAll('*')].slice(1)) {
				if (!shown(el)) continue;
				const e = el.getBoundingClientRect();
				l = Math.min(l, Math.max(e.left, rb.left));
				t = Math.min(t, Math.max(e.top, rb.top));
				r = Math.max(r, Math.min(e.right, rb.right));
				b = Math.max(b, Math.min(e.bottom, rb.bottom));
			}
			return r > l && b > t ? ((r - l) * (b - t)) / area : 0;
		};
		/** A visible text of the chart that its box cuts off (a chart taller or wider than the slide gives it). */
		let clipped: string | null = null;
		const chartBox = slide.querySelector('[data-deck-chart]')?.getBoundingClientRect();
		if (chartBox) {
			const texts = document.createTreeWalker(slide.querySelector('[data-deck-chart]')!, NodeFilter.SHOW_TEXT);
			for (let node = texts.nextNode(); node && !clipped; node = texts.nextNode()) {
				const parent = node.parentElement;
				if (!node.textContent!.trim() || !parent || parent.closest('.visually-hidden, title, desc')) continue;
				const style = getComputedStyle(parent);
				if (style.display === 'none' || style.visibility !== 'visible') continue;
				const r = parent.getBoundingClientRect();
				if (r.width === 0 || r.height === 0) continue;
				// DeckChart paints up to 40 px outside its box (an axis's end labels reach into the margins), but
				// nothing may run into the footer.
				const footTop = slide.querySelector('.foot')?.getBoundingClientRect().top ?? box.bottom;
				if (
					r.bottom > Math.min(chartBox.bottom + 40, footTop) + 1 ||
					r.top < chartBox.top - 40 ||
					r.right > chartBox.right + 40 ||
					r.left < chartBox.left - 40
				)
					clipped = node.textContent!.trim().slice(0, 40);
			}
		}
		const mapCanvas = slide.querySelector('.xiamen-map .canvas');
		const mapBox = mapCanvas?.getBoundingClientRect();
		// The map's words (district, station, sea and neighbour names, the markers' digits, the water chips):
		// none over another (by more than a pixel), none under the legend inset in the panel, none cut by the
		// panel's edge.
		const mapOverlaps: string[] = [];
		if (mapBox) {
			const overlap = (a: DOMRect, b: DOMRect) =>
				Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
				Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
			const legend = slide.querySelector('.xiamen-map .side')?.getBoundingClientRect();
			const words = [...slide.querySelectorAll('.xiamen-map svg text')]
				.filter((t) => t.textContent!.trim() && shown(t))
				.map((t) => ({ text: t.textContent!.trim().replace(/\s+/g, ' ').slice(0, 30), r: t.getBoundingClientRect() }));
			words.forEach((a, i) => {
				for (const b of words.slice(i + 1)) if (overlap(a.r, b.r)) mapOverlaps.push(`“${a.text}” × “${b.text}”`);
				if (legend && legend.width > 0 && overlap(a.r, legend)) mapOverlaps.push(`“${a.text}” under the legend`);
				if (
					a.r.left < mapBox.left - 0.5 ||
					a.r.right > mapBox.right + 0.5 ||
					a.r.top < mapBox.top - 0.5 ||
					a.r.bottom > mapBox.bottom + 0.5
				)
					mapOverlaps.push(`“${a.text}” cut by the map's edge`);
			});
		}
		return {
			id: slide.dataset.slide!,
			kind: [...slide.classList].find((c) => c.startsWith('kind-'))!.slice(5),
			text,
			footnote,
			mapLabel,
			chart: mapCanvas ? null : cover(slide.querySelector('[data-deck-chart]')),
			map: mapBox ? (mapBox.width * mapBox.height) / area : null,
			cites: slide.querySelector('.foot [data-footnote]')?.textContent?.trim() ?? '',
			clipped,
			mapOverlaps
		};
	});
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Plays every slide of the deck open in `page` and measures each. */
async function measureAll(page: Page): Promise<SlideMeasure[]> {
	const count = Number(await page.getAttribute('[data-deck]', 'data-count'));
	const results: SlideMeasure[] = [];
	for (let n = 1; n <= count; n++) {
		await page.evaluate((i) => (location.hash = String(i)), n);
		await page.waitForFunction(
			(i) => document.querySelector<HTMLElement>('[data-index]')!.dataset.index === String(i - 1),
			n
		);
		results.push(await measure(page));
	}
	return results;
}

/** The measurements, for the report (smallest text per slide, chart and map shares). */
function report(path: string, results: SlideMeasure[]) {
	console.log(
		path,
		results.map((r) => ({
			id: r.id,
			text: r.text && `${round(r.text.size)} px “${r.text.sample}”`,
			footnote: r.footnote && `${round(r.footnote.size)} px`,
			mapLabel: r.mapLabel && `${round(r.mapLabel.size)} px “${r.mapLabel.sample}”`,
			chart: r.chart === null ? null : `${Math.round(r.chart * 100)}%`,
			map: r.map === null ? null : `${Math.round(r.map * 100)}%`,
			...(r.clipped ? { clipped: r.clipped } : {}),
			...(r.mapOverlaps.length ? { mapOverlaps: r.mapOverlaps } : {})
		}))
	);
}

function expectLegible(results: SlideMeasure[]) {
	for (const r of results) {
		if (r.text) expect(r.text.size, `${r.id}: “${r.text.sample}”`).toBeGreaterThanOrEqual(MIN_TEXT - 0.05);
		if (r.footnote)
			expect(r.footnote.size, `${r.id} footnote: “${r.footnote.sample}”`).toBeGreaterThanOrEqual(MIN_FOOTNOTE - 0.05);
		if (r.mapLabel)
			expect(r.mapLabel.size, `${r.id}: map label “${r.mapLabel.sample}”`).toBeGreaterThanOrEqual(MIN_TEXT - 0.05);
		if (r.chart !== null) expect(r.chart, `${r.id}: chart share`).toBeGreaterThanOrEqual(MIN_CHART_SHARE);
		if (r.map !== null) expect(r.map, `${r.id}: map share`).toBeGreaterThanOrEqual(MIN_MAP_SHARE);
		expect(r.clipped, `${r.id}: text cut off by the slide`).toBeNull();
		expect(r.mapOverlaps, `${r.id}: the map's names`).toEqual([]);
		if (r.kind !== 'title' && r.kind !== 'sources')
			expect(r.cites, `${r.id} cites its sources`).toMatch(/^(来源：|Sources: )\S/);
	}
}

describe('every slide reads from the back of the room', () => {
	test.each([{ path: '/present/' }, { path: '/en/present/' }])('$path', async ({ path }) => {
		const { page, close } = await openPage(browser, path, HD);
		const results = await measureAll(page);
		await close();
		report(path, results);
		expect(results.map((r) => r.id)).toEqual(DECK.slides.map((s) => s.id));
		expect(results.filter((r) => r.map !== null).map((r) => r.id)).toEqual(['map']);
		expectLegible(results);
	});

	// Every slide the deck builder offers, played as a reader's deck (?s=…, the slides loaded from their pages).
	test.each([{ path: '/present/' }, { path: '/en/present/' }])(
		'the whole catalogue, as a deck: $path',
		async ({ path }) => {
			const { page, close } = await openPage(browser, path, HD);
			const ids = JSON.parse((await page.getAttribute('[data-deck]', 'data-catalogue'))!) as string[];
			expect(ids.length).toBeGreaterThan(DECK.slides.length);
			// A reader's deck holds at most MAX_SLIDES slides: the catalogue is played in decks of that many.
			const results: Awaited<ReturnType<typeof measureAll>> = [];
			for (let from = 0; from < ids.length; from += MAX_SLIDES) {
				const part = ids.slice(from, from + MAX_SLIDES);
				await page.goto(new URL(`?s=${part.join(',')}`, page.url()).href);
				await page.waitForFunction((n) => document.querySelectorAll('[data-frame]').length === n, part.length);
				results.push(...(await measureAll(page)));
			}
			await close();
			report(`${path}?s=(catalogue)`, results);
			expect(results.map((r) => r.id)).toEqual(ids);
			expectLegible(results);
		}
	);
});
