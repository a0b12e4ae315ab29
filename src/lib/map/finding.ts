import { m } from '../paraglide/messages';
import type { MapChartModel } from '../charts/kinds/map/model';
import { AQI_CATEGORIES } from '../standards/aqiCategory';
import { WATER_CLASSES } from '../standards';
import { formatDate } from '../text/dates';
import { formatValue, type Locale } from '../text/format';
import { classIn, seaStatusIn } from './legend';
import { SEA_STATUSES } from './palette';
import { seaStatusText } from './tooltip';

/** Names as a title says them: "甲", "甲、乙", "甲等3处" / "A", "A and B", "A and 2 more". */
export function nameList(names: string[], locale: Locale): string {
	if (names.length <= 2) return names.join(locale === 'zh' ? '、' : ' and ');
	return m.map_finding_names_more({ name: names[0]!, count: names.length, more: names.length - 1 }, { locale });
}

/**
 * The finding a map states in a slide's title, from the figures of the first layer it shows that has
 * them (never typed in): the stations' AQI on the day drawn (which was lowest, which highest, or that
 * all were in one category), the water bodies' classes and the sea areas' categories of the year drawn
 * (how many are good, which is worst, or that all are in one class), or the sea area under cleaning management. Null when the map
 * shows none of these (the districts alone) or the day or year drawn has no values.
 */
export function mapFinding(model: MapChartModel, locale: Locale): string | null {
	const { map, mapOptions } = model;
	const layers = mapOptions.layers;
	const say = { locale };
	if (layers.includes('stations')) {
		const day = map.stationDays[mapOptions.date];
		const valued = map.stations.flatMap((s) => {
			const v = day?.[s.code];
			return v && v.aqi !== null && v.level !== null ? [{ name: s.name[locale], aqi: v.aqi, level: v.level }] : [];
		});
		if (valued.length > 0) {
			const min = Math.min(...valued.map((s) => s.aqi));
			const max = Math.max(...valued.map((s) => s.aqi));
			const names = (aqi: number) =>
				nameList(
					valued.filter((s) => s.aqi === aqi).map((s) => s.name),
					locale
				);
			const date = formatDate(mapOptions.date, locale);
			const levels = new Set(valued.map((s) => s.level));
			if (levels.size === 1)
				return m.map_finding_stations_one_category(
					{
						date,
						count: valued.length,
						category: AQI_CATEGORIES[valued[0]!.level - 1]![locale],
						best: names(min),
						min
					},
					say
				);
			return m.map_finding_stations({ date, worst: names(max), max, best: names(min), min }, say);
		}
	}
	if (layers.includes('water')) {
		const year = mapOptions.waterYear;
		const classed = map.water.flatMap((s) => {
			const c = classIn(s, year);
			return c ? [{ name: s.name[locale], rank: WATER_CLASSES.indexOf(c) }] : [];
		});
		if (classed.length > 0) {
			const worst = Math.max(...classed.map((s) => s.rank));
			const className = m.water_class_label({ class: WATER_CLASSES[worst]! }, say);
			if (classed.every((s) => s.rank === worst))
				return m.map_finding_water_one_class({ year, count: classed.length, class: className }, say);
			return m.map_finding_water(
				{
					year,
					count: classed.length,
					good: classed.filter((s) => s.rank <= WATER_CLASSES.indexOf('III')).length,
					worst: nameList(
						classed.filter((s) => s.rank === worst).map((s) => s.name),
						locale
					),
					class: className
				},
				say
			);
		}
	}
	if (layers.includes('sea')) {
		const year = mapOptions.seaYear;
		const rank = (status: string) => SEA_STATUSES.indexOf(status as (typeof SEA_STATUSES)[number]);
		const rated = map.sea.flatMap((a) => {
			const status = seaStatusIn(a, year);
			return status && rank(status) >= 0 ? [{ name: a.name[locale].replace(/[（(].*$/, ''), status }] : [];
		});
		if (rated.length > 0) {
			const worst = Math.max(...rated.map((a) => rank(a.status)));
			return m.map_finding_sea(
				{
					year,
					count: rated.length,
					good: rated.filter((a) => rank(a.status) <= rank('relatively_clean')).length,
					worst: nameList(
						rated.filter((a) => rank(a.status) === worst).map((a) => a.name),
						locale
					),
					status: seaStatusText(SEA_STATUSES[worst]!, locale)
				},
				say
			);
		}
	}
	if (layers.includes('litter')) {
		const f = map.litter.cleaning.at(-1);
		if (f)
			return m.map_litter_cleaning_line({ year: f.year, value: formatValue(f.value, f.decimals, f.unit, locale) }, say);
	}
	return null;
}
