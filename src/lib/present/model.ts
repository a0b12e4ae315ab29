import type { Domain, Problem, Source, Unit, WaterClass } from '../data/types';
import type { ChartModel } from '../charts/kinds';
import type { DeckDomain } from './config';
import type { WorkPartModel } from '../work/parts';

/**
 * The deck's slides as serialisable models built from the dataset (./slides.ts, in the load function):
 * every number is a published figure with its source id; words are message keys or the data's own
 * zh/en labels. Components only draw these; ./notes.ts writes the speaker notes from them.
 */

export interface Localised {
	zh: string;
	en: string;
}

/** A value as published: number, decimals as printed, explicit unit. */
export interface FigureValue {
	value: number;
	decimals: number;
	unit: Unit;
}

export interface MetricItem {
	kind: 'metric';
	id: string;
	label: Localised;
	/** A shorter name to show (message key; its text once localized), or null for the metric's own label. */
	shortLabel: string | null;
	year: number;
	current: FigureValue;
	/** The published change (in its own unit) and whether it is an improvement. */
	change: (FigureValue & { direction: 'better' | 'worse' | 'same' | 'neutral' }) | null;
	/** Last year's value: published, or derived from the published change (and then labelled). */
	previous: (FigureValue & { year: number; derived: boolean; sourceIds: string[] }) | null;
	related: { id: string; label: Localised; figure: FigureValue }[];
	/** The sources of the values shown (current, change, related). */
	sourceIds: string[];
}

export interface GroupItem {
	kind: 'group';
	id: string;
	/** Message key of the group's name (its text once localized: src/lib/server/localizeDeck.ts). */
	label: string;
	members: { id: string; label: Localised; figure: FigureValue }[];
	sourceIds: string[];
}

export interface ClassesItem {
	kind: 'classes';
	id: string;
	/** Message key of the item's name (its text once localized: src/lib/server/localizeDeck.ts). */
	label: string;
	sites: { id: string; name: Localised; class: WaterClass }[];
	sourceIds: string[];
}

export type DeckItem = MetricItem | GroupItem | ClassesItem;

/** The problems of one domain and the work named on them. */
export interface ProblemRow {
	domain: Domain;
	problems: Problem[];
	work: Problem[];
}

export type SlideModel =
	/** The deck's title: the founding document and a few headline figures of the year. */
	| { kind: 'title'; id: string; year: number; source: Source; figures: MetricItem[] }
	| { kind: 'glance'; id: string; year: number; items: DeckItem[] }
	| {
			kind: 'domain';
			id: string;
			domain: DeckDomain;
			year: number;
			headline: MetricItem;
			facts: DeckItem[];
			chart: ChartModel | null;
	  }
	| { kind: 'chart'; id: string; chart: ChartModel }
	| { kind: 'problems'; id: string; year: number; rows: ProblemRow[] }
	| { kind: 'sources'; id: string; sources: Source[] }
	/** A part of the year's work: its figures (both languages, with their quotes), src/lib/work/parts.ts. */
	| { kind: 'work'; id: string; year: number; part: WorkPartModel };

/** A slide with its title and speaker notes (generated sentences), both languages, and the sources it cites. */
export type Slide = SlideModel & {
	title: Localised;
	notes: { zh: string[]; en: string[] };
	sourceIds: string[];
	/** The short names of the documents it cites (data/sources.csv short_zh/short_en), in `sourceIds` order, for its footnote (./footnote.ts). */
	sourceNames: Localised[];
};

export interface Deck {
	/** Identifies this deck (year and slide ids) in the messages between windows. */
	key: string;
	year: number;
	slides: Slide[];
}
