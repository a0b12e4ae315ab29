/**
 * A reader's own deck (/present/?s=a,b,c), for the deck's and the presenter view's scripts: reads the
 * selection against the catalogue's ids the page lists (`data-catalogue`), loads each chosen slide
 * from its prerendered page on this site (/present/slides/<id>/, the `[data-slide-fragment]` element:
 * the same components as the deck's, so its styles are the deck page's), renumbers the slides and
 * keeps on the sources slide only the documents the chosen slides cite. Ids reach a URL only after
 * they matched the catalogue; nothing from the query is written into the page.
 */
import { selectionFromQuery } from '../present/selection';
import { fill, isRecord, readJson } from './json';

export interface LoadedSlide {
	id: string;
	/** The scaled slide (ScaledSlide's root, with the slide inside). */
	slide: HTMLElement;
	title: string;
	notes: { zh: string[]; en: string[] };
	/** The source ids the slide cites. */
	sources: string[];
}

interface Texts {
	counter: string;
	position: string;
	ignored: string;
	failed: string;
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * The chosen slides of the page's query, loaded; null for the standard deck (no `?s=`, nothing valid
 * or a slide that failed to load: the page's note then says so).
 */
export async function loadSelection(
	root: HTMLElement
): Promise<{ ids: string[]; slides: LoadedSlide[]; counter: string } | null> {
	const known = readJson<string[]>(root.dataset.catalogue, [], isStrings);
	const texts = readJson<Texts | null>(
		root.dataset.selectionTexts,
		null,
		(v) => isRecord(v) && ['counter', 'position', 'ignored', 'failed'].every((k) => typeof v[k] === 'string')
	);
	const prefix = root.dataset.slideUrl;
	const note = root.querySelector<HTMLElement>('[data-selection-note]');
	if (!texts || !prefix || known.length === 0) return null;
	const selection = selectionFromQuery(new URLSearchParams(location.search), known);
	if (!selection) return null;
	const say = (text: string) => {
		if (!note) return;
		note.textContent = note.textContent ? `${note.textContent} ${text}` : text;
		note.hidden = false;
	};
	if (selection.ignored > 0) say(fill(texts.ignored, { count: String(selection.ignored) }));
	if (selection.ids.length === 0) return null;
	try {
		const slides = await Promise.all(
			selection.ids.map((id) => loadSlide(new URL(`${prefix}${id}/`, location.href), id))
		);
		renumber(slides, texts);
		keepCitedSources(slides);
		// The counter's words for this many slides, `{n}` still to fill.
		return { ids: selection.ids, slides, counter: fill(texts.counter, { count: String(slides.length) }) };
	} catch (error) {
		console.warn(error);
		say(texts.failed);
		return null;
	}
}

/** One slide from its page on this site. */
async function loadSlide(url: URL, id: string): Promise<LoadedSlide> {
	if (url.origin !== location.origin) throw new Error(`Not this site: ${url.href}`);
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url.pathname}: ${response.status}`);
	// Only the page's body: its <head> holds the page's inlined <style>, which this page's CSP (rightly) refuses.
	const html = await response.text();
	const body = html.indexOf('<body');
	const page = new DOMParser().parseFromString(body === -1 ? '' : html.slice(body), 'text/html');
	const fragment = page.querySelector<HTMLElement>('[data-slide-fragment]');
	const slide = fragment?.firstElementChild;
	if (!fragment || fragment.dataset.slideFragment !== id || !(slide instanceof HTMLElement))
		throw new Error(`${url.pathname}: no slide ${id}`);
	const notes = readJson<LoadedSlide['notes'] | null>(
		fragment.dataset.notes,
		null,
		(v) => isRecord(v) && isStrings(v.zh) && isStrings(v.en)
	);
	return {
		id,
		slide: document.adoptNode(slide),
		title: fragment.dataset.title ?? '',
		notes: notes ?? { zh: [], en: [] },
		sources: (fragment.dataset.sources ?? '').split(' ').filter(Boolean)
	};
}

/** Page numbers and accessible names for the slide's place in the reader's deck. */
function renumber(slides: LoadedSlide[], texts: Texts) {
	const count = String(slides.length);
	slides.forEach((s, i) => {
		const n = String(i + 1);
		const article = s.slide.querySelector<HTMLElement>('[data-slide]');
		const number = s.slide.querySelector<HTMLElement>('.page-number');
		if (number) number.textContent = fill(texts.counter, { n, count });
		article?.setAttribute('aria-label', fill(texts.position, { n, count, title: s.title }));
	});
}

/** The sources slide lists the catalogue's documents: it keeps those the chosen slides cite. */
function keepCitedSources(slides: LoadedSlide[]) {
	const cited = new Set(slides.flatMap((s) => s.sources));
	for (const s of slides)
		for (const item of s.slide.querySelectorAll<HTMLElement>('[data-source-id]'))
			if (!cited.has(item.dataset.sourceId!)) item.remove();
}

/** The deck's key for a reader's deck: the year and the slide ids, as buildDeck writes it (both windows agree). */
export const selectionKey = (key: string, ids: string[]): string => `${key.split(':')[0]}:${ids.join(',')}`;

/** A link of the deck (presenter view, other language) that keeps the reader's deck. */
export function keepSelection(link: HTMLAnchorElement, ids: string[]) {
	const url = new URL(link.href);
	url.search = `?s=${ids.join(',')}`;
	link.href = url.href;
}
