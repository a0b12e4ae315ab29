/**
 * The attribution every map must show (written to data/geo/attribution.json by `npm run geo`):
 * where the geometry comes from, under which terms, and that it is not an approved map.
 */

/** Shape of data/geo/attribution.json. */
export interface MapAttribution {
	/** short note in Chinese, for display under every map */
	zh: string;
	/** the same note in English */
	en: string;
	/** the file that an approved standard map (with a 审图号) must replace before official publication */
	replace_before_official_publication: string;
	/** how the file is regenerated */
	regenerate: string;
	/** the sources, with their ids in data/sources.csv and their licences */
	sources: readonly { id: string; licence: string }[];
}

/** The attribution note. */
export const MAP_ATTRIBUTION: Readonly<MapAttribution> = Object.freeze({
	zh: '示意图，非标准地图，未经审图。区界：DataV.GeoAtlas（高德数据，经 GitHub lyhmyd1211/GeoMapData_CN 转存，未声明许可），已由 GCJ-02 转为 WGS-84；海岸线与陆地：GSHHG 2.3.7（LGPL-3.0-or-later，约1990年岸线，不含其后的填海）。正式发布前须以带审图号的标准地图替换 data/geo/xiamen.topo.json。',
	en: 'Schematic map, not an officially approved map (未经审图). Districts: DataV.GeoAtlas (AutoNavi data, via GitHub lyhmyd1211/GeoMapData_CN; no licence stated), converted from GCJ-02 to WGS-84. Coast and land: GSHHG 2.3.7 (LGPL-3.0-or-later; shoreline of about 1990, without later reclamation). Before official publication, replace data/geo/xiamen.topo.json with a standard map bearing a map approval number (审图号).',
	replace_before_official_publication: 'data/geo/xiamen.topo.json',
	regenerate: 'npm run geo (src/lib/pipeline/geo/cli.ts; see data/geo/README.md)',
	sources: [
		{ id: 'geo-datav-districts', licence: 'none stated (AutoNavi-derived; not an approved map)' },
		{
			id: 'geo-datav-fujian-cities',
			licence: 'none stated (AutoNavi-derived; not an approved map)'
		},
		{ id: 'geo-gshhg-2.3.7', licence: 'LGPL-3.0-or-later' }
	]
});

/** The attribution as committed: pretty JSON with a trailing newline. */
export function serializeAttribution(a: Readonly<MapAttribution> = MAP_ATTRIBUTION): string {
	return `${JSON.stringify(a, null, '\t')}\n`;
}
