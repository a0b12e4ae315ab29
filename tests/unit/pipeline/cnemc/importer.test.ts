import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '$lib/pipeline/importError';
import { OUTPUT_FILES, runImport } from '$lib/pipeline/cnemc/importer';
import { FIXTURES, readAll, REPO_ROOT, temporaryDirectories } from './helpers';

const tempDir = temporaryDirectories('cnemc-test-');

describe('runImport (fixtures → temp output dir)', () => {
	it('writes the six files, reproducibly', async () => {
		const root = await tempDir();
		const out = path.join(root, 'derived');
		const summary = await runImport({ repoRoot: REPO_ROOT, inputDir: path.join(FIXTURES, 'import-ok'), outDir: out });
		const files = await readAll(out);
		expect(Object.keys(files)).toEqual(Object.values(OUTPUT_FILES).sort());
		expect(summary.files).toEqual([
			{ name: OUTPUT_FILES.city, rows: 2 },
			{ name: OUTPUT_FILES.stations, rows: 2 },
			{ name: OUTPUT_FILES.aqistudy, rows: 2 },
			{ name: OUTPUT_FILES.annual, rows: 1 },
			{ name: OUTPUT_FILES.suspect, rows: 0 }
		]);
		expect(files[OUTPUT_FILES.annual]).toBe(
			'year,SO2,NO2,PM10,PM2_5,CO_p95,O3_8h_p90,valid_days,composite_index\n2022,,,,,,,0,\n'
		);
		const city = (files[OUTPUT_FILES.city] as string).split('\n');
		expect(city[1]).toBe('2022-01-01,,1,,1,,1,,2,,1,,1,,0,0,,,,2012,cnemc-hourly-ecoaudit');
		const stations = (files[OUTPUT_FILES.stations] as string).split('\n');
		expect(stations[0]?.startsWith('date,station_code,SO2,')).toBe(true);
		expect(stations.slice(1, 3).map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
			'2023-01-20,1287A',
			'2023-01-20,1288A'
		]);
		expect(files[OUTPUT_FILES.aqistudy]?.split('\n')[1]).toBe(
			'2013-12-02,厦门,66,58~74,良,43.2,79.7,20.6,0.71,30.7,141,9,true,aqistudy-daily-shuyaohong'
		);
		const prov = files[OUTPUT_FILES.provenance] as string;
		expect(prov).toContain('`README.txt`'); // not read, listed
		expect(prov).toMatch(/\*\*Truncated file:\*\* the last line \(5, `20230120,1,CO_24h`\) has 5 of 7 fields/);
		expect(prov).not.toContain(REPO_ROOT);
		expect(prov).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/); // no timestamps
		const sha = (await import('node:crypto'))
			.createHash('sha256')
			.update(await readFile(path.join(FIXTURES, 'import-ok', 'xiamen_cities_2022.csv')))
			.digest('hex');
		expect(prov).toContain(sha);
		// Twice → identical bytes.
		const out2 = path.join(root, 'derived2');
		await runImport({ repoRoot: REPO_ROOT, inputDir: path.join(FIXTURES, 'import-ok'), outDir: out2 });
		expect(await readAll(out2)).toEqual(files);
		await runImport({ repoRoot: REPO_ROOT, inputDir: path.join(FIXTURES, 'import-ok'), outDir: out });
		expect(await readAll(out)).toEqual(files);
		expect((await readdir(root)).sort()).toEqual(['derived', 'derived2']); // no staging leftovers
	});

	it('malformed input: error names file, line, column, value — and NOTHING in the output dir changes', async () => {
		const root = await tempDir();
		const out = path.join(root, 'derived');
		await mkdir(out);
		await writeFile(path.join(out, OUTPUT_FILES.city), 'OLD CONTENT\n');
		await writeFile(path.join(out, 'someone-elses.csv'), 'keep me\n');
		const before = await readAll(out);
		const run = runImport({ repoRoot: REPO_ROOT, inputDir: path.join(FIXTURES, 'import-bad'), outDir: out });
		await expect(run).rejects.toBeInstanceOf(ImportError);
		await expect(run).rejects.toThrow(
			'xiamen_cities_2023.csv:3: column 4 (厦门) = "abc": not a non-negative decimal number'
		);
		expect(await readAll(out)).toEqual(before);
		expect(await readdir(root)).toEqual(['derived']);
	});

	it('an unknown CSV is an error (not a silent skip), nothing written', async () => {
		const root = await tempDir();
		const out = path.join(root, 'derived');
		await expect(
			runImport({ repoRoot: REPO_ROOT, inputDir: path.join(FIXTURES, 'import-unknown'), outDir: out })
		).rejects.toThrow(/^beijing\.csv: no source rule matches this file/);
		expect(await readdir(root)).toEqual([]);
	});

	it('a file whose content contradicts its name is an error', async () => {
		const root = await tempDir();
		const input = path.join(root, 'in');
		await mkdir(input);
		await cp(path.join(FIXTURES, 'parser', 'aqistudy.csv'), path.join(input, 'xiamen_cities_2022.csv'));
		await expect(runImport({ repoRoot: REPO_ROOT, inputDir: input, outDir: path.join(root, 'out') })).rejects.toThrow(
			/xiamen_cities_2022\.csv:1: content is the aqistudy format but the file name says national/
		);
	});

	it('two copies of the same day must agree', async () => {
		const root = await tempDir();
		const input = path.join(root, 'in');
		await mkdir(path.join(input, 'sample_full'), { recursive: true });
		await writeFile(
			path.join(input, 'xiamen_cities_2023.csv'),
			'date,hour,type,厦门\n20230120,0,PM2.5,30\n20230120,1,PM2.5,31\n'
		);
		await writeFile(
			path.join(input, 'sample_full', 'china_cities_20230120.csv'),
			'date,hour,type,北京,厦门\n20230120,0,PM2.5,80,30\n20230120,1,PM2.5,81,32\n'
		);
		await expect(runImport({ repoRoot: REPO_ROOT, inputDir: input, outDir: path.join(root, 'out') })).rejects.toThrow(
			'sample_full/china_cities_20230120.csv:3: column 5 (厦门) = "32": 2023-01-20 hour 1 PM2.5 conflicts with xiamen_cities_2023.csv line 3 column 4 (31)'
		);
		await writeFile(
			path.join(input, 'sample_full', 'china_cities_20230120.csv'),
			'date,hour,type,北京,厦门\n20230120,0,PM2.5,80,30\n20230120,1,PM2.5,81,31\n20230120,2,PM2.5,81,33\n'
		);
		await runImport({ repoRoot: REPO_ROOT, inputDir: input, outDir: path.join(root, 'out') });
		const prov = await readFile(path.join(root, 'out', OUTPUT_FILES.provenance), 'utf8');
		expect(prov).toContain('| xiamen_cities_2023.csv | sample_full/china_cities_20230120.csv | 1 | 2 | 1 | 0 |');
		const city = await readFile(path.join(root, 'out', OUTPUT_FILES.city), 'utf8');
		expect(city.trim().split('\n')[1]?.endsWith(',cnemc-hourly-ecoaudit')).toBe(true);
	});
});
