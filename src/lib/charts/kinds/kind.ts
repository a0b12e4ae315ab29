import type { Component } from 'svelte';
import type { Locale } from '../../text/format';
import type { ChartBase, ModelText } from '../model';

/** What a kind's component receives: the localized model, the page's language, the frame's heading level. */
export interface KindProps<M> {
	model: M;
	locale: Locale;
	/** The frame's title heading: h2 in an embed or on a slide, h3 on a page (default 3). */
	headingLevel?: 2 | 3;
	/** The plot's own height in px, for kinds whose height is free (a slide sets it); default the kind's. */
	height?: number;
}

/**
 * A chart kind, as the one table (./index.ts) lists it: its component (frame and plot, drawn on the
 * server), how its own words are localized (beyond the frame's title, subtitle, summary label and
 * notes, which localizeChart does for every kind), the one sentence that says what it shows, and (for some
 * kinds) its finding as a title.
 */
export interface Kind<M extends ChartBase> {
	component: Component<KindProps<M>>;
	/** The model's own words in one language (`t` resolves a ModelText); default: none to resolve. */
	localize?: (model: M, t: (text: ModelText) => string) => M;
	/** What the chart shows, in one sentence, from a localized model (its summary, and a slide's speaker note). */
	summary: (model: M, locale: Locale) => string;
	/**
	 * Its finding written for a title (a slide's heading), from a localized model, where the summary's
	 * sentences are too long for one; null when it has none. Default: the summary's sentences serve.
	 */
	finding?: (model: M, locale: Locale) => string | null;
	/** false: the frame's words stay message keys, which the kind resolves itself (the map). Default true. */
	frameText?: boolean;
}

/** A kind, typed by its model (so the table in ./index.ts can derive the union of models). */
export const defineKind = <M extends ChartBase>(kind: Kind<M>): Kind<M> => kind;
