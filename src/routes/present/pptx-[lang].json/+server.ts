import { error, json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { localizeDeck } from '$lib/server/localizeDeck';
import { pptxCatalogue } from '$lib/present/pptx';
import { siteCatalogue } from '$lib/server/catalogue';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/text/format';

/**
 * Every slide of the catalogue and every registered chart as PowerPoint slide specs (src/lib/present/pptx.ts
 * `pptxCatalogue`), one file per language: /present/pptx-zh.json, /present/pptx-en.json. Fetched only when
 * a reader asks for a file, by the deck's download button (the deck's slides, standard or the reader's)
 * and by a chart's download menu (that chart's slide); the browser composes the deck (`composePptx`),
 * adds the pictures of the charts that are not native (drawn from the page) and builds the .pptx
 * (/enhance/pptx.js).
 */
export const prerender = true;

export const entries: EntryGenerator = () => [{ lang: 'zh' }, { lang: 'en' }];

export const GET: RequestHandler = ({ params }) => {
	if (params.lang !== 'zh' && params.lang !== 'en') error(404, `No deck in "${params.lang}"`);
	const locale: Locale = params.lang;
	const deck = localizeDeck(siteCatalogue().pptxDeck, locale);
	return json(pptxCatalogue(deck, locale, m.present_title({ year: String(deck.year) }, { locale })));
};
