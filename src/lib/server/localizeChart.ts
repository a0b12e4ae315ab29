import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { Locale } from '$lib/text/format';
import { formatDate, monthIndex, yearMonthLabel } from '$lib/text/dates';
import type { ChartText, ModelText } from '$lib/charts/model';
import { kindOf, type ChartModel } from '$lib/charts/kinds';

/**
 * Chart words resolved on the server. A chart definition names its words by message key; looking a
 * key up in the browser (`m[key]()`) would put every message of both languages into every page's
 * JavaScript, so load functions resolve them here and the components receive plain strings.
 */

type Message = (params?: Record<string, string>, options?: { locale?: Locale }) => string;

/**
 * The page's language (`/en/…` is English), as the Paraglide middleware set it for this request
 * (src/hooks.server.ts). Reading `url` makes the load depend on the page's URL, so the data of
 * `/air/` and `/en/air/` are never shared.
 */
export function pageLocale(url: URL): Locale {
	void url.pathname;
	return getLocale();
}

/** A message by key in the given language; an unknown key is a bug in a definition, so it fails loudly. */
export function messageText(key: string, locale: Locale, params: Record<string, string> = {}): string {
	const fn = (m as unknown as Record<string, Message | undefined>)[key];
	if (!fn) throw new Error(`Unknown message key "${key}"`);
	return fn(params, { locale });
}

/**
 * The words of a model in the given language: a message key, a key with parameters (a parameter that
 * is words of its own, bilingual or a message, is resolved too), or a bilingual name.
 */
export function localizeText(text: ModelText, locale: Locale): string {
	if (typeof text === 'string') return messageText(text, locale);
	if ('key' in text) {
		const params = Object.fromEntries(
			Object.entries(text.params ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : localizeText(v, locale)])
		);
		return messageText(text.key, locale, params);
	}
	return text[locale];
}

const frame = (text: ChartText, locale: Locale, params: Record<string, string>): ChartText => ({
	title: messageText(text.title, locale, params),
	...(text.subtitle ? { subtitle: messageText(text.subtitle, locale, params) } : {}),
	summaryLabel: messageText(text.summaryLabel, locale, params)
});

/**
 * A chart model with every message key replaced by its text in `locale` (and `localized` set), for
 * Chart.svelte to render as given: the frame's words (title, subtitle and summary label with their
 * parameters, a `date` and a month (YYYY-MM) written out in the page's language; the notes) here, the kind's own words by
 * its `localize` (kinds/index.ts). The map keeps its keys (its kind says `frameText: false`): its
 * components name each of its few messages statically (src/lib/map/text.ts).
 */
export function localizeChart<T extends ChartModel>(model: T, locale: Locale): T {
	const kind = kindOf(model);
	if (model.localized === locale || kind.frameText === false) return model;
	if (model.localized) throw new Error(`Chart ${model.id} is already localized in "${model.localized}"`);
	const t = (text: ModelText) => localizeText(text, locale);
	const params = Object.fromEntries(
		Object.entries(model.textParams ?? {}).map(([k, v]) => [
			k,
			k === 'date' ? formatDate(v, locale) : /^\d{4}-\d{2}$/.test(v) ? yearMonthLabel(monthIndex(v), locale) : v
		])
	);
	const { textParams: _, ...rest } = model;
	const framed = {
		...rest,
		text: frame(model.text, locale, params),
		notes: model.notes.map(t),
		localized: locale
	} as T;
	return kind.localize ? kind.localize(framed, t) : framed;
}

/** Every chart of a page's data localized: a model, or an array or record of them, nested. */
export function localizeCharts<T>(charts: T, locale: Locale): T {
	if (Array.isArray(charts)) return charts.map((c) => localizeCharts(c, locale)) as T;
	if (charts && typeof charts === 'object') {
		if ('kind' in charts && 'text' in charts && 'id' in charts)
			return localizeChart(charts as unknown as ChartModel, locale) as T;
		return Object.fromEntries(Object.entries(charts).map(([k, v]) => [k, localizeCharts(v, locale)])) as T;
	}
	return charts;
}

/** Every message whose key starts with `prefix`, as text in `locale`: words a page picks by key (e.g. a catalogue group's name). */
export function messagesWithPrefix(prefix: string, locale: Locale): Record<string, string> {
	return Object.fromEntries(
		Object.keys(m)
			.filter((key) => key.startsWith(prefix))
			.map((key) => [key, messageText(key, locale)])
	);
}

/** A chart's title in `locale`, with its parameters (e.g. the year of a calendar), for embeds and the manifest. */
export function chartTitle(model: ChartModel, locale: Locale): string {
	if (kindOf(model).frameText === false) return messageText(model.text.title, locale);
	return model.localized === locale ? model.text.title : localizeChart(model, locale).text.title;
}
