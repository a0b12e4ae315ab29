/**
 * The map as a table (the text alternative every chart has): one row per feature of the layers
 * shown, with where it is, its value or class and for which day or year, and its source.
 */
import { m } from '../paraglide/messages';
import type { Source } from '../data/types';
import { resolveSources } from '../data/sources';
import { formatNumber, formatValue, type Locale } from '../text/format';
import { formatDate } from '../text/dates';
import { classIn, seaStatusIn } from './legend';
import { aqiText, approximateText, classText, seaStatusText, waterLocationText } from './tooltip';
import { keyedText, layerName } from './text';
import type { DistrictChoropleth, MapLayerId, XiamenMapData } from './types';

export interface MapTableOptions {
	layers: MapLayerId[];
	date: string;
	waterYear: number;
	seaYear: number;
	choropleth: DistrictChoropleth | null;
}

/** Source titles only (the table's last column), without the "Source:" prefix. */
function titles(ids: string[], sources: Record<string, Source>, locale: Locale): string {
	const cited = resolveSources(sources, ids.filter(Boolean));
	return cited.length === 0 ? '—' : cited.map((s) => s.title).join(locale === 'zh' ? '；' : '; ');
}

export function mapTable(
	data: XiamenMapData,
	options: MapTableOptions,
	sources: Record<string, Source>,
	locale: Locale
): { columns: string[]; rows: string[][] } {
	const columns = [
		m.map_table_feature({}, { locale }),
		m.map_table_layer({}, { locale }),
		m.map_table_location({}, { locale }),
		m.map_table_value({}, { locale }),
		m.map_table_date({}, { locale }),
		m.chart_source({}, { locale })
	];
	const rows: string[][] = [];
	const layer = (id: MapLayerId) => layerName(id, locale);
	const on = (id: MapLayerId) => options.layers.includes(id);

	if (on('districts')) {
		const c = options.choropleth;
		for (const d of data.districts) {
			const v = c?.values[d.adcode];
			rows.push([
				d.name[locale],
				layer('districts'),
				'—',
				c
					? m.map_value_line(
							{
								label: keyedText(c.label, locale),
								value:
									v === null || v === undefined
										? m.map_no_value({}, { locale })
										: formatValue(v, c.decimals, c.unit, locale)
							},
							{ locale }
						)
					: '—',
				'—',
				titles(c?.sourceIds ?? data.note.sourceIds, sources, locale)
			]);
		}
	}
	if (on('stations')) {
		const day = data.stationDays[options.date];
		for (const s of data.stations) {
			const v = day?.[s.code];
			const value = !day
				? m.map_station_no_day({ date: formatDate(options.date, locale) }, { locale })
				: v && v.aqi !== null && v.level !== null
					? aqiText(v.aqi, v.level, locale)
					: m.map_legend_no_values({}, { locale });
			rows.push([
				`${s.name[locale]} ${s.code}${s.referenceSite ? ` (${m.map_station_reference_short({}, { locale })})` : ''}`,
				layer('stations'),
				`${formatNumber(s.wgs84.lat, 5, 'en')}, ${formatNumber(s.wgs84.lon, 5, 'en')} (WGS-84)`,
				value,
				formatDate(options.date, locale),
				titles([...(v ? [v.sourceId] : []), s.sourceId], sources, locale)
			]);
		}
	}
	if (on('water')) {
		for (const site of data.water) {
			const c = classIn(site, options.waterYear);
			const ref = site.classes.find((x) => x.year === options.waterYear);
			rows.push([
				site.name[locale],
				layer('water'),
				waterLocationText(site, data, locale),
				c ? classText(c, locale) : m.map_water_no_class({ year: options.waterYear }, { locale }),
				String(options.waterYear),
				titles([ref?.sourceId ?? site.sourceId, ...(site.place ? [site.place.sourceId] : [])], sources, locale)
			]);
		}
	}
	if (on('sea')) {
		for (const area of data.sea) {
			const status = seaStatusIn(area, options.seaYear);
			const ref = area.statuses.find((s) => s.year === options.seaYear);
			rows.push([
				area.name[locale],
				layer('sea'),
				area.place ? approximateText(area.place, locale) : m.map_sea_no_outline_compact({}, { locale }),
				status
					? `${seaStatusText(status, locale)} (${m.map_sea_scheme_short({ year: options.seaYear }, { locale })})`
					: m.map_sea_no_status({ year: options.seaYear }, { locale }),
				String(options.seaYear),
				titles([...(ref ? [ref.sourceId] : []), ...(area.place ? [area.place.sourceId] : [])], sources, locale)
			]);
		}
	}
	if (on('litter')) {
		for (const f of data.litter.cleaning)
			rows.push([
				m.map_litter_cleaning_label({}, { locale }),
				layer('litter'),
				m.map_litter_whole_sea({}, { locale }),
				formatValue(f.value, f.decimals, f.unit, locale),
				String(f.year),
				titles([f.sourceId], sources, locale)
			]);
		for (const f of data.litter.density)
			rows.push([
				m.map_litter_density_label({}, { locale }),
				layer('litter'),
				'—',
				formatValue(f.value, f.decimals, f.unit, locale),
				String(f.year),
				titles([f.sourceId], sources, locale)
			]);
	}
	return { columns, rows };
}
