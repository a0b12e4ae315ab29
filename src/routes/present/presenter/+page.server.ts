import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { buildDeck } from '$lib/present/slides';
import { pageLocale } from '$lib/server/localizeChart';
import { localizeDeck } from '$lib/server/localizeDeck';

/** The presenter view of the meeting deck: the same slides, with their speaker notes. */
export const load: PageServerLoad = ({ url }) => ({ deck: localizeDeck(buildDeck(dataset), pageLocale(url)) });
