import type { Dataset } from '../data/types';

/**
 * What `npm run data` writes into src/lib/generated/: the whole dataset as one JSON file, and beside it
 * the declaration of its type (TypeScript reads `dataset.d.json.ts` for `dataset.json`), so the site
 * imports one typed module and never casts. Output is deterministic: the same tables always give
 * byte-identical files.
 */
export function datasetFiles(dataset: Dataset): Record<string, string> {
	return {
		'dataset.json': `${JSON.stringify(dataset)}\n`,
		'dataset.d.json.ts': [
			'// Written by `npm run data` (src/lib/pipeline/outputs.ts): the type of dataset.json. Never edited.',
			"import type { Dataset } from '../data/types';",
			'declare const dataset: Dataset;',
			'export default dataset;',
			''
		].join('\n')
	};
}
