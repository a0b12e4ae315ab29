import { error, json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { dataset } from '$lib/server/dataset';
import { buildDeck } from '$lib/present/slides';
import { localizeDeck } from '$lib/server/localizeDeck';
import { deckPptx } from '$lib/present/pptx';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/text/format';

/**
 * The deck as a PowerPoint slide spec (src/lib/present/pptx.ts), one file per language:
 * /present/pptx-zh.json, /present/pptx-en.json. Fetched by the deck's download button only when a
 * reader asks for the file; the browser adds the pictures of the slides listed in `pending` (drawn
 * from the page) and builds the .pptx (/enhance/pptx.js).
 */
export const prerender = true;

export const entries: EntryGenerator = () => [{ lang: 'zh' }, { lang: 'en' }];

export const GET: RequestHandler = ({ params }) => {
	if (params.lang !== 'zh' && params.lang !== 'en') error(404, `No deck in "${params.lang}"`);
	const locale: Locale = params.lang;
	const deck = localizeDeck(buildDeck(dataset), locale);
	return json(deckPptx(deck, locale, m.present_title({ year: String(deck.year) }, { locale })));
};
