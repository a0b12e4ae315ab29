import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { pageLocale } from '$lib/server/localizeChart';
import { localizeDeck } from '$lib/server/localizeDeck';
import { siteCatalogue } from '$lib/server/catalogue';

/**
 * One slide of the catalogue on its own page (/present/slides/<id>/): a preview from the deck builder,
 * and the fragment a reader's deck (/present/?s=…) loads from the site when it names this slide, so the
 * deck page does not carry every slide of the catalogue.
 */
export const entries: EntryGenerator = () => siteCatalogue().entries.map((e) => ({ id: e.spec.id }));

export const load: PageServerLoad = ({ params, url }) => {
	const { deck } = siteCatalogue();
	const index = deck.slides.findIndex((s) => s.id === params.id);
	if (index === -1) error(404, `No slide "${params.id}" in the catalogue`);
	const locale = pageLocale(url);
	const slide = localizeDeck({ ...deck, slides: [deck.slides[index]!] }, locale).slides[0]!;
	return { slide, year: deck.year };
};

/** Not hydrated, like the deck: the slide is drawn once, on the server. */
export const csr = false;
