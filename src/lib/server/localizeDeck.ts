import type { Locale } from '$lib/text/format';
import type { Deck, DeckItem, Slide } from '$lib/present/model';
import { localizeChart, messageText } from './localizeChart';

/**
 * The deck in one language for the browser: its charts localized (localizeChart) and the message
 * keys its items carry (a group's or a set of classes' name, a metric's short name) replaced by their
 * text, so the slides never look a message up by key.
 */
export function localizeDeck(deck: Deck, locale: Locale): Deck {
	const item = <T extends DeckItem>(i: T): T =>
		i.kind === 'metric'
			? { ...i, shortLabel: i.shortLabel === null ? null : messageText(i.shortLabel, locale) }
			: { ...i, label: messageText(i.label, locale) };
	const slide = (s: Slide): Slide => {
		switch (s.kind) {
			case 'title':
				return { ...s, figures: s.figures.map(item) };
			case 'glance':
				return { ...s, items: s.items.map(item) };
			case 'domain':
				return {
					...s,
					headline: item(s.headline),
					facts: s.facts.map(item),
					chart: s.chart ? localizeChart(s.chart, locale) : null
				};
			case 'chart':
				return { ...s, chart: localizeChart(s.chart, locale) };
			default:
				return s;
		}
	};
	return { ...deck, slides: deck.slides.map(slide) };
}
