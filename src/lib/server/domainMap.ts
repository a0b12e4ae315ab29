import { buildChart } from '../charts/registry';
import type { MapChartModel } from '../charts/model';
import type { MapLayerId } from '../map/types';
import { dataset } from './dataset';

/**
 * The Xiamen map (the registered chart `map-xiamen`) as a domain page shows it: compact (its lists,
 * day picker and position details are on /map/, which it links to) and opening on the layers of that
 * domain (all of them when none are named, as on /learn/); the reader can still switch the others on.
 */
export function domainMap(layers?: MapLayerId[]): MapChartModel {
	const map = buildChart('map-xiamen', dataset);
	if (map.kind !== 'map') throw new Error('map-xiamen is not a map');
	const shown = layers ?? map.mapOptions.layers;
	// The districts are filled by their number of air stations only where the stations are the subject.
	const choropleth = shown.includes('stations') ? map.mapOptions.choropleth : null;
	return { ...map, mapOptions: { ...map.mapOptions, compact: true, layers: shown, choropleth, height: '70vh' } };
}
