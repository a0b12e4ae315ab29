/**
 * CLI: `npm run import:cnemc -- [DIR] [--allow-shrink] [--out OUT]` — imports the CNEMC hourly files (and the aqistudy
 * daily file) under DIR (default `../shared/sources/cnemc`, relative to the repository root) and merges them
 * into `data/derived/` (src/lib/pipeline/merge.ts: updates add, never silently remove). Prints, per table,
 * the days added, changed and kept and the values removed; refuses an import that would remove values
 * unless run with --allow-shrink. See importer.ts for the steps and sources.ts for the file → source-id
 * rules. Exit code 1 on any error, with the error naming file, line, column and value; nothing is written then.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { missingFolderMessage } from '../inputFolder';
import { formatLoss, formatReport } from '../merge';
import { importFailure } from '../importError';
import { runImport } from './importer';

const USAGE =
	'usage: npm run import:cnemc -- [DIR] [--allow-shrink] [--out OUT]   (DIR: default ../shared/sources/cnemc from the repository root; OUT: default data/derived)';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
let parsed;
try {
	parsed = parseArgs({
		args: process.argv.slice(2).filter((a) => a !== '--'),
		options: {
			'allow-shrink': { type: 'boolean', default: false },
			out: { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		},
		allowPositionals: true
	});
} catch (e) {
	console.error(`import:cnemc: ${(e as Error).message}\n${USAGE}`);
	process.exit(2);
}
if (parsed.values.help || parsed.positionals.length > 1) {
	console.error(USAGE);
	process.exit(2);
}
const allowShrink = parsed.values['allow-shrink'] === true;
const arg = parsed.positionals[0];
const inputDir = arg ? path.resolve(process.cwd(), arg) : path.resolve(repoRoot, '../shared/sources/cnemc');
const missing = missingFolderMessage(inputDir, {
	command: 'import:cnemc',
	holds: 'the CNEMC hourly files',
	usage: 'DIR'
});
if (missing) {
	console.error(missing);
	process.exit(1);
}

try {
	const outDir = parsed.values.out ? path.resolve(process.cwd(), parsed.values.out) : undefined;
	const summary = await runImport({ repoRoot, inputDir, outDir, allowShrink, log: (m) => console.error(m) });
	console.log(`merged into ${path.relative(process.cwd(), summary.outDir) || '.'}/:`);
	for (const c of summary.changes) {
		console.log(`  ${formatReport(c.file, c.report, c.lost.length, c.unit)}`);
		for (const k of c.report.changed.slice(0, 10))
			console.log(
				`    ${k.key} replaced by the same ${c.unit === 'years' ? 'year' : 'day'}${c.from.get(k.key) ? ` from ${c.from.get(k.key)}` : ''} (${k.columns.join(', ')} changed)`
			);
		if (c.report.changed.length > 10) console.log(`    … and ${c.report.changed.length - 10} more`);
		for (const k of c.report.kept.slice(0, 5))
			console.log(
				`    ${k.key} kept: it comes from a higher-ranked source (this import differs in ${k.columns.join(', ')})`
			);
		if (c.lost.length > 0) console.log(`    --allow-shrink: removed ${formatLoss(c.lost)}`);
	}
	if (allowShrink && summary.changes.every((c) => c.lost.length === 0))
		console.log('  --allow-shrink: nothing was removed, so the flag changed nothing');
	console.log(`  ${summary.suspect} hourly value(s) of this import flagged suspect and left out of the statistics`);
	for (const a of summary.annual)
		console.log(
			`  ${a.year}: PM2.5 ${a.rounded.PM2_5 ?? '—'}, PM10 ${a.rounded.PM10 ?? '—'}, SO2 ${a.rounded.SO2 ?? '—'}, NO2 ${a.rounded.NO2 ?? '—'}, ` +
				`CO p95 ${a.rounded.CO_p95 ?? '—'}, O3 8h p90 ${a.rounded.O3_8h_p90 ?? '—'}, valid days ${a.validDays}, composite ${a.compositeIndex?.toFixed(2) ?? '—'}`
		);
	if (summary.warnings.length) console.log(`  ${summary.warnings.length} warning(s), see air-provenance.md`);
} catch (e) {
	const failure = importFailure('import:cnemc', e);
	if (failure === null) throw e;
	console.error(failure);
	process.exit(1);
}
