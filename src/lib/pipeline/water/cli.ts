/**
 * CLI: `npm run import:water -- [DIR] [--replace]` — imports the surface-water files under DIR (default
 * `../shared/sources/cnemc-water`, relative to the repository root) into `data/derived/water-*`. See importer.ts.
 * Merges into the tables already there (../merge.ts) and refuses to shrink them; `--replace` writes exactly this
 * import and prints what it removes. Exit code 1 on any error, naming file, line, column and value; nothing is
 * written then.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DISAGREEMENT_CAUSES } from '../../data/schema/waterNetwork';
import { WATER_CLASSES } from '../../standards/index';
import { importFailure } from '../importError';
import { missingFolderMessage } from '../inputFolder';
import { formatLoss, formatReport } from '../merge';
import { runWaterImport } from './importer';
import { share } from './provenance';
import { XIAMEN_STATION } from './stations';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const args = process.argv.slice(2).filter((a) => a !== '--');
const replace = args.includes('--replace');
const dirs = args.filter((a) => a !== '--replace');
if (dirs.length > 1 || dirs.some((a) => a.startsWith('-'))) {
	console.error(
		'usage: npm run import:water -- [DIR] [--replace]   (default DIR ../shared/sources/cnemc-water from the repository root)'
	);
	process.exit(2);
}
const inputDir = dirs[0]
	? path.resolve(process.cwd(), dirs[0])
	: path.resolve(repoRoot, '../shared/sources/cnemc-water');
const missing = missingFolderMessage(inputDir, {
	command: 'import:water',
	holds: 'the surface-water readings of the national network',
	usage: 'DIR [--replace]'
});
if (missing) {
	console.error(missing);
	process.exit(1);
}

/** What a row of each table is, for the merge lines. */
const UNITS: Record<string, string> = {
	'water-monthly.csv': 'station-months',
	'water-stations.csv': 'stations',
	'water-inputs.csv': 'files'
};

try {
	const { outDir, report: r, merges, shrunk } = await runWaterImport({ repoRoot, inputDir, replace });
	const rows = r.files.reduce((s, f) => s + f.summary.rows, 0);
	const noTime = r.files.reduce((s, f) => s + Object.values(f.summary.noTime).reduce((a, b) => a + b, 0), 0);
	const copies = r.identicalCopies.sameFile + r.identicalCopies.otherFile + r.differingCopies.length;
	const st = (k: '正常' | '维护' | '不具备运行条件') => r.files.reduce((s, f) => s + f.distinct[k], 0);
	const distinct = st('正常') + st('维护') + st('不具备运行条件');
	console.log(`import:water: ${r.files.length} file(s), ${rows} rows read`);
	console.log(
		`  dropped: ${noTime} without a time, ${copies} later copies of a reading (${copies - r.differingCopies.length} identical, ${r.differingCopies.length} differing)`
	);
	console.log(
		`  ${distinct} distinct readings; dropped for status: ${st('维护')} maintenance, ${st('不具备运行条件')} not fit to operate; kept ${st('正常')}`
	);
	const x = r.stations.find((s) => s.station === XIAMEN_STATION);
	if (x)
		console.log(
			`  ${XIAMEN_STATION}: ${x.distinct} distinct readings ${x.firstDistinct} … ${x.lastDistinct} before any are dropped for status; kept ${x.byStatus['正常']}`
		);
	const a = r.agreement;
	console.log(
		`  classes: network and recomputed agree on ${a.agree} of ${a.compared} readings (${share(a.agree, a.compared)}); ` +
			DISAGREEMENT_CAUSES.map((c) => `${c} ${a.causes[c]}`).join(', ')
	);
	for (const s of r.xiamenSeasons) {
		const classified = s.network.slice(0, 6).reduce((p, q) => p + q, 0);
		const worse = s.network.slice(3, 6).reduce((p, q) => p + q, 0);
		console.log(
			`  ${XIAMEN_STATION} ${s.season} season: ${s.readings} readings, network class worse than III in ${worse} (${share(worse, classified)}); ` +
				WATER_CLASSES.map((c, i) => `${c} ${share(s.network[i]!, classified)}`).join(', ')
		);
	}
	console.log(`wrote ${path.relative(process.cwd(), outDir) || '.'}/ (${replace ? '--replace' : 'merged'}):`);
	for (const m of merges) {
		console.log(`  ${formatReport(m.file, m.report, m.lost.length, UNITS[m.file] ?? 'readings')}`);
		if (m.lost.length > 0) console.log(`    removed: ${formatLoss(m.lost)}`);
	}
	if (shrunk.length)
		console.log(
			`  --replace: ${shrunk.length} station-month(s) now hold fewer readings, e.g. ${shrunk
				.slice(0, 3)
				.map((s) => `${s.station} ${s.month} ${s.from} → ${s.to}`)
				.join('; ')}`
		);
	console.log('  details: water-provenance.md');
} catch (e) {
	const failure = importFailure('import:water', e);
	if (failure === null) throw e;
	console.error(failure);
	process.exit(1);
}
