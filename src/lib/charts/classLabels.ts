import { m } from '../paraglide/messages';
import type { GridScheme } from './classGrid';

/** Message-key suffix of a class: '劣V' is not a valid key character sequence, so it becomes 'worse_V'. */
const keyOf = (status: string) => (status === '劣V' ? 'worse_V' : status);

const message = (key: string): string => {
	const fn = (m as unknown as Record<string, (() => string) | undefined>)[key];
	if (!fn) throw new Error(`Unknown message key "${key}"`);
	return fn();
};

/**
 * A class or category in the page's language. `short` is what fits in a grid cell ("Ⅱ", "II");
 * `full` is what a sentence or tooltip says ("Ⅱ类", "class II", "较清洁", "relatively clean"); a short
 * label may carry soft hyphens where a narrow cell can break it.
 */
export function statusLabel(scheme: GridScheme, status: string, form: 'short' | 'full' = 'full'): string {
	if (scheme === 'gb3838') return message(`water_gb3838_${form}_${keyOf(status)}`);
	const words = message(scheme === 'ocean_bureau' ? `coast_ocean_${status}` : `water_trophic_${status}`);
	// Soft hyphens (U+00AD) mark where a cell may break a long word; sentences never need them.
	return form === 'short' ? words : words.replaceAll('\u00ad', '');
}
