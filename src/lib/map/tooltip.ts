/**
 * What a map feature's tooltip says (and its accessible name): name in the page's language and the
 * other, the value with its unit, the class in words, the date or year, and the source. Pure: built
 * from the map's data, the reader's choices (day, years, district value) and the locale.
 */
import { m } from '../paraglide/messages';
import type { Source } from '../data/types';
import { resolveSources } from '../data/sources';
import { AQI_CATEGORIES } from '../standards/aqiCategory';
import { formatValue, type Locale } from '../text/format';
import { formatDate } from '../text/dates';
import { classIn, seaStatusIn } from './legend';
import type { FeatureRef } from './state.svelte';
import { aqiLevelName, keyedText, layerName, seaStatusName, waterKindName } from './text';
import type { Bilingual, DistrictChoropleth, MapPlace, MapSeaArea, MapWaterSite, XiamenMapData } from './types';

export interface TooltipContent {
	title: string;
	/** the name in the other language ('' when the same) */
	alt: string;
	lines: string[];
	/** "Source: …" ('' when none) */
	source: string;
}

export interface TooltipContext {
	data: XiamenMapData;
	sources: Record<string, Source>;
	locale: Locale;
	date: string;
	waterYear: number;
	seaYear: number;
	choropleth: DistrictChoropleth | null;
}

const other = (locale: Locale): Locale => (locale === 'zh' ? 'en' : 'zh');
const names = (name: Bilingual, locale: Locale) => ({
	title: name[locale],
	alt: name[other(locale)] === name[locale] ? '' : name[other(locale)]
});

/** "Source: A; B" from source ids, once each (an id the context does not hold is an error: see resolveSources). */
export function sourceLine(ids: string[], ctx: Pick<TooltipContext, 'sources' | 'locale'>): string {
	const cited = resolveSources(ctx.sources, ids.filter(Boolean));
	if (cited.length === 0) return '';
	const titles = cited.map((s) => s.title).join(ctx.locale === 'zh' ? '；' : '; ');
	return m.map_source_line({ titles }, { locale: ctx.locale });
}

/** An AQI with its level and category in words: "AQI 48 · 一级（优）" / "AQI 48 · level 1 (Excellent)". */
export function aqiText(aqi: number, level: number, locale: Locale): string {
	const category = AQI_CATEGORIES[level - 1];
	if (!category) return `AQI ${aqi}`;
	return m.map_aqi_text({ aqi, level: aqiLevelName(level, locale), category: category[locale] }, { locale });
}

/** A water class in words: "II类" / "Class II". */
export const classText = (c: string, locale: Locale) => m.water_class_label({ class: c }, { locale });

/** A sea status (ocean-bureau category) in words. */
export const seaStatusText = seaStatusName;

/** What an approximate place's marker means, with its stated uncertainty. */
export function approximateText(place: MapPlace, locale: Locale): string {
	if (!place.uncertaintyKm) return m.map_location_approximate_unknown({}, { locale });
	const [ew, ns] = place.uncertaintyKm;
	const km = (v: number) => formatValue(v, 1, 'index', locale);
	return ew === ns
		? m.map_location_approximate({ km: km(ew) }, { locale })
		: m.map_location_approximate_box({ ew: km(ew), ns: km(ns) }, { locale });
}

/** Where a water body is shown, in words. */
export function waterLocationText(site: MapWaterSite, data: XiamenMapData, locale: Locale): string {
	switch (site.location) {
		case 'point':
			return m.map_location_point({}, { locale });
		case 'approximate':
			return approximateText(site.place!, locale);
		case 'district': {
			const district = data.districts.find((d) => d.adcode === site.district);
			return m.map_location_district({ district: district ? district.name[locale] : site.district! }, { locale });
		}
		default:
			return m.map_location_none({}, { locale });
	}
}

function districtTooltip(adcode: string, ctx: TooltipContext): TooltipContent | null {
	const d = ctx.data.districts.find((x) => x.adcode === adcode);
	if (!d) return null;
	const { locale } = ctx;
	const lines: string[] = [];
	const ids: string[] = [];
	if (ctx.choropleth) {
		const v = ctx.choropleth.values[adcode];
		const label = keyedText(ctx.choropleth.label, locale);
		lines.push(
			v === null || v === undefined
				? m.map_value_none({ label }, { locale })
				: m.map_value_line(
						{ label, value: formatValue(v, ctx.choropleth.decimals, ctx.choropleth.unit, locale) },
						{ locale }
					)
		);
		ids.push(...ctx.choropleth.sourceIds);
	}
	const local = ctx.data.water.filter((s) => s.location === 'district' && s.district === adcode);
	if (local.length > 0) {
		lines.push(
			m.map_district_water({ names: local.map((s) => s.name[locale]).join(locale === 'zh' ? '、' : ', ') }, { locale })
		);
	}
	return { ...names(d.name, locale), lines, source: sourceLine(ids, ctx) };
}

function stationTooltip(code: string, ctx: TooltipContext): TooltipContent | null {
	const s = ctx.data.stations.find((x) => x.code === code);
	if (!s) return null;
	const { locale } = ctx;
	const lines: string[] = [];
	if (s.referenceSite) lines.push(m.map_station_reference({}, { locale }));
	const day = ctx.data.stationDays[ctx.date];
	const values = day?.[code];
	const date = formatDate(ctx.date, locale);
	const ids: string[] = [];
	if (!day) {
		lines.push(m.map_station_no_day({ date }, { locale }));
	} else if (!values || values.aqi === null || values.level === null) {
		lines.push(m.map_station_no_values({ date }, { locale }));
		if (values) ids.push(values.sourceId);
	} else {
		lines.push(`${date}: ${aqiText(values.aqi, values.level, locale)}`);
		if (values.aqi > 50 && values.primary.length > 0)
			lines.push(m.map_station_primary({ pollutants: values.primary.join(', ') }, { locale }));
		lines.push(m.map_computed_note({}, { locale }));
		ids.push(values.sourceId);
	}
	const district = ctx.data.districts.find((d) => d.adcode === s.district);
	if (district) lines.push(m.map_in_district({ district: district.name[locale] }, { locale }));
	ids.push(s.sourceId);
	const n = names(s.name, locale);
	return { title: `${n.title} ${s.code}`, alt: n.alt, lines, source: sourceLine(ids, ctx) };
}

/** Every published class of a water body as "2015: III类, 2019: II类". */
export function classHistory(site: MapWaterSite, locale: Locale): string {
	return site.classes.map((c) => `${c.year}: ${classText(c.class, locale)}`).join(locale === 'zh' ? '；' : '; ');
}

function waterTooltip(id: string, ctx: TooltipContext): TooltipContent | null {
	const site = ctx.data.water.find((x) => x.id === id);
	if (!site) return null;
	const { locale, waterYear } = ctx;
	const lines: string[] = [waterKindName(site.kind, locale)];
	const c = classIn(site, waterYear);
	lines.push(
		c
			? m.map_water_class_year({ year: waterYear, class: classText(c, locale) }, { locale })
			: m.map_water_no_class({ year: waterYear }, { locale })
	);
	const others = site.classes.filter((x) => x.year !== waterYear);
	if (others.length > 0)
		lines.push(m.map_water_other_years({ list: classHistory({ ...site, classes: others }, locale) }, { locale }));
	lines.push(waterLocationText(site, ctx.data, locale));
	const ref = site.classes.find((x) => x.year === waterYear);
	const ids = [ref?.sourceId ?? site.sourceId];
	if (site.place) ids.push(site.place.sourceId);
	return { ...names(site.name, locale), lines, source: sourceLine(ids, ctx) };
}

function seaAreaLines(area: MapSeaArea, ctx: TooltipContext): string[] {
	const status = seaStatusIn(area, ctx.seaYear);
	return [
		status
			? m.map_sea_status_year({ year: ctx.seaYear, status: seaStatusText(status, ctx.locale) }, { locale: ctx.locale })
			: m.map_sea_no_status({ year: ctx.seaYear }, { locale: ctx.locale })
	];
}

function seaTooltip(id: string, ctx: TooltipContext): TooltipContent | null {
	const { locale } = ctx;
	if (id === 'whole') {
		const lines: string[] = [m.map_sea_whole_note({ count: ctx.data.sea.length }, { locale })];
		for (const area of ctx.data.sea) {
			const status = seaStatusIn(area, ctx.seaYear);
			lines.push(`${area.name[locale]}: ${status ? seaStatusText(status, locale) : '—'}`);
		}
		lines.push(m.map_sea_scheme_short({ year: ctx.seaYear }, { locale }));
		const ids = ctx.data.sea.flatMap((a) => a.statuses.filter((s) => s.year === ctx.seaYear).map((s) => s.sourceId));
		return {
			title: m.map_sea_whole({}, { locale }),
			alt: m.map_sea_whole({}, { locale: other(locale) }),
			lines,
			source: sourceLine(ids, ctx)
		};
	}
	const area = ctx.data.sea.find((a) => a.id === id);
	if (!area) return null;
	const lines: string[] = seaAreaLines(area, ctx);
	lines.push(m.map_sea_scheme_short({ year: ctx.seaYear }, { locale }));
	if (area.place) lines.push(approximateText(area.place, locale));
	const ids = [...area.statuses.filter((s) => s.year === ctx.seaYear).map((s) => s.sourceId)];
	if (area.place) ids.push(area.place.sourceId);
	return { ...names(area.name, locale), lines, source: sourceLine(ids, ctx) };
}

function litterTooltip(ctx: TooltipContext): TooltipContent {
	const { locale } = ctx;
	const { cleaning, density } = ctx.data.litter;
	const lines: string[] = [];
	for (const f of cleaning)
		lines.push(
			m.map_litter_cleaning_line({ year: f.year, value: formatValue(f.value, f.decimals, f.unit, locale) }, { locale })
		);
	if (cleaning.length > 0) lines.push(m.map_litter_whole_sea({}, { locale }));
	if (density.length > 0)
		lines.push(
			m.map_litter_density_line(
				{
					list: density
						.map((f) => `${f.year}: ${formatValue(f.value, f.decimals, f.unit, locale)}`)
						.join(locale === 'zh' ? '；' : '; ')
				},
				{ locale }
			)
		);
	return {
		title: layerName('litter', locale),
		alt: layerName('litter', other(locale)),
		lines,
		source: sourceLine(
			[...cleaning, ...density].map((f) => f.sourceId),
			ctx
		)
	};
}

/** The tooltip of a feature, or null when it does not exist. */
export function tooltipFor(ref: FeatureRef, ctx: TooltipContext): TooltipContent | null {
	switch (ref.layer) {
		case 'districts':
			return districtTooltip(ref.id, ctx);
		case 'stations':
			return stationTooltip(ref.id, ctx);
		case 'water':
			return waterTooltip(ref.id, ctx);
		case 'sea':
			return seaTooltip(ref.id, ctx);
		case 'litter':
			return litterTooltip(ctx);
	}
}

/** The tooltip as one accessible name: "Siming (思明区) · National air-monitoring stations: 2 · Source: …". */
export function featureLabel(content: TooltipContent | null): string {
	if (!content) return '';
	const head = content.alt ? `${content.title} (${content.alt})` : content.title;
	return [head, ...content.lines, content.source].filter(Boolean).join(' · ');
}
