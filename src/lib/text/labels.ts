import { m } from '../paraglide/messages';
import type { Source } from '../data/types';

/**
 * Words chosen by a value (a section, a source's kind and reliability), each a static reference to its
 * message: a dynamic lookup (`m[key]()`) would put every message of both languages into the page's
 * JavaScript.
 */

const SECTIONS = {
	air: m.section_air,
	water: m.section_water,
	coast: m.section_coast,
	litter: m.section_litter,
	noise: m.section_noise
};
/** A domain's section name ("空气质量" / "Air quality"). */
export function sectionName(domain: string): string {
	const message = SECTIONS[domain as keyof typeof SECTIONS];
	if (!message) throw new Error(`No section name for domain "${domain}": add it to src/lib/text/labels.ts`);
	return message();
}

const SOURCE_KINDS: Record<Source['kind'], () => string> = {
	official_document: m.source_kind_official_document,
	official_bulletin: m.source_kind_official_bulletin,
	news_report: m.source_kind_news_report,
	news_mirror: m.source_kind_news_mirror,
	dataset: m.source_kind_dataset
};
export const sourceKindLabel = (kind: Source['kind']) => SOURCE_KINDS[kind]();

const RELIABILITY: Record<Source['reliability'], () => string> = {
	high: m.reliability_high,
	medium: m.reliability_medium,
	low: m.reliability_low
};
export const reliabilityLabel = (reliability: Source['reliability']) => RELIABILITY[reliability]();

const GRADES: Record<string, () => string> = {
	excellent: m.water_grade_excellent,
	good: m.water_grade_good,
	slightly_polluted: m.water_grade_slightly_polluted,
	moderately_polluted: m.water_grade_moderately_polluted,
	severely_polluted: m.water_grade_severely_polluted
};
/** A water-quality grade word ("优" / "excellent"). */
export function gradeWord(status: string): string {
	const message = GRADES[status];
	if (!message) throw new Error(`No word for water grade "${status}": add it to src/lib/text/labels.ts`);
	return message();
}

const SCOPES: Record<string, () => string> = {
	fujian: m.sources_scope_fujian,
	jiulong_basin: m.sources_scope_jiulong_basin,
	dongxixi_basin: m.sources_scope_dongxixi_basin
};
/** The words for a figure's scope when it is not the city; an unknown scope shows its id, so it is never hidden. */
export const scopeWords = (scope: string): string => SCOPES[scope]?.() ?? scope;
