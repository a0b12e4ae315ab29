import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_FILES, runWaterImport, type WaterImportSummary } from '$lib/pipeline/water/importer';
import { REPO_ROOT, tempDir } from './helpers';

const SHARED = path.resolve(REPO_ROOT, '../shared/sources/cnemc-water');
const NEWER = 'szzdjc_fujian_2023-09_2023-12.csv';

/**
 * The committed data/derived/water-* files are exactly what `npm run import:water` makes of the third-party files in
 * ../shared (never committed), and the importer's counts on them are the ones the provenance reports.
 */
describe.skipIf(!existsSync(SHARED))(
	'the real surface-water files (skipped where ../shared/sources/cnemc-water is absent: third-party files are never committed)',
	() => {
		let out: string;
		let run: WaterImportSummary;
		beforeAll(async () => {
			out = path.join(await mkdtemp(path.join(tmpdir(), 'water-committed-')), 'derived');
			run = await runWaterImport({ repoRoot: REPO_ROOT, inputDir: SHARED, outDir: out });
		}, 600_000);
		afterAll(() => rm(path.dirname(out), { recursive: true, force: true }));

		it('reproduce the committed derived tables byte for byte', async () => {
			expect((await readdir(out)).sort()).toEqual(Object.values(OUTPUT_FILES).sort());
			for (const name of Object.values(OUTPUT_FILES))
				expect(await readFile(path.join(out, name), 'utf8'), name).toBe(
					await readFile(path.join(REPO_ROOT, 'data/derived', name), 'utf8')
				);
		});

		it('give 2,630 distinct 隘头潭 readings from 2021-06-17 to 2023-12-23 before any are dropped for status', () => {
			expect(run.report.stations.find((s) => s.station === '隘头潭')).toMatchObject({
				rows: 2633,
				noTime: 3,
				laterCopies: 0,
				distinct: 2630,
				firstDistinct: '2021-06-17T12:00',
				lastDistinct: '2023-12-23T16:00',
				byStatus: { 正常: 2448, 维护: 182, 不具备运行条件: 0 }
			});
		});

		it('count rows read, kept and dropped by reason', () => {
			const r = run.report;
			expect(
				r.files.map((f) => [f.file, f.summary.rows, Object.values(f.summary.noTime).reduce((a, b) => a + b, 0)])
			).toEqual([
				['szzdjc_fujian_2021-06_2023-09.csv', 109313, 132],
				[NEWER, 21055, 0]
			]);
			expect(r.identicalCopies).toEqual({ sameFile: 18, otherFile: 20 });
			expect(r.differingCopies.map((d) => `${d.station} ${d.time}`)).toEqual([
				'库心 2021-06-17T12:00',
				'福鼎会甲溪 2022-05-08T20:00',
				'诏安澳子头 2023-09-04T20:00'
			]);
			const distinct = (k: '正常' | '维护' | '不具备运行条件') => r.files.reduce((s, f) => s + f.distinct[k], 0);
			expect([distinct('正常'), distinct('维护'), distinct('不具备运行条件')]).toEqual([123225, 6970, 0]);
			expect(r.files[0]!.summary.previousYear).toBe(19);
			expect(r.files[0]!.summary.timeForms['with-year']).toBe(51);
			expect(r.files.map((f) => f.summary.swappedRows)).toEqual([0, 21055]);
			expect(r.stations).toHaveLength(54);
			expect(r.originals?.snapshotsChecked).toBe(2635 + 486);
		});

		it('agree with the network’s class on 99 % of readings, each disagreement with its cause', () => {
			const a = run.report.agreement;
			expect(a).toEqual({
				readings: 123225,
				compared: 123216,
				agree: 122016,
				causes: { on_limit: 425, previous_reading: 576, network_worse: 102, network_better: 97 },
				networkNone: 9,
				classNone: 0
			});
		});

		it('refuse to shrink the tables when only the newer file is imported; --replace does and says so', async () => {
			const committed = path.join(await tempDir(), 'derived');
			await mkdir(committed);
			for (const name of await readdir(out)) await copyFile(path.join(out, name), path.join(committed, name));
			const newer = await tempDir();
			await copyFile(path.join(SHARED, NEWER), path.join(newer, NEWER));

			const error = await runWaterImport({ repoRoot: REPO_ROOT, inputDir: newer, outDir: committed }).catch((e) => e);
			expect(error.message).toMatch(
				/the import would shrink 47 station-month\(s\): 云霄高塘渡口 2023-09 from 143 to 39 readings;/
			);
			for (const name of Object.values(OUTPUT_FILES))
				expect(await readFile(path.join(committed, name), 'utf8'), name).toBe(
					await readFile(path.join(out, name), 'utf8')
				);

			const replaced = await runWaterImport({ repoRoot: REPO_ROOT, inputDir: newer, outDir: committed, replace: true });
			expect(replaced.shrunk).toHaveLength(47);
			const xiamen = await readFile(path.join(committed, OUTPUT_FILES.xiamen), 'utf8');
			expect(xiamen.split('\n')[1]).toMatch(/^隘头潭,2023-09-20T00:00,/); // 2021-06 … 2023-09-19 gone, as asked
		}, 600_000);
	}
);
