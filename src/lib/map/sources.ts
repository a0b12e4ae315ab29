import type { XiamenMapData, MapOptions } from './types';

/**
 * Every source id the map cites for the layers it shows (`options.layers`): the base map and its
 * notice always; the districts' fill (`choropleth`); stations, their day values and the city AQI;
 * water sites, their classes and places, and the unplaced network stations; sea areas; litter.
 */
export function mapSourceIds(map: XiamenMapData, options: Pick<MapOptions, 'choropleth' | 'layers'>): string[] {
	const on = new Set(options.layers);
	const ids = [
		...map.note.sourceIds,
		...(on.has('districts') ? (options.choropleth?.sourceIds ?? []) : []),
		...(on.has('stations')
			? [
					...map.stations.map((s) => s.sourceId),
					...Object.values(map.stationDays).flatMap((day) => Object.values(day).map((v) => v.sourceId)),
					...map.city.sources.map((s) => s.sourceId)
				]
			: []),
		...(on.has('water')
			? [
					...map.water.flatMap((w) => [
						w.sourceId,
						...w.classes.map((c) => c.sourceId),
						...(w.place ? [w.place.sourceId] : [])
					]),
					...map.network.flatMap((n) => n.sourceIds)
				]
			: []),
		...(on.has('sea')
			? map.sea.flatMap((a) => [...a.statuses.map((s) => s.sourceId), ...(a.place ? [a.place.sourceId] : [])])
			: []),
		...(on.has('litter') ? [...map.litter.cleaning, ...map.litter.density].map((f) => f.sourceId) : [])
	];
	return [...new Set(ids.filter(Boolean))];
}
