import { m } from '../paraglide/messages';
import type { Locale } from '../text/format';
import type { ModelText } from './model';

type Message = (params?: Record<string, string>, options?: { locale?: Locale }) => string;

/** A message by key; an unknown key is a bug in a chart definition, so it fails loudly. */
export function message(key: string, params: Record<string, string> = {}, locale?: Locale): string {
	const fn = (m as unknown as Record<string, Message | undefined>)[key];
	if (!fn) throw new Error(`Unknown message key "${key}"`);
	return fn(params, locale ? { locale } : {});
}

/** The words of a model in the page's language: a message key, a key with parameters, or a bilingual name. */
export function resolveText(text: ModelText, locale: Locale): string {
	if (typeof text === 'string') return message(text, {}, locale);
	if ('key' in text) return message(text.key, text.params ?? {}, locale);
	return text[locale];
}
