import type { PageServerLoad } from './$types';
import { pageLocale } from '$lib/server/localizeChart';
import { siteCatalogue } from '$lib/server/catalogue';
import { DECK } from '$lib/present/config';

/**
 * The deck builder: every slide of the catalogue (src/lib/present/catalogue.ts) with its title (the
 * finding, as on the slide), its group and whether the standard deck shows it, in the standard deck's
 * order first.
 */
export const load: PageServerLoad = ({ url }) => {
	const locale = pageLocale(url);
	const { entries, deck } = siteCatalogue();
	const standard = DECK.slides.map((s) => s.id);
	const slides = entries.map((e, i) => ({
		id: e.spec.id,
		group: e.group,
		kind: deck.slides[i]!.kind,
		title: deck.slides[i]!.title[locale],
		chart: e.spec.kind === 'chart' ? e.spec.chart : null,
		chosen: standard.includes(e.spec.id)
	}));
	return { slides, year: deck.year };
};

/** Not hydrated: a GET form that works without JavaScript; /enhance/build.js adds the move buttons and the live link. */
export const csr = false;
