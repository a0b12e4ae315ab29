/**
 * The meeting deck (/present/), as configuration: which slides, in which order, showing which
 * figures and which charts. Figures are named by metric id (data/metrics.csv) and charts by their
 * registry id (src/lib/charts/registry.ts); every value is looked up in the data when the site is
 * built, so the deck updates when the data do. Nothing here is a number to show.
 * tests/unit/present/deck.test.ts checks every id against the registry and the data.
 */
import type { MapLayerId } from '../map/types';

/** A published figure (its change and previous year come with it, see kpiCard), optionally with related figures. */
export interface MetricItemSpec {
	kind: 'metric';
	metric: string;
	/** Figures shown inside this one, e.g. the number of outfalls beside their compliance rate. */
	related?: string[];
	/** A shorter name for a tile (message key); the speaker notes keep the metric's full name. */
	label?: string;
}

/** Several figures shown as one (e.g. the "four 100%"); `label` is a message key. */
export interface GroupItemSpec {
	kind: 'group';
	id: string;
	label: string;
	metrics: string[];
}

/** Published water classes of named sites in the deck's year; `label` is a message key. */
export interface ClassesItemSpec {
	kind: 'classes';
	id: string;
	label: string;
	sites: string[];
}

export type ItemSpec = MetricItemSpec | GroupItemSpec | ClassesItemSpec;

export type DeckDomain = 'air' | 'water' | 'coast' | 'litter';

export type SlideSpec =
	/** The deck's title, the document it is built from and a few of the year's headline figures (`figures`). */
	| { id: string; kind: 'title'; figures?: MetricItemSpec[] }
	/** The year's headline figures as tiles, each with its source id. */
	| { id: string; kind: 'glance'; items: ItemSpec[] }
	/** One domain: its headline figure, supporting figures, and a chart from the registry (or none yet). */
	| {
			id: string;
			kind: 'domain';
			domain: DeckDomain;
			headline: MetricItemSpec;
			facts: ItemSpec[];
			chart: string | null;
	  }
	/** One chart filling the slide; a map shows `layers` (default: the chart's own) and cites their sources. */
	| { id: string; kind: 'chart'; chart: string; layers?: MapLayerId[] }
	/** The problems the founding document names (data/text/problems.csv) and the work it names on them (priorities.csv). */
	| { id: string; kind: 'problems' }
	/** Every source the deck cites, from the registry. */
	| { id: string; kind: 'sources' }
	/**
	 * A part of the year's work (data/work.csv cut by src/lib/work/parts.ts: a category's figures, at
	 * most four, groups kept together): its finding and its figures as tiles. `part` is 1-based (default 1);
	 * ./workSlides.ts lists every one (WORK_SLIDES).
	 */
	| { id: string; kind: 'work'; category: string; part?: number };

export interface DeckConfig {
	/** The year the deck reports on. */
	year: number;
	/** The founding document (data/sources.csv id), named on the title slide. */
	source: string;
	slides: SlideSpec[];
}

const metric = (id: string, options: { related?: string[]; label?: string } = {}): MetricItemSpec => ({
	kind: 'metric',
	metric: id,
	...options
});
/** A tile: the metric under its short name (`present_short_<metric>`). */
const tile = (id: string, related?: string[]): MetricItemSpec =>
	metric(id, { label: `present_short_${id}`, ...(related ? { related } : {}) });

/** The "four 100%": the four groups of assessed waters that all met their targets. */
const FOUR_100: GroupItemSpec = {
	kind: 'group',
	id: 'four-100',
	label: 'four_100_title',
	metrics: [
		'drinking_source_compliance_pct',
		'main_watershed_section_compliance_pct',
		'small_watershed_section_compliance_pct',
		'reward_section_compliance_pct'
	]
};

/** The two drinking-water reservoirs whose class the document reports. */
const RESERVOIRS: ClassesItemSpec = {
	kind: 'classes',
	id: 'reservoirs',
	label: 'reservoirs_title',
	sites: ['bantou-shidou-reservoir', 'tingxi-reservoir']
};

/** The deck: one slide per domain with its headline figure and the domain page's main chart, then the map. */
export const DECK: DeckConfig = {
	year: 2024,
	source: 'eeb-2024-summary',
	slides: [
		{
			id: 'title',
			kind: 'title',
			figures: [
				tile('composite_index'),
				tile('rank_168_cities'),
				tile('good_rate_pct'),
				tile('coastal_excellent_area_pct')
			]
		},
		{
			id: 'glance',
			kind: 'glance',
			items: [
				tile('composite_index'),
				tile('rank_168_cities'),
				tile('good_rate_pct'),
				tile('excellent_rate_pct'),
				FOUR_100,
				{ ...RESERVOIRS, label: 'present_short_reservoirs' },
				tile('coastal_excellent_area_pct'),
				tile('coastal_excellent_point_pct'),
				tile('sea_outfall_compliance_pct', ['sea_outfalls']),
				tile('floating_litter_density'),
				tile('sea_cleaning_area_km2')
			]
		},
		{
			id: 'air',
			kind: 'domain',
			domain: 'air',
			headline: metric('composite_index'),
			facts: [metric('rank_168_cities')],
			chart: 'overview-composite-trend'
		},
		{
			id: 'water',
			kind: 'domain',
			domain: 'water',
			headline: metric('main_watershed_excellent_share_pct'),
			facts: [FOUR_100, RESERVOIRS],
			chart: 'water-reservoir-classes'
		},
		{ id: 'aitoutan', kind: 'chart', chart: 'water-aitoutan-seasons' },
		{
			id: 'coast',
			kind: 'domain',
			domain: 'coast',
			headline: metric('coastal_excellent_area_pct'),
			facts: [
				metric('coastal_excellent_point_pct'),
				metric('sea_outfall_compliance_pct', { related: ['sea_outfalls'] })
			],
			// The coast chart (coast-excellent-ratios: four definitions, each with its note) does not fit
			// beside the figures at a readable size; the coast page has it.
			chart: null
		},
		{
			id: 'litter',
			kind: 'domain',
			domain: 'litter',
			headline: metric('floating_litter_density'),
			facts: [metric('sea_cleaning_area_km2')],
			chart: 'litter-density-trend'
		},
		// The work the document presents first (its national recognition), then the Blue Sky work beside the air.
		{ id: 'work-reform-recognition-1', kind: 'work', category: 'reform_recognition', part: 1 },
		{ id: 'work-air-1', kind: 'work', category: 'air', part: 1 },
		{ id: 'map', kind: 'chart', chart: 'map-xiamen', layers: ['districts', 'stations'] },
		{ id: 'problems', kind: 'problems' },
		{ id: 'sources', kind: 'sources' }
	]
};

/** Every chart id the deck shows, in slide order. */
export function deckChartIds(config: DeckConfig = DECK): string[] {
	return config.slides.flatMap((s) =>
		s.kind === 'chart' ? [s.chart] : s.kind === 'domain' && s.chart ? [s.chart] : []
	);
}
