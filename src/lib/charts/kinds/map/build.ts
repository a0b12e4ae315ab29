import type { Dataset } from '../../../data/types';
import { buildMapData, stationsPerDistrict } from '../../../map/layers';
import { mapSourceIds } from '../../../map/sources';
import { MAP_LAYERS, type MapLayerId } from '../../../map/types';
import { sourcesFor, type ChartPage } from '../../model';
import type { MapChartModel } from './model';

/**
 * The whole Xiamen map: every layer on, the whole city, stations coloured by the last day that has
 * station data, water classes and sea categories of their latest year, districts filled by how many
 * national air-monitoring stations each has (a count from data/stations.csv).
 */
export function xiamenMap(dataset: Dataset, id: string, page: ChartPage): MapChartModel {
	const map = buildMapData(dataset);
	const choropleth = stationsPerDistrict(dataset, map.districts);
	const mapOptions = {
		layers: [...MAP_LAYERS],
		view: 'city' as const,
		date: Object.keys(map.stationDays).sort().at(-1) ?? map.city.start,
		waterYear: map.waterYears.at(-1) ?? 0,
		seaYear: map.seaYears.at(-1) ?? 0,
		choropleth,
		compact: false,
		// As tall as the screen under a line of heading: at 1440×900 about 880 px wide.
		height: 'calc(100vh - 4rem)'
	};
	return {
		kind: 'map',
		id,
		page,
		text: { title: 'map_title', subtitle: 'map_subtitle', summaryLabel: 'map_summary_label' },
		notes: ['map_chart_note_points', 'map_chart_note_computed'],
		map,
		mapOptions,
		sources: sourcesFor(dataset, mapSourceIds(map, mapOptions))
	};
}

/**
 * The map showing only `layers` (in the map's order), citing only their sources. The districts are
 * filled by their number of air stations only where the stations are shown (the fill is about them).
 * For a map that is not hydrated (a domain page, a slide), these are all the layers the reader sees.
 */
export function mapShowing(model: MapChartModel, dataset: Dataset, layers: readonly MapLayerId[]): MapChartModel {
	const shown = MAP_LAYERS.filter((l) => layers.includes(l));
	const choropleth = shown.includes('stations') ? model.mapOptions.choropleth : null;
	const mapOptions = { ...model.mapOptions, layers: shown, choropleth };
	return { ...model, mapOptions, sources: sourcesFor(dataset, mapSourceIds(model.map, mapOptions)) };
}
