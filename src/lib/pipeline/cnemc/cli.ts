/**
 * CLI: `npm run import:cnemc -- [DIR]` — imports the CNEMC hourly files (and the aqistudy daily file) under DIR
 * (default `../shared/sources/cnemc`, relative to the repository root) into `data/derived/`.
 * See importer.ts for the steps and sources.ts for the file → source-id rules. Exit code 1 on any error,
 * with the error naming file, line, column and value; nothing is written then.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImportError } from './errors';
import { runImport } from './importer';
import { missingFolderMessage } from '../inputFolder';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const arg = process.argv.slice(2).filter((a) => a !== '--');
if (arg.length > 1 || arg.some((a) => a === '-h' || a === '--help')) {
	console.error('usage: npm run import:cnemc -- [DIR]   (default ../shared/sources/cnemc from the repository root)');
	process.exit(2);
}
const inputDir = arg[0] ? path.resolve(process.cwd(), arg[0]) : path.resolve(repoRoot, '../shared/sources/cnemc');
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
	const summary = await runImport({ repoRoot, inputDir, log: (m) => console.error(m) });
	console.log(`wrote ${path.relative(process.cwd(), summary.outDir) || '.'}/:`);
	for (const f of summary.files) console.log(`  ${f.name}: ${f.rows} rows`);
	for (const a of summary.annual)
		console.log(
			`  ${a.year}: PM2.5 ${a.rounded.PM2_5 ?? '—'}, PM10 ${a.rounded.PM10 ?? '—'}, SO2 ${a.rounded.SO2 ?? '—'}, NO2 ${a.rounded.NO2 ?? '—'}, ` +
				`CO p95 ${a.rounded.CO_p95 ?? '—'}, O3 8h p90 ${a.rounded.O3_8h_p90 ?? '—'}, valid days ${a.validDays}, composite ${a.compositeIndex?.toFixed(2) ?? '—'}`
		);
	if (summary.warnings.length) console.log(`  ${summary.warnings.length} warning(s), see air-provenance.md`);
} catch (e) {
	if (e instanceof ImportError) {
		console.error(`import:cnemc failed, nothing written: ${e.message}`);
		process.exit(1);
	}
	throw e;
}
