/**
 * The printable worksheet's questions, each drawn from the data with its answer and its sources,
 * in one language. A builder returns null when the data do not support its question (so a
 * worksheet only ever asks what the data can answer). Pure apart from message lookups.
 */
import type { Dataset } from '../data/types';
import { m } from '../paraglide/messages';
import { AQI_CATEGORIES, WATER_CLASSES } from '../standards';
import { formatValue, type Locale } from '../text/format';
import { colourName, figure, waterClassLabel } from './content';
import type { QuizTarget } from './quiz';
import { floodQuestion } from '../water/learn';

export interface WorksheetQuestion {
	id: string;
	question: string;
	answer: string;
	sourceIds: string[];
	/** answer lines to print under the question */
	lines: 1 | 2;
	/** asked only when the map's names are hidden */
	onlyWithoutLabels?: boolean;
}

const districtName = (dataset: Dataset, adcode: string, locale: Locale): string | undefined =>
	districtNames(dataset)[adcode]?.[locale];

/** District names by adcode, from the map geometry (the one place that names all six). */
function districtNames(dataset: Dataset): Record<string, { zh: string; en: string }> {
	const topology = dataset.monitoring.map.topology as {
		objects?: {
			districts?: { geometries?: { properties?: { adcode?: unknown; name_zh?: string; name_en?: string } }[] };
		};
	};
	const out: Record<string, { zh: string; en: string }> = {};
	for (const g of topology.objects?.districts?.geometries ?? []) {
		const p = g.properties;
		if (p?.adcode !== undefined && p.name_zh && p.name_en) out[String(p.adcode)] = { zh: p.name_zh, en: p.name_en };
	}
	return out;
}

const list = (items: string[], locale: Locale) => items.join(locale === 'zh' ? '、' : ', ');

/**
 * "Which district(s) have N national air-monitoring stations?" — N being the most any district has
 * (at least 2); today two districts have two each (Siming, Tong'an).
 */
export function stationsQuestion(dataset: Dataset, locale: Locale): WorksheetQuestion | null {
	const stations = dataset.monitoring.stations;
	const counts = new Map<string, number>();
	for (const s of stations) counts.set(s.district, (counts.get(s.district) ?? 0) + 1);
	const max = Math.max(0, ...counts.values());
	const top = [...counts.keys()].filter((adcode) => counts.get(adcode) === max).sort();
	if (max < 2 || top.some((adcode) => !districtName(dataset, adcode, locale))) return null;
	const own = stations.filter((s) => top.includes(s.district));
	const parts = top.map((adcode) =>
		m.learn_ws_a_district_stations(
			{
				district: districtName(dataset, adcode, locale)!,
				stations: list(
					own.filter((s) => s.district === adcode).map((s) => s.name[locale]),
					locale
				)
			},
			{ locale }
		)
	);
	return {
		id: 'stations',
		question:
			top.length === 1
				? m.learn_ws_q_two_stations({ count: max }, { locale })
				: m.learn_ws_q_two_stations_many({ count: max }, { locale }),
		answer: m.learn_ws_a_two_stations({ list: parts.join(locale === 'zh' ? '；' : '; ') }, { locale }),
		sourceIds: [...new Set(own.map((s) => s.sourceId))],
		lines: 1
	};
}

/** "In which district is the reference station? Why have one?" — when exactly one station is a reference site. */
export function referenceQuestion(dataset: Dataset, locale: Locale): WorksheetQuestion | null {
	const refs = dataset.monitoring.stations.filter((s) => s.referenceSite);
	if (refs.length !== 1) return null;
	const station = refs[0]!;
	const name = districtName(dataset, station.district, locale);
	if (!name) return null;
	return {
		id: 'reference',
		question: m.learn_ws_q_reference({}, { locale }),
		answer: m.learn_ws_a_reference({ district: name, station: station.name[locale] }, { locale }),
		sourceIds: [station.sourceId],
		lines: 2
	};
}

/** "What class was <site> in <latest year>? Better or worse than in <earliest year>?" */
export function waterClassQuestion(
	dataset: Dataset,
	locale: Locale,
	siteId = 'bantou-shidou-reservoir'
): WorksheetQuestion | null {
	const site = dataset.sites.find((s) => s.id === siteId);
	const classes = dataset.waterClasses.filter((c) => c.site === siteId).sort((a, b) => a.year - b.year);
	const [first, last] = [classes[0], classes.at(-1)];
	if (!site || !first || !last || first === last) return null;
	const rank = (c: string) => WATER_CLASSES.indexOf(c as (typeof WATER_CLASSES)[number]);
	const args = {
		class: waterClassLabel(last.class, locale),
		year: last.year,
		before: first.year,
		beforeClass: waterClassLabel(first.class, locale)
	};
	const answer =
		rank(last.class) < rank(first.class)
			? m.learn_ws_a_water_better(args, { locale })
			: rank(last.class) > rank(first.class)
				? m.learn_ws_a_water_worse(args, { locale })
				: m.learn_ws_a_water_same(args, { locale });
	return {
		id: 'water-class',
		question: m.learn_ws_q_water_class({ site: site.name[locale], year: last.year, before: first.year }, { locale }),
		answer,
		sourceIds: [...new Set([last.sourceId, first.sourceId])],
		lines: 1
	};
}

/** "What was the composite index in <latest year>? Higher or lower than the year before?" — both published. */
export function compositeQuestion(dataset: Dataset, locale: Locale): WorksheetQuestion | null {
	const latest = figure(dataset, 'composite_index');
	const previous = latest && figure(dataset, 'composite_index', latest.year - 1);
	if (!latest || !previous || latest.value === previous.value) return null;
	const fmt = (f: typeof latest) => formatValue(f.value, f.decimals, f.unit, locale);
	const args = { value: fmt(latest), previous: previous.year, previousValue: fmt(previous) };
	return {
		id: 'composite',
		question: m.learn_ws_q_composite({ year: latest.year, previous: previous.year }, { locale }),
		answer:
			latest.value < previous.value
				? m.learn_ws_a_composite_lower(args, { locale })
				: m.learn_ws_a_composite_higher(args, { locale }),
		sourceIds: [...new Set([latest.sourceId, previous.sourceId])],
		lines: 2
	};
}

/** "Which AQI values count as good, and what colour shows it?" — from the standards engine. */
export function aqiGoodQuestion(dataset: Dataset, locale: Locale): WorksheetQuestion {
	const good = AQI_CATEGORIES[1]!;
	return {
		id: 'aqi-good',
		question: m.learn_ws_q_aqi_good({}, { locale }),
		answer: m.learn_ws_a_aqi_good(
			{ from: AQI_CATEGORIES[0]!.max + 1, to: good.max, colour: colourName(good.level, locale) },
			{ locale }
		),
		sourceIds: ['std-hj-633-2012'].filter((id) => dataset.sources.some((s) => s.id === id)),
		lines: 1
	};
}

/** "Which season had more of 隘头潭's readings worse than class III, and about how many times as many?" */
export function floodSeasonQuestion(dataset: Dataset, locale: Locale): WorksheetQuestion | null {
	const q = floodQuestion(dataset, locale);
	return q && { id: 'flood-season', ...q, lines: 2 };
}

/** "About how much of the floating litter comes from which river?" */
export function litterQuestion(dataset: Dataset, locale: Locale): WorksheetQuestion | null {
	const share = figure(dataset, 'litter_share_from_jiulong_pct_approx');
	if (!share) return null;
	return {
		id: 'litter',
		question: m.learn_ws_q_litter({ year: share.year }, { locale }),
		answer: m.learn_ws_a_litter({ share: formatValue(share.value, share.decimals, share.unit, locale) }, { locale }),
		sourceIds: [share.sourceId],
		lines: 1
	};
}

/** "What is each of the lettered places?" — asked only when the map's names are hidden. */
export function lettersQuestion(targets: QuizTarget[], locale: Locale): WorksheetQuestion | null {
	if (targets.length === 0) return null;
	const letters = targets.map((t) => t.letter);
	const range = letters.length > 1 ? `${letters[0]}–${letters.at(-1)}` : letters[0]!;
	return {
		id: 'letters',
		question: m.learn_ws_q_letters({ letters: range }, { locale }),
		answer: m.learn_ws_a_letters(
			{
				pairs: list(
					targets.map((t) => `${t.letter} ${t.name[locale].replace(/[（(].*$/, '')}`),
					locale
				)
			},
			{ locale }
		),
		sourceIds: [],
		lines: 2,
		onlyWithoutLabels: true
	};
}

/** The worksheet's questions in order; the letters question (names hidden) comes last. */
export function worksheetQuestions(dataset: Dataset, targets: QuizTarget[], locale: Locale): WorksheetQuestion[] {
	return [
		stationsQuestion(dataset, locale),
		referenceQuestion(dataset, locale),
		waterClassQuestion(dataset, locale),
		floodSeasonQuestion(dataset, locale),
		compositeQuestion(dataset, locale),
		aqiGoodQuestion(dataset, locale),
		litterQuestion(dataset, locale),
		lettersQuestion(targets, locale)
	].filter((q): q is WorksheetQuestion => q !== null);
}
