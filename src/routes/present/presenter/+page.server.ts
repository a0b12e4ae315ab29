import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { buildDeck } from '$lib/present/slides';
import { pageLocale } from '$lib/server/localizeChart';
import { localizeDeck } from '$lib/server/localizeDeck';
import { selectionAttributes } from '$lib/server/catalogue';

/** The presenter view of the meeting deck: the same slides, with their speaker notes. */
export const load: PageServerLoad = ({ url }) => {
	const locale = pageLocale(url);
	// A reader's deck (?s=…) is played from the catalogue's slide pages: src/lib/enhance/deckSelection.ts.
	return { deck: localizeDeck(buildDeck(dataset), locale), selection: selectionAttributes(locale) };
};

/**
 * Not hydrated: every slide is prerendered, and the page's own small script (src/lib/present/client/)
 * moves through them. SvelteKit's client and the charts' components would cost more than a page's
 * whole JavaScript budget.
 */
export const csr = false;
