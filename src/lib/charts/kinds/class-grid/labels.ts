import { m } from '../../../paraglide/messages';
import type { Locale } from '../../../text/format';
import type { GridScheme } from './grid';

type Message = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

/**
 * Every class and category by scheme, each a static reference to its message (never `m[key]`: a
 * dynamic lookup would put every message of both languages into the page's JavaScript).
 * '劣V' is not a valid message-key character sequence, so its keys say 'worse_V'.
 */
const GB3838: Record<'short' | 'full', Record<string, Message>> = {
	short: {
		I: m.water_gb3838_short_I,
		II: m.water_gb3838_short_II,
		III: m.water_gb3838_short_III,
		IV: m.water_gb3838_short_IV,
		V: m.water_gb3838_short_V,
		劣V: m.water_gb3838_short_worse_V
	},
	full: {
		I: m.water_gb3838_full_I,
		II: m.water_gb3838_full_II,
		III: m.water_gb3838_full_III,
		IV: m.water_gb3838_full_IV,
		V: m.water_gb3838_full_V,
		劣V: m.water_gb3838_full_worse_V
	}
};
const OCEAN: Record<string, Message> = {
	clean: m.coast_ocean_clean,
	relatively_clean: m.coast_ocean_relatively_clean,
	slightly_polluted: m.coast_ocean_slightly_polluted,
	moderately_polluted: m.coast_ocean_moderately_polluted,
	severely_polluted: m.coast_ocean_severely_polluted
};
const TROPHIC: Record<string, Message> = {
	oligotrophic: m.water_trophic_oligotrophic,
	mesotrophic: m.water_trophic_mesotrophic,
	slightly_eutrophic: m.water_trophic_slightly_eutrophic,
	moderately_eutrophic: m.water_trophic_moderately_eutrophic,
	severely_eutrophic: m.water_trophic_severely_eutrophic
};

const message = (table: Record<string, Message>, status: string, scheme: GridScheme, locale?: Locale): string => {
	const fn = table[status];
	if (!fn) throw new Error(`Unknown ${scheme} class "${status}": add it to src/lib/charts/kinds/class-grid/labels.ts`);
	return locale ? fn({}, { locale }) : fn();
};

/**
 * A class or category in the page's language. `short` is what fits in a grid cell ("Ⅱ", "II");
 * `full` is what a sentence or tooltip says ("Ⅱ类", "class II", "较清洁", "relatively clean"); a short
 * label may carry soft hyphens where a narrow cell can break it. `locale`: that language rather than the
 * page's (the deck writes both languages in one request).
 */
export function statusLabel(
	scheme: GridScheme,
	status: string,
	form: 'short' | 'full' = 'full',
	locale?: Locale
): string {
	if (scheme === 'gb3838') return message(GB3838[form], status, scheme, locale);
	const words = message(scheme === 'ocean_bureau' ? OCEAN : TROPHIC, status, scheme, locale);
	// Soft hyphens (U+00AD) mark where a cell may break a long word; sentences never need them.
	return form === 'short' ? words : words.replaceAll('\u00ad', '');
}
