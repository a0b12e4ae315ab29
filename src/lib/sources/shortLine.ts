import { m } from '../paraglide/messages';
import type { Source } from '../data/types';
import type { Locale } from '../text/format';

/**
 * The one-line citation under a chart or card: the first source's short name and how many there are in
 * all ("来源：2024年工作总结等3项" / "Source: 2024 work summary and 2 more"). The full list opens from it
 * (SourceLine.svelte). Empty for no sources.
 */
export function shortSourceLine(sources: readonly Source[], locale: Locale): string {
	const first = sources[0];
	if (!first) return '';
	if (sources.length === 1) return m.source_short_one({ first: first.short[locale] }, { locale });
	return m.source_short_more(
		{ first: first.short[locale], count: String(sources.length), more: String(sources.length - 1) },
		{ locale }
	);
}

/**
 * The compact citation of a KPI card ("来源" / "Sources (2)"): a row of cards would otherwise repeat the
 * same document's name on every card (issue 15: citations at most a tenth of a page's text). The full
 * list, with each title, opens from it as from the short line. Empty for no sources.
 */
export function compactSourceLine(sources: readonly Source[], locale: Locale): string {
	if (sources.length === 0) return '';
	if (sources.length === 1) return m.source_compact_one({}, { locale });
	return m.source_compact_more({ count: String(sources.length) }, { locale });
}
