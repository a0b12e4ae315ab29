/**
 * Which of the network's Fujian stations the dashboard names, and what kind of water each is.
 * Pure module. Every entry says where it comes from; a station not listed here is one of "the other Fujian
 * stations", assessed as a river section.
 */
import type { StationGroup } from '../../data/schema/waterNetwork';
import type { WaterBody } from '../../standards/index';

/**
 * Xiamen's only station in the network: 隘头潭 on 西溪, 同安区 (../shared/sources/cnemc-water/SOURCES.md;
 * the national section the founding document says the Ministry notified).
 */
export const XIAMEN_STATION = '隘头潭';

/**
 * The Jiulong River (九龙江) stations, exactly as SOURCES.md lists them ("浦南水文站 on 北溪, 华安西陂, 上坂,
 * 南靖靖城桥, 南靖洪濑汤坑桥, 长泰洛宾, 南溪浮宫桥"). SOURCES.md introduces the list with "e.g.": another station
 * of the basin joins this list only with a source that says so.
 */
export const JIULONG_STATIONS: readonly string[] = [
	'浦南水文站',
	'华安西陂',
	'上坂',
	'南靖靖城桥',
	'南靖洪濑汤坑桥',
	'长泰洛宾',
	'南溪浮宫桥'
];

/**
 * Reservoir points (湖、库): GB 3838-2002 Table 1 gives them the lake/reservoir TP column (STANDARDS.md §7).
 * 山美水库库心 is by its name the centre (库心) of 山美水库; 库心 is the same station's name until 2023-03-02
 * (see {@link RENAMED}). The network's own class agrees with the lake/reservoir TP column at both (see the
 * provenance's agreement table), so the recomputation uses it there and the river column everywhere else.
 */
export const RESERVOIR_STATIONS: readonly string[] = ['库心', '山美水库库心'];

/**
 * Station names that the network changed on 2023-03-02. Evidence in the files: the old name's last reading is
 * 2023-03-02 00:00 and the new name's first is 04:00, the next 4-hourly slot; no snapshot carries both names; the
 * basin is the same and the readings run on without a step (库心 conductivity 168.3 → 169.1 µS/cm, pH 8.34 → 8.23;
 * 长汀美溪桥 173.1 → 172.9, 6.77 → 6.70). 溪 and 西 are both read xī. The tables keep every name as published; the
 * stations table says which name continues which, so a count of stations can say "54 names, 52 stations".
 */
export const RENAMED: Readonly<Record<string, string>> = {
	库心: '山美水库库心',
	长汀美溪桥: '长汀美西桥'
};

/** The group of a station name. */
export function stationGroup(name: string): StationGroup {
	if (name === XIAMEN_STATION) return 'xiamen';
	return JIULONG_STATIONS.includes(name) ? 'jiulong' : 'fujian';
}

/** The water body GB 3838-2002 assesses a station as (see {@link RESERVOIR_STATIONS}). */
export function stationBody(name: string): WaterBody {
	return RESERVOIR_STATIONS.includes(name) ? 'lake' : 'river';
}
