import { m } from '../paraglide/messages';
import type { Locale } from '../text/format';
import type { ModelText, ValueKind } from './model';

/**
 * The words of a localized model (see src/lib/server/localizeChart.ts): plain text, or a name the data
 * gives in both languages. A message key left in a model is a bug (it would need `m[key]()`, which
 * puts every message of both languages into the page's JavaScript), so it fails loudly.
 */
export function resolveText(text: ModelText, locale: Locale): string {
	if (typeof text === 'string') return text;
	if ('key' in text)
		throw new Error(`Message key "${text.key}" was not localized: call localizeChart in the load function`);
	return text[locale];
}

type Message = (inputs: Record<string, never>, options: { locale: Locale }) => string;

/** How a value came to be, in words; each a static reference so the bundler keeps only these messages. */
const KINDS: Record<ValueKind, Message> = {
	published: m.chart_kind_published,
	derived: m.chart_kind_derived,
	computed: m.chart_kind_computed,
	third_party: m.chart_kind_third_party
};
export const valueKindLabel = (kind: ValueKind, locale: Locale) => KINDS[kind]({}, { locale });
