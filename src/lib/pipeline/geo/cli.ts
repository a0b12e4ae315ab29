/**
 * `npm run geo [-- GEO_DIR [PLACES_CSV]]`: builds the project's map geometry and point files.
 *
 * Reads the third-party files in GEO_DIR (default ../shared/sources/geo, from the repository
 * root), places.csv (default GEO_DIR/../places.csv) and data/stations.csv; writes
 * data/geo/{xiamen.topo.json, stations-wgs84.csv, places-wgs84.csv, attribution.json}.
 * Everything is computed before anything is written; each file is written to a temporary
 * name and renamed into place, so an error leaves the previous outputs untouched.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildGeo, GEO_INPUT_FILES, type GeoBuildInputs, type GeoBuildOutputs } from './build';
import type { NamedInput } from './layers';
import { missingFolderMessage } from '../inputFolder';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

function readText(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch (e) {
		throw new Error(`${path}: cannot be read (${(e as Error).message})`, { cause: e });
	}
}

function readJson(dir: string, name: string): NamedInput & { sha256: string } {
	const path = join(dir, name);
	const text = readText(path);
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		throw new Error(`${path}: not valid JSON (${(e as Error).message})`, { cause: e });
	}
	return { file: path, json, sha256: createHash('sha256').update(text).digest('hex') };
}

function writeAtomically(files: GeoBuildOutputs): void {
	const entries = Object.entries(files) as [string, string][];
	const temps: string[] = [];
	try {
		for (const [path, text] of entries) {
			const tmp = join(ROOT, `${path}.tmp-${process.pid}`);
			temps.push(tmp);
			writeFileSync(tmp, text);
		}
	} catch (e) {
		for (const t of temps) rmSync(t, { force: true });
		throw e;
	}
	entries.forEach(([path], i) => renameSync(temps[i] as string, join(ROOT, path)));
}

function main(argv: readonly string[]): void {
	const geoDir = resolve(ROOT, argv[0] ?? '../shared/sources/geo');
	const missing = missingFolderMessage(geoDir, {
		command: 'geo',
		holds: 'the district and coastline GeoJSON files',
		usage: 'GEO_DIR [PLACES_CSV]'
	});
	if (missing) throw new Error(missing);
	const placesPath = resolve(argv[1] ?? join(geoDir, '../places.csv'));
	const stationsPath = join(ROOT, 'data/stations.csv');
	const named = {
		districts: readJson(geoDir, GEO_INPUT_FILES.districts),
		fujian: readJson(geoDir, GEO_INPUT_FILES.fujian),
		land: readJson(geoDir, GEO_INPUT_FILES.land),
		coastline: readJson(geoDir, GEO_INPUT_FILES.coastline)
	};
	const inputs: GeoBuildInputs = {
		...named,
		stationsCsv: { file: relative(ROOT, stationsPath), text: readText(stationsPath) },
		placesCsv: { file: placesPath, text: readText(placesPath) }
	};
	const { files, topology } = buildGeo(inputs);
	writeAtomically(files);
	for (const n of Object.values(named)) console.log(`read  ${relative(ROOT, n.file)}  sha256 ${n.sha256}`);
	const topo = files['data/geo/xiamen.topo.json'];
	const vertices = topology.arcs.reduce((s, a) => s + a.length, 0);
	console.log(
		`wrote data/geo/xiamen.topo.json  ${topo.length} B, ${gzipSync(topo).length} B gzip, ${topology.arcs.length} arcs, ${vertices} vertices`
	);
	for (const path of Object.keys(files).slice(1)) console.log(`wrote ${path}`);
}

try {
	main(process.argv.slice(2));
} catch (e) {
	const message = (e as Error).message;
	console.error(message.startsWith('geo: ') ? message : `geo: ${message}`);
	process.exitCode = 1;
}
