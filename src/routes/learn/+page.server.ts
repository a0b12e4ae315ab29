import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { domainMap } from '$lib/server/domainMap';
import { getLocale } from '$lib/paraglide/runtime';
import { glossaryEntries, learnContent } from '$lib/learn/content';
import { quizTargets } from '$lib/learn/quiz';
import { learnText, quizText } from '$lib/learn/text';

/**
 * The classroom page: the map (the registered `map-xiamen` chart, compact: its lists and position
 * details are on /map/), the quiz's lettered places, the
 * explanations and the glossary — their text resolved here in the page's language, so the page's
 * JavaScript carries none of it.
 */
export const load: PageServerLoad = () => {
	const locale = getLocale();
	// As large as the screen allows (a class reads it on the board): the whole map under the page's title.
	const compact = domainMap();
	const map = { ...compact, mapOptions: { ...compact.mapOptions, height: 'calc(100vh - 6rem)' } };
	return {
		map,
		targets: quizTargets(map.map),
		content: learnContent(dataset, locale),
		glossary: glossaryEntries(dataset, locale),
		text: learnText(locale),
		quizText: quizText(locale)
	};
};

/**
 * Not hydrated by SvelteKit: the map and the quiz are islands (src/lib/enhance/Island.svelte) that the
 * page's own script hydrates, without SvelteKit's client and with one language's messages only (issue
 * 13's 60 KB budget).
 */
export const csr = false;
