/**
 * The catalogue of slides a reader can build a deck from (/present/build/, and `?s=` on /present/):
 * the meeting deck's own slides (title, glance, the domain slides with their figure groups, the map,
 * problems, sources: config.ts `DECK`), one slide per registered chart (src/lib/charts/registry.ts),
 * the map's views (one slide per map layer) and the slides other areas add (`EXTRA_SLIDES`). Every
 * slide is built from the data like the deck's (./slides.ts) and prerendered once, on its own page
 * (/present/slides/<id>/), which the deck loads when a reader's deck names it.
 */
import { WORK_SLIDES } from './workSlides';
import type { ChartKind } from '../charts/kinds';
import type { MapLayerId } from '../map/types';
import { DECK, type DeckConfig, type SlideSpec } from './config';

/**
 * Slides other areas add to the catalogue (and not to the default deck), in the order they are offered.
 * The year's work, a slide per part of a category (./workSlides.ts), except those the deck already shows.
 */
export const EXTRA_SLIDES: readonly SlideSpec[] = WORK_SLIDES.filter((w) => !DECK.slides.some((s) => s.id === w.id));

/**
 * Chart kinds left out of the catalogue because, magnified onto the 1920 × 1080 slide, they cannot
 * meet the projector sizes (text 24 px or more, the chart half of the slide; tests/e2e/deck-text.test.ts):
 * the reason is the measurement. Their charts are still on their pages, in their embeds and in their
 * download menus (PowerPoint included, as a one-slide deck with the chart as a picture).
 */
export const NOT_ON_SLIDES: Partial<Record<ChartKind, string>> = {
	calendar:
		'a year of daily cells: at the 2.4 × needed for 24 px day labels, twelve months overflow the slide (the second row of months is cut off)',
	multiples:
		'six small charts (one per pollutant): their value labels render at 22 px at 2 ×, and the second row is already cut off',
	'class-months':
		'the month-by-month class shares: the axis labels render at 20 px at 2 ×, and at 2.4 × the plot no longer fits the slide',
	'class-strip':
		'every reading, one row per month: 31 rows of 6 px and 10 px labels; at the 2.4 × needed for 24 px labels the rows are taller than the slide'
};

/** Single charts left out for the same reason (their kind reads well on a slide). */
export const CHARTS_NOT_ON_SLIDES: Record<string, string> = {
	'water-aitoutan-agreement':
		'twelve bars (six classes, published and recomputed) at 24 px are taller than the slide: the last bar and its label are cut off',
	'water-aitoutan-limiting':
		'in English its two-line finding and two-line subtitle push the value axis into the footer (it fits in Chinese)',
	'water-jiulong-seasons':
		'sixteen bars (eight stations, flood and dry season) at 24 px are taller than the slide: the value axis is cut off',
	'water-fujian-ranking':
		'49 ranked columns with the highlighted stations named under the axis in 10 px: not yet measured at 24 px on a slide, so left off until it is',
	'coast-excellent-ratios':
		'in English its four definitions and their labels push the value axis into the footer (it fits in Chinese)'
};

/** The registered map (its layers are offered as separate views). */
export const MAP_CHART = 'map-xiamen';

/** The map's views: the districts under one more layer each (the deck's own map slide shows the stations). */
const MAP_VIEWS: { id: string; layers: MapLayerId[] }[] = [
	{ id: 'map-water', layers: ['districts', 'water'] },
	{ id: 'map-sea', layers: ['districts', 'sea'] },
	{ id: 'map-litter', layers: ['districts', 'litter'] }
];

export type CatalogueGroup = 'deck' | 'chart' | 'map' | 'extra';

export interface CatalogueEntry {
	group: CatalogueGroup;
	spec: SlideSpec;
}

/**
 * The catalogue, from the deck's slides, the registered charts (`charts`: id and kind, in page order;
 * those of a kind in NOT_ON_SLIDES or named in CHARTS_NOT_ON_SLIDES are left out, and so is the map,
 * offered as its views) and the extra slides. Ids are unique: a duplicate is an error naming it.
 */
export function catalogue(
	charts: readonly { id: string; kind: ChartKind }[],
	deck: DeckConfig = DECK,
	extra: readonly SlideSpec[] = EXTRA_SLIDES
): CatalogueEntry[] {
	const entries: CatalogueEntry[] = [
		...deck.slides.map((spec) => ({ group: 'deck' as const, spec })),
		...charts
			// The work figures (kind `figures`, one chart per part, for the embeds) are offered as work slides,
			// laid out for the projector: EXTRA_SLIDES.
			.filter(
				(c) =>
					c.id !== MAP_CHART && c.kind !== 'figures' && !(c.kind in NOT_ON_SLIDES) && !(c.id in CHARTS_NOT_ON_SLIDES)
			)
			.map((c) => ({ group: 'chart' as const, spec: { id: c.id, kind: 'chart' as const, chart: c.id } })),
		...MAP_VIEWS.map((v) => ({
			group: 'map' as const,
			spec: { id: v.id, kind: 'chart' as const, chart: MAP_CHART, layers: v.layers }
		})),
		...extra.map((spec) => ({ group: 'extra' as const, spec }))
	];
	const seen = new Set<string>();
	for (const { spec } of entries) {
		if (seen.has(spec.id)) throw new Error(`Slide catalogue: the id "${spec.id}" is used twice`);
		seen.add(spec.id);
	}
	return entries;
}

/** The catalogue as a deck configuration (every slide once), for buildDeck. */
export const catalogueConfig = (entries: readonly CatalogueEntry[], deck: DeckConfig = DECK): DeckConfig => ({
	...deck,
	slides: entries.map((e) => e.spec)
});
