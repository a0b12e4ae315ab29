import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { buildDeck } from '$lib/present/slides';

/** The meeting deck: every slide built from the data (src/lib/present/deck.ts says which). */
export const load: PageServerLoad = () => ({ deck: buildDeck(dataset) });
