import { buildChart } from '../charts/registry';
import { mapShowing } from '../charts/kinds/map/build';
import type { MapChartModel } from '../charts/kinds/map';
import type { MapLayerId } from '../map/types';
import { dataset } from './dataset';

/**
 * The Xiamen map (the registered chart `map-xiamen`) as a domain page shows it: compact (its lists,
 * day picker and position details are on /map/, which it links to) and opening on the layers of that
 * domain (all of them when none are named, as on /learn/), citing the sources of those layers. The
 * domain pages are not hydrated, so these are the layers their readers see; /learn/ can switch.
 */
export function domainMap(layers?: MapLayerId[]): MapChartModel {
	const map = buildChart('map-xiamen', dataset);
	if (map.kind !== 'map') throw new Error('map-xiamen is not a map');
	const shown = mapShowing(map, dataset, layers ?? map.mapOptions.layers);
	return { ...shown, mapOptions: { ...shown.mapOptions, compact: true, height: '70vh' } };
}
