/**
 * The map's words that are chosen by a value (a layer, an AQI level, a water body's kind, a sea
 * category) or named by a key in a model (chart text, a district value's label). Each is a static
 * reference to its message, never `m[key]`: a dynamic lookup would put every message of every area
 * into the map's JavaScript.
 */
import { m } from '../paraglide/messages';
import type { Site } from '../data/types';
import type { Locale } from '../text/format';
import type { SeaStatus } from './palette';
import type { MapLayerId } from './types';

type Message = (inputs: Record<string, never>, options: { locale: Locale }) => string;
const say = (message: Message, locale: Locale) => message({}, { locale });

/**
 * Message keys a map model may carry: the chart's title, subtitle and notes, and the label and
 * note of a district value. A model naming any other key fails loudly: add the key here.
 */
const KEYED: Record<string, Message> = {
	map_title: m.map_title,
	map_subtitle: m.map_subtitle,
	map_summary_label: m.map_summary_label,
	map_chart_note_points: m.map_chart_note_points,
	map_chart_note_computed: m.map_chart_note_computed,
	map_choropleth_stations_label: m.map_choropleth_stations_label,
	map_choropleth_stations_note: m.map_choropleth_stations_note
};

/** The text of a message key carried by a map model (see KEYED). */
export function keyedText(key: string, locale: Locale): string {
	const message = KEYED[key];
	if (!message) throw new Error(`Map text key "${key}" is not in src/lib/map/text.ts (KEYED)`);
	return say(message, locale);
}

const LAYERS: Record<MapLayerId, Message> = {
	districts: m.map_layer_districts,
	stations: m.map_layer_stations,
	water: m.map_layer_water,
	sea: m.map_layer_sea,
	litter: m.map_layer_litter
};
export const layerName = (layer: MapLayerId, locale: Locale) => say(LAYERS[layer], locale);

const AQI_LEVELS: Message[] = [
	m.map_aqi_level_1,
	m.map_aqi_level_2,
	m.map_aqi_level_3,
	m.map_aqi_level_4,
	m.map_aqi_level_5,
	m.map_aqi_level_6
];
/** "一级" / "level 1" (HJ 633 levels 1–6); the number itself outside that range. */
export const aqiLevelName = (level: number, locale: Locale) => {
	const message = AQI_LEVELS[level - 1];
	return message ? say(message, locale) : String(level);
};

const WATER_KINDS: Record<Site['kind'], Message> = {
	reservoir: m.map_water_kind_reservoir,
	drinking_source: m.map_water_kind_drinking_source,
	lagoon: m.map_water_kind_lagoon,
	river: m.map_water_kind_river,
	river_section: m.map_water_kind_river_section
};
export const waterKindName = (kind: Site['kind'], locale: Locale) => say(WATER_KINDS[kind], locale);

const SEA_STATUSES: Record<SeaStatus, Message> = {
	clean: m.map_sea_status_clean,
	relatively_clean: m.map_sea_status_relatively_clean,
	slightly_polluted: m.map_sea_status_slightly_polluted,
	moderately_polluted: m.map_sea_status_moderately_polluted,
	severely_polluted: m.map_sea_status_severely_polluted
};
/** A sea area's bulletin category in words; an unknown status is shown as recorded. */
export const seaStatusName = (status: string, locale: Locale) => {
	const message = SEA_STATUSES[status as SeaStatus];
	return message ? say(message, locale) : status;
};
