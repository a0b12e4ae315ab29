import type { WaterNetworkDataset } from '../data/types';

/**
 * The site of data/sites.csv that Xiamen's network station (group `xiamen`, 隘头潭) is: the Aitoutan national
 * control section on the Dongxi–Xixi River (its district and source come from that row).
 */
export const XIAMEN_NETWORK_SITE = 'aitoutan-section';

/** The name of Xiamen's station in the network (the one station of group `xiamen`); an error if not exactly one. */
export function xiamenStation(network: Pick<WaterNetworkDataset, 'stations'>): string {
	const found = network.stations.filter((s) => s.group === 'xiamen');
	if (found.length !== 1)
		throw new Error(`water-stations.csv has ${found.length} stations of group xiamen; the story needs exactly one`);
	return found[0]!.station;
}
