import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { buildDeck } from '$lib/present/slides';

/** The presenter view of the meeting deck: the same slides, with their speaker notes. */
export const load: PageServerLoad = () => ({ deck: buildDeck(dataset) });
