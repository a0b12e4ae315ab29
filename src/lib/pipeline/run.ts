import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDataset, type DataReader } from './build';
import { DataError, formatIssue } from './errors';
import { datasetFiles } from './outputs';
import { writeDirectoryAtomically } from './write';

/** A DataReader over a directory on disk; file names in messages are relative to the working directory. */
export function directoryReader(dataDir: string): DataReader {
	return {
		read: (path) => readFileSync(join(dataDir, path)),
		list: (folder) =>
			readdirSync(join(dataDir, folder))
				.filter((name) => name.endsWith('.csv'))
				.map((name) => `${folder}/${name}`),
		display: (path) => relative(process.cwd(), join(dataDir, path)) || path
	};
}

export interface RunResult {
	ok: boolean;
	messages: string[];
}

/**
 * Runs the data pipeline: validate all tables, then (only if all are valid) replace outDir with the
 * generated JSON. Returns what to print instead of printing, so tests can check it.
 */
export function runDataPipeline(options: { dataDir: string; outDir: string }): RunResult {
	try {
		const { dataset, warnings } = buildDataset(directoryReader(options.dataDir));
		writeDirectoryAtomically(options.outDir, datasetFiles(dataset));
		return {
			ok: true,
			messages: [
				...warnings.map((w) => `warning: ${w}`),
				`data: ${dataset.figures.length} figures, ${dataset.derived.length} derived, ${dataset.work.length} work figures, ${dataset.qualifiers.length} qualifiers, ${dataset.sources.length} sources → ${relative(process.cwd(), options.outDir)}`
			]
		};
	} catch (error) {
		if (error instanceof DataError) {
			return {
				ok: false,
				messages: [
					...error.issues.map(formatIssue),
					`data: ${error.issues.length} problem${error.issues.length === 1 ? '' : 's'} found; nothing was written.`
				]
			};
		}
		throw error;
	}
}
