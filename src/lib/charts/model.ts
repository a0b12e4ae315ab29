import type { Dataset, Source } from '../data/types';
import type { Locale } from '../text/format';
import { sourceRecord } from '../data/sources';

/**
 * What every chart model shares, whatever its kind (see kinds/index.ts for the kinds and the union of
 * their models). A model is serialisable: numbers, ids and words given as message keys or bilingual
 * names, no functions and no locale. The load function localizes it (src/lib/server/localizeChart.ts)
 * and the kind's component draws it on the server; the page's script adds the behaviour.
 */

/** Words given in both languages by the data (a station's name, a metric's label). */
export interface Bilingual {
	zh: string;
	en: string;
}

/**
 * Words in a model: a message key, a key with parameters, or a name the data gives in both languages.
 * A parameter is a plain string (as it is in every language), or words of their own: a bilingual name
 * or a message (`{ key }`). Resolved on the server by localizeChart.
 */
export type ModelText = string | KeyedText | Bilingual;

/** A message key with its parameters. */
export interface KeyedText {
	key: string;
	params?: Record<string, string | Bilingual | KeyedText>;
}

/** Message keys of the frame's words; `textParams` fills their parameters (e.g. a calendar's year). */
export interface ChartText {
	title: string;
	subtitle?: string;
	/** The chart's subject as it reads inside a sentence ("composite index"). */
	summaryLabel: string;
}

/** The page a chart belongs to (its home on the site; `overview` is the home page). */
export type ChartPage = 'overview' | 'air' | 'water' | 'coast' | 'litter' | 'map' | 'work';

/**
 * How a value came to be: published by a source, derived from a published change, computed by this
 * dashboard from monitoring data, or a third-party platform's figure. Always shown as such.
 */
export type ValueKind = 'published' | 'derived' | 'computed' | 'third_party';

/**
 * The view options a chart offers, each with the values a reader may choose and the default: e.g. a
 * calendar's years, a map's layers. Embeds take them from the query string (`?year=2023&layer=stations`,
 * parsed by src/lib/embed/options.ts), the builder offers them, pages keep them in the URL.
 */
export interface ChartOptions {
	year?: { values: number[]; default: number };
	station?: { values: string[]; default: string };
	layer?: { values: string[]; default: string };
}

/** The view chosen among a chart's options. */
export interface ChartView {
	year?: number;
	station?: string;
	layer?: string;
}

/** The part of a model that every kind has; a kind's model adds `kind` and its own fields. */
export interface ChartBase {
	/** Stable once published: it names the chart's anchor, embed, downloads, slide and snapshot. */
	id: string;
	page: ChartPage;
	/** Where on its page to land when the chart is not drawn there itself (an element id); default `id`. */
	anchor?: string;
	text: ChartText;
	/** Gaps, definition changes, published against computed: every note a reader needs. */
	notes: ModelText[];
	/** Parameters of the title, subtitle and summary-label messages (a `date` is written out per language). */
	textParams?: Record<string, string>;
	/** Registry rows of every source the chart cites, by id. */
	sources: Record<string, Source>;
	options?: ChartOptions;
	/** Set once localizeChart has replaced every message key with its text in this language. */
	localized?: Locale;
}

/** The registry rows for the given ids, by id (every id must resolve: a chart never cites an unknown source). */
export function sourcesFor(dataset: Pick<Dataset, 'sources'>, ids: Iterable<string>): Record<string, Source> {
	return sourceRecord(dataset.sources, ids);
}
