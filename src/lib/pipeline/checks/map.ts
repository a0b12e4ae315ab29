/** The map's TopoJSON and attribution note (data/geo/*.json): a file that is not the expected JSON is a problem. */
import type { MapData } from '../../data/types';
import type { DataIssue } from '../errors';
import type { DataReader } from '../load';

export const MAP_FILES = { topology: 'geo/xiamen.topo.json', attribution: 'geo/attribution.json' } as const;

/** Reads and checks the map's two JSON files. */
export function loadMap(reader: DataReader, issues: DataIssue[]): MapData {
	const json = (path: string): Record<string, unknown> | null => {
		try {
			return JSON.parse(new TextDecoder().decode(reader.read(path))) as Record<string, unknown>;
		} catch (error) {
			issues.push({
				file: reader.display(path),
				line: 1,
				field: '(json)',
				value: String((error as Error).message).slice(0, 80),
				expected: 'a readable JSON file'
			});
			return null;
		}
	};
	const topology = json(MAP_FILES.topology);
	const attribution = json(MAP_FILES.attribution);
	const objects = (topology?.objects ?? {}) as Record<string, unknown>;
	for (const name of ['districts', 'land', 'coastline']) {
		if (topology && !(name in objects))
			issues.push({
				file: reader.display(MAP_FILES.topology),
				line: 1,
				field: 'objects',
				value: Object.keys(objects).join(', '),
				expected: `a TopoJSON object named "${name}"`
			});
	}
	for (const key of ['zh', 'en', 'replace_before_official_publication']) {
		if (attribution && typeof attribution[key] !== 'string')
			issues.push({
				file: reader.display(MAP_FILES.attribution),
				line: 1,
				field: key,
				value: String(attribution[key] ?? ''),
				expected: 'a non-empty string'
			});
	}
	return { topology: topology ?? {}, attribution: (attribution ?? {}) as MapData['attribution'] };
}
