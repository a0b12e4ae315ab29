/**
 * The work page's words that are built from data: each group's title, which states its finding with the
 * figures' values ("477个项目告知承诺制审批，节约14,310个工作日"), each pair's caption, each qualifier's badge.
 * Every message is a static reference (a dynamic lookup would put every message of both languages into a
 * page's JavaScript). A message's parameters are named after the figures they take: the work figure's id
 * with `_` for `-` (`approval_days_saved`), or a result metric's id.
 */
import { m } from '../paraglide/messages';
import type { Distinction, Unit } from '../data/types';
import { unitText } from '../text/format';
import type { Locale } from '../text/format';
import type { Words } from './figure';

type Message = (inputs: Record<string, string>, options?: { locale?: Locale }) => string;

/** A group's title, by group id (data/work.csv `group`). */
const GROUP_TITLES = {
	'national-recognition': m.work_group_national_recognition,
	'media-coverage': m.work_group_media_coverage,
	'ministry-support': m.work_group_ministry_support,
	'comprehensive-reform': m.work_group_comprehensive_reform,
	'synergy-pilot': m.work_group_synergy_pilot,
	'environmental-health-pilot': m.work_group_environmental_health_pilot,
	'quiet-neighbourhoods': m.work_group_quiet_neighbourhoods,
	'environmental-credit': m.work_group_environmental_credit,
	'public-participation': m.work_group_public_participation,
	'central-inspection': m.work_group_central_inspection,
	'provincial-inspection': m.work_group_provincial_inspection,
	'inspection-petitions': m.work_group_inspection_petitions,
	'blue-sky': m.work_group_blue_sky,
	'clean-transport': m.work_group_clean_transport,
	'shore-power': m.work_group_shore_power,
	'boilers-voc': m.work_group_boilers_voc,
	outfalls: m.work_group_outfalls,
	'litter-cleaning': m.work_group_litter_cleaning,
	'soil-surveys': m.work_group_soil_surveys,
	'zero-waste': m.work_group_zero_waste,
	'low-carbon-pilots': m.work_group_low_carbon_pilots,
	'low-carbon-standards': m.work_group_low_carbon_standards,
	'low-value-recyclables': m.work_group_low_value_recyclables,
	approvals: m.work_group_approvals,
	'emission-rights': m.work_group_emission_rights,
	'ocean-dumping': m.work_group_ocean_dumping,
	'restricted-hours-construction': m.work_group_restricted_hours_construction,
	'higher-level-funds': m.work_group_higher_level_funds,
	'flexible-enforcement': m.work_group_flexible_enforcement,
	'hazard-checks': m.work_group_hazard_checks,
	'misconduct-campaign': m.work_group_misconduct_campaign,
	'enforcement-rules': m.work_group_enforcement_rules,
	complaints: m.work_group_complaints
} as unknown as Readonly<Record<string, Message>>;

/** A category's finding, by category id (data/work-categories.csv); a category without figures has none. */
const CATEGORY_TITLES = {
	air: m.work_category_air,
	sea_coast: m.work_category_sea_coast,
	marine_litter: m.work_category_marine_litter,
	soil: m.work_category_soil,
	solid_waste: m.work_category_solid_waste,
	noise: m.work_category_noise,
	climate_low_carbon: m.work_category_climate_low_carbon,
	pollution_reduction_pilots: m.work_category_pollution_reduction_pilots,
	enterprise_services: m.work_category_enterprise_services,
	enforcement: m.work_category_enforcement,
	complaints_participation: m.work_category_complaints_participation,
	reform_recognition: m.work_category_reform_recognition
} as unknown as Readonly<Record<string, Message>>;

/** A pair's caption, by the id of its work figure. */
const PAIR_CAPTIONS = {
	'blue-sky-campaign-rounds': m.work_pair_blue_sky_campaign_rounds,
	'sea-ditches': m.work_pair_sea_ditches,
	'sea-cleaning-area': m.work_pair_sea_cleaning_area
} as unknown as Readonly<Record<string, Message>>;

/** The badge shown next to a qualified figure. */
const BADGES: Readonly<Record<Distinction, Message>> = {
	best_on_record: m.work_qualifier_best_on_record,
	tied_first_province: m.work_qualifier_tied_first_province,
	first_province: m.work_qualifier_first_province,
	best_in_province: m.work_qualifier_best_in_province,
	first_time: m.work_qualifier_first_time,
	among_best_national: m.work_qualifier_among_best_national,
	among_best_province: m.work_qualifier_among_best_province
};

/** The message parameter that takes a work figure's value. */
export const paramName = (id: string): string => id.replace(/-/g, '_');

/** English sentences start with a capital even when they start with a value ("more than 20 …"). */
const sentence = (text: string, locale: Locale) =>
	locale === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;

function render(message: Message, params: (locale: Locale) => Record<string, string>): Words {
	return {
		zh: sentence(message(params('zh'), { locale: 'zh' }), 'zh'),
		en: sentence(message(params('en'), { locale: 'en' }), 'en')
	};
}

/** Whether a group has a title message (every group of the data must: tested). */
export const hasGroupTitle = (group: string): boolean => Object.hasOwn(GROUP_TITLES, group);

/** A group's title in both languages, with its figures' values (`words`) in place. */
export function groupTitle(group: string, figures: readonly { id: string; words: Words }[]): Words {
	if (!hasGroupTitle(group))
		throw new Error(
			`No title for work group "${group}": add work_group_${paramName(group)} to src/lib/i18n/messages/work/{zh,en}.json and to src/lib/work/titles.ts`
		);
	return render(GROUP_TITLES[group]!, (locale) =>
		Object.fromEntries(figures.map((f) => [paramName(f.id), f.words[locale]]))
	);
}

/**
 * A category's finding in both languages, with its figures' values in place: the line an official reads
 * out ("477个项目告知承诺制审批，节约14,310个工作日；争取上级资金16,053万元"). Null for a category without
 * figures (its work is in words only); a category with figures and no finding is an error.
 */
export function categoryTitle(category: string, figures: readonly { id: string; words: Words }[]): Words | null {
	if (figures.length === 0) return null;
	if (!Object.hasOwn(CATEGORY_TITLES, category))
		throw new Error(
			`No finding for work category "${category}": add work_category_${category} to src/lib/i18n/messages/work/{zh,en}.json and to src/lib/work/titles.ts`
		);
	return render(CATEGORY_TITLES[category]!, (locale) =>
		Object.fromEntries(figures.map((f) => [paramName(f.id), f.words[locale]]))
	);
}

/** Whether a work figure has a pair caption (every paired figure must: tested). */
export const hasPairCaption = (workId: string): boolean => Object.hasOwn(PAIR_CAPTIONS, workId);

/** A pair's caption in both languages: the work figure's value and each result's (by metric id). */
export function pairCaption(
	work: { id: string; words: Words },
	results: readonly { id: string; text: Words }[]
): Words {
	if (!hasPairCaption(work.id))
		throw new Error(
			`No caption for the pair of work figure "${work.id}": add work_pair_${paramName(work.id)} to src/lib/i18n/messages/work/{zh,en}.json and to src/lib/work/titles.ts`
		);
	return render(PAIR_CAPTIONS[work.id]!, (locale) => ({
		[paramName(work.id)]: work.words[locale],
		...Object.fromEntries(results.map((r) => [r.id, r.text[locale]]))
	}));
}

/** The badge of a qualifier: "历史最佳" / "best on record". */
export function qualifierBadge(qualifier: Distinction): Words {
	const message = BADGES[qualifier];
	return { zh: message({}, { locale: 'zh' }), en: message({}, { locale: 'en' }) };
}

/** The work units in words (a reference row may bring a unit of data/metrics.csv: km²). */
const UNIT_WORDS: Partial<Record<Unit, Message>> = {
	count: m.work_unit_count,
	percent: m.work_unit_percent,
	percent_change: m.work_unit_percent_change,
	years: m.work_unit_years,
	working_days: m.work_unit_working_days,
	t: m.work_unit_t,
	kwh_10k: m.work_unit_kwh_10k,
	cny_10k: m.work_unit_cny_10k,
	m3_10k: m.work_unit_m3_10k,
	km2: m.work_unit_km2
} as unknown as Partial<Record<Unit, Message>>;

/**
 * A figure's unit in words for its card: "个数（台）" / "count", "万元（人民币）" / "yuan (CNY)"; a unit
 * without words of its own shows its symbol.
 */
export function unitWords(unit: Unit, measure: string, locale: Locale): string {
	const message = UNIT_WORDS[unit];
	return message ? message({ measure }, { locale }) : unitText(unit, locale);
}
