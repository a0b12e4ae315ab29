import type { XiamenMapData, MapOptions } from './types';

/** Every source id the map cites: geometry, stations and their day values, city AQI, water, sea, litter, places. */
export function mapSourceIds(map: XiamenMapData, options: Pick<MapOptions, 'choropleth'>): string[] {
	const ids = [
		...map.note.sourceIds,
		...(options.choropleth?.sourceIds ?? []),
		...map.stations.map((s) => s.sourceId),
		...Object.values(map.stationDays).flatMap((day) => Object.values(day).map((v) => v.sourceId)),
		...map.city.sources.map((s) => s.sourceId),
		...map.water.flatMap((w) => [
			w.sourceId,
			...w.classes.map((c) => c.sourceId),
			...(w.place ? [w.place.sourceId] : [])
		]),
		...map.sea.flatMap((a) => [...a.statuses.map((s) => s.sourceId), ...(a.place ? [a.place.sourceId] : [])]),
		...map.litter.cleaning.map((f) => f.sourceId),
		...map.litter.density.map((f) => f.sourceId)
	];
	return [...new Set(ids.filter(Boolean))];
}
