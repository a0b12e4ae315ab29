import { dataset } from './dataset';
import { buildChart, chartIds } from '$lib/charts/registry';
import { buildDeck } from '$lib/present/slides';
import { catalogue, catalogueConfig, type CatalogueEntry } from '$lib/present/catalogue';
import type { Deck } from '$lib/present/model';
import type { Locale } from '$lib/text/format';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';

/**
 * The slide catalogue (src/lib/present/catalogue.ts) built from the site's dataset, once per build:
 * its entries and every slide of it as one deck (the sources slide lists every source of the
 * catalogue; a reader's deck shows those its slides cite).
 */
interface SiteCatalogue {
	entries: CatalogueEntry[];
	deck: Deck;
	/** The catalogue's slides and a slide for each registered chart it does not offer (for a chart's PowerPoint download). */
	pptxDeck: Deck;
}
let built: SiteCatalogue | null = null;

export function siteCatalogue(): SiteCatalogue {
	if (built) return built;
	const entries = catalogue(chartIds().map((id) => ({ id, kind: buildChart(id, dataset).kind })));
	const config = catalogueConfig(entries);
	const offered = new Set(entries.map((e) => e.spec.id));
	const others = chartIds()
		.filter((id) => !offered.has(id))
		.map((id) => ({ id, kind: 'chart' as const, chart: id }));
	built = {
		entries,
		deck: buildDeck(dataset, config),
		pptxDeck: buildDeck(dataset, { ...config, slides: [...config.slides, ...others] })
	};
	return built;
}

/**
 * What the deck and the presenter view write for their scripts to play a reader's deck (?s=…;
 * src/lib/enhance/deckSelection.ts): the catalogue's ids, where a slide's page is, and the words.
 */
export function selectionAttributes(locale: Locale): Record<string, string> {
	const options = { locale };
	return {
		'data-catalogue': JSON.stringify(siteCatalogue().entries.map((e) => e.spec.id)),
		'data-slide-url': localizeHref('/present/slides/', options),
		'data-selection-texts': JSON.stringify({
			counter: m.present_counter({ n: '{n}', count: '{count}' }, options),
			position: m.present_slide_position({ n: '{n}', count: '{count}', title: '{title}' }, options),
			ignored: m.present_selection_ignored({ count: '{count}' }, options),
			failed: m.present_selection_failed({}, options)
		})
	};
}
