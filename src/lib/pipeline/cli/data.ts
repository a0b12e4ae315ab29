/**
 * `npm run data [-- --data <dir>] [-- --out <dir>]`: validates every table in data/ and writes the
 * JSON the site loads into src/lib/generated/. Prints every problem (file:line:column) and exits 1
 * without touching the output when any table is invalid.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { runDataPipeline } from '../run';

const { values } = parseArgs({
	options: {
		data: { type: 'string', default: 'data' },
		out: { type: 'string', default: 'src/lib/generated' }
	}
});

const result = runDataPipeline({ dataDir: resolve(values.data), outDir: resolve(values.out) });
for (const line of result.messages) console.log(line);
process.exitCode = result.ok ? 0 : 1;
