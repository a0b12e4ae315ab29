import { describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runDataPipeline } from '../../../src/lib/pipeline/run';
import { dataWith, writeTempDir } from './helpers';

/** Every file under a directory with its content, for before/after comparison. */
function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const name of readdirSync(dir, { recursive: true }) as string[]) {
		const path = join(dir, name);
		try {
			out[name] = readFileSync(path, 'utf8');
		} catch {
			/* a directory */
		}
	}
	return out;
}

describe('runDataPipeline writes all or nothing', () => {
	test('a valid run writes the JSON files; a later failed run leaves them byte-for-byte unchanged', () => {
		const dataDir = writeTempDir(dataWith());
		const outDir = join(writeTempDir({}), 'generated');
		const first = runDataPipeline({ dataDir, outDir });
		expect(first.ok).toBe(true);
		const before = snapshot(outDir);
		expect(Object.keys(before).sort()).toEqual(['dataset.d.json.ts', 'dataset.json']);
		expect(before['dataset.d.json.ts']).toContain('declare const dataset: Dataset;');

		// Break one table: a bad number and an unknown source id.
		const air = readFileSync(join(dataDir, 'figures/air.csv'), 'utf8');
		writeFileSync(
			join(dataDir, 'figures/air.csv'),
			air.replace('70.8', '70,8').replace('2023,index,2.61,index,city,news-b', '2023,index,2.61,index,city,news-z')
		);
		const second = runDataPipeline({ dataDir, outDir });
		expect(second.ok).toBe(false);
		expect(second.messages.at(-1)).toMatch(/problems? found; nothing was written/);
		expect(snapshot(outDir)).toEqual(before);
		// No temporary directories are left behind.
		expect(readdirSync(resolve(outDir, '..'))).toEqual(['generated']);
	});

	test('the same tables give byte-identical output', () => {
		const dataDir = writeTempDir(dataWith());
		const a = join(writeTempDir({}), 'out');
		const b = join(writeTempDir({}), 'out');
		runDataPipeline({ dataDir, outDir: a });
		runDataPipeline({ dataDir, outDir: b });
		expect(snapshot(a)).toEqual(snapshot(b));
	});
});

/** Starting tsx takes seconds on a busy 2-core machine: a hang guard, not a speed test. */
describe('npm run data (the CLI)', { timeout: 60_000 }, () => {
	const cli = resolve('src/lib/pipeline/cli/data.ts');
	const tsx = resolve('node_modules/.bin/tsx');

	test('exits 1 and prints each error with file:line:column when a table is bad; output untouched', () => {
		const dataDir = writeTempDir(
			dataWith({
				'figures/air.csv': 'year,metric,value,unit,scope,source_id,note,quote\n2024,rate_pct,abc,percent,city,doc-q,,'
			})
		);
		const outDir = join(writeTempDir({}), 'generated');
		const result = spawnSync(tsx, [cli, '--data', dataDir, '--out', outDir], { encoding: 'utf8' });
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(/figures\/air\.csv:2:3 value: got "abc"/);
		expect(result.stdout).toMatch(/figures\/air\.csv:2:6 source_id: got "doc-q"/);
		expect(existsSync(outDir)).toBe(false);
	});

	test('exits 0 on the real data/ directory', () => {
		const outDir = join(writeTempDir({}), 'generated');
		const stdout = execFileSync(tsx, [cli, '--out', outDir], { encoding: 'utf8' });
		expect(stdout).toMatch(/data: \d+ figures/);
		expect(JSON.parse(readFileSync(join(outDir, 'dataset.json'), 'utf8')).figures.length).toBeGreaterThan(50);
	});
});
