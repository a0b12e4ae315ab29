import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '$lib/pipeline/importError';
import { DataError } from '$lib/pipeline/errors';
import { OUTPUT_FILES, runWaterImport } from '$lib/pipeline/water/importer';
import { CSV_HEADER, REPO_ROOT, XLSX_HEADER, counts, file, row, tempDir, type RowSpec } from './helpers';

const SHA1 = 'a'.repeat(40);
/** An originals list naming a CSV snapshot or spreadsheet for each snapshot time. */
function originals(csv: string[], xlsx: string[] = []): string {
	const name = (s: string) => s.replace(/-/g, '_').replace('T', '_').replace(':', 'h') + 'm';
	return file('path,git_blob_sha1,encoding,bytes', [
		...csv.map(
			(s) => `data/water/全国地表水/2023年1-12月/${name(s)}_国家地表水水质自动监测系统检测数据.csv,${SHA1},gb18030,100`
		),
		...xlsx.map(
			(s) =>
				`data/water/全国地表水/2023年1-12月/data_${s.slice(0, 10)} ${s.slice(11, 13)}-${s.slice(14)}-00.xlsx,${SHA1},xlsx,100`
		)
	]);
}

/** Writes an input folder; returns its path. */
async function inputDir(files: Record<string, string>): Promise<string> {
	const dir = await tempDir();
	for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
	return dir;
}

async function readAll(dir: string): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const f of (await readdir(dir)).sort()) out[f] = await readFile(path.join(dir, f), 'utf8');
	return out;
}

const lines = (text: string) => text.trim().split('\n');

/** A small input: two files, both formats, every quirk once. */
const A_ROWS: RowSpec[] = [
	{ snapshot: '2022-12-31T22:52', time: '12-31 20:00', cls: 'Ⅱ' },
	{ snapshot: '2022-12-31T22:52', station: '上坂', time: '12-31 20:00', cls: 'Ⅳ' },
	{ snapshot: '2022-12-31T22:52', station: '闽安', time: '12-31 20:00', cls: 'Ⅲ' },
	// The 01-01 snapshot shows the 12-31 20:00 reading again: one reading.
	{ snapshot: '2023-01-01T02:53', time: '12-31 20:00', cls: 'Ⅱ' },
	{ snapshot: '2023-01-01T02:53', time: '01-01 00:00', cls: 'Ⅱ', status: '维护' },
	{ snapshot: '2023-01-01T02:53', station: '上坂', time: '', cls: '', status: '维护' }
];
const B_ROWS: RowSpec[] = [
	// The spreadsheet repeats 上坂's 12-31 reading (overlap) and adds one.
	{ snapshot: '2023-01-01T06:50', station: '上坂', time: '12-31 20:00', cls: 'Ⅳ' },
	{
		snapshot: '2023-01-01T06:50',
		time: '01-01 04:00',
		cls: 'Ⅴ',
		values: ['15.0', '7.10', '2.50', '150.0', '10.0', '2.50', '0.100', '0.080', '1.50', '*', '*']
	}
];
const FIXTURE = {
	'a.csv': file(CSV_HEADER, A_ROWS.map(row)),
	'b.csv': file(XLSX_HEADER, B_ROWS.map(row)),
	'provenance.csv': originals(['2022-12-31T22:52', '2023-01-01T02:53'], ['2023-01-01T06:50']),
	'README.txt': 'not read'
};

describe('runWaterImport (fixtures → a temporary output folder)', () => {
	it('writes the seven files, with the counts the rules give, reproducibly', async () => {
		const input = await inputDir(FIXTURE);
		const out = path.join(await tempDir(), 'derived');
		const { report } = await runWaterImport({ repoRoot: REPO_ROOT, inputDir: input, outDir: out });
		const files = await readAll(out);
		expect(Object.keys(files)).toEqual(Object.values(OUTPUT_FILES).sort());

		expect(report.files.map((f) => [f.file, f.summary.rows, f.laterCopies, f.distinct])).toEqual([
			['a.csv', 6, { identical: 1, differing: 0 }, { 正常: 3, 维护: 1, 不具备运行条件: 0 }],
			['b.csv', 2, { identical: 1, differing: 0 }, { 正常: 1, 维护: 0, 不具备运行条件: 0 }]
		]);
		expect(report.files[1]!.summary.swappedRows).toBe(2);
		expect(report.notRead).toEqual(['README.txt']);
		expect(report.originals).toMatchObject({
			listed: { 'csv-snapshots': 2, 'xlsx-snapshots': 1 },
			snapshotsChecked: 3
		});
		expect(report.stations.find((s) => s.station === '隘头潭')).toMatchObject({
			rows: 4,
			laterCopies: 1,
			distinct: 3,
			firstDistinct: '2022-12-31T20:00',
			lastDistinct: '2023-01-01T04:00',
			byStatus: { 正常: 2, 维护: 1, 不具备运行条件: 0 }
		});

		expect(lines(files[OUTPUT_FILES.xiamen]!).slice(1)).toEqual([
			'隘头潭,2022-12-31T20:00,II,II,DO;CODMn;TP,,IV,25.0,7.10,7.00,150.0,10.0,2.50,0.100,0.080,1.50,,',
			'隘头潭,2023-01-01T04:00,V,V,DO,,IV,15.0,7.10,2.50,150.0,10.0,2.50,0.100,0.080,1.50,,'
		]);
		expect(
			lines(files[OUTPUT_FILES.jiulong]!)
				.slice(1)
				.map((l) => l.split(',').slice(0, 4).join(','))
		).toEqual(['上坂,2022-12-31T20:00,IV,II']);
		expect(lines(files[OUTPUT_FILES.disagreements]!).slice(1)).toEqual([
			'上坂,2022-12-31T20:00,IV,II,network_worse,,7.10,7.00,2.50,0.100,0.080',
			'闽安,2022-12-31T20:00,III,II,network_worse,,7.10,7.00,2.50,0.100,0.080'
		]);
		const monthly = lines(files[OUTPUT_FILES.monthly]!);
		const header = monthly[0]!.split(',');
		const xiamenJan = Object.fromEntries(
			header.map((h, i) => [h, monthly.find((l) => l.startsWith('隘头潭,2023-01'))!.split(',')[i]])
		);
		expect(xiamenJan).toMatchObject({
			season: 'dry',
			readings: '1',
			maintenance: '1',
			network_V: '1',
			class_V: '1',
			agree: '1',
			limiting_DO: '1',
			DO_mean: '2.50'
		});
		expect(
			lines(files[OUTPUT_FILES.stations]!)
				.slice(1)
				.map((l) => l.split(',').slice(0, 5).join(','))
		).toEqual(['上坂,浙闽片河流,jiulong,river,', '闽安,浙闽片河流,fujian,river,', '隘头潭,浙闽片河流,xiamen,river,']);
		expect(lines(files[OUTPUT_FILES.inputs]!)[1]).toMatch(
			/^a\.csv,csv-snapshots,[0-9a-f]{64},\d+,6,2,2022-12-31T22:52,2023-01-01T02:53,cnemc-water-ecoaudit$/
		);

		const prov = files[OUTPUT_FILES.provenance]!;
		expect(prov).not.toContain(REPO_ROOT);
		expect(prov).toContain(`Input directory (relative to the repository root): \`${path.relative(REPO_ROOT, input)}\``);
		expect(prov).toContain('on 2 of 2 rows the column the header calls the time holds the station name');

		// Again, into the tables it just wrote: same bytes, nothing added or removed.
		const again = await runWaterImport({ repoRoot: REPO_ROOT, inputDir: input, outDir: out });
		expect(await readAll(out)).toEqual(files);
		expect(again.merges.map(counts).every((m) => m.added === 0 && m.changed === 0 && m.removed === 0)).toBe(true);
	});

	it('bad input: the usual error, and the output folder is left as it was', async () => {
		const out = path.join(await tempDir(), 'derived');
		await mkdir(out);
		await writeFile(path.join(out, 'keep.txt'), 'untouched');
		const bad = {
			...FIXTURE,
			'b.csv': file(XLSX_HEADER, [...B_ROWS.map(row), row({ values: ['x', ...Array(10).fill('*')] })])
		};
		const error = await runWaterImport({ repoRoot: REPO_ROOT, inputDir: await inputDir(bad), outDir: out }).catch(
			(e) => e
		);
		expect(error).toBeInstanceOf(ImportError);
		expect(error.message).toBe(
			'b.csv:4: column 7 (水温) = "x": expected a number, * (not measured), -- (not published) or an empty cell'
		);
		expect(await readAll(out)).toEqual({ 'keep.txt': 'untouched' });
	});

	it('a snapshot time with no original of its kind is an error', async () => {
		const input = await inputDir({
			...FIXTURE,
			'provenance.csv': originals(['2022-12-31T22:52', '2023-01-01T02:53'], [])
		});
		const error = await runWaterImport({
			repoRoot: REPO_ROOT,
			inputDir: input,
			outDir: path.join(await tempDir(), 'd')
		}).catch((e) => e);
		expect(error.message).toBe(
			'b.csv:2: column 1 (snapshot) = "2023-01-01T06:50": no spreadsheet with this time in provenance.csv'
		);
	});

	it('a missing folder is one clear error', async () => {
		const error = await runWaterImport({
			repoRoot: REPO_ROOT,
			inputDir: '/nonexistent/water',
			outDir: await tempDir()
		}).catch((e) => e);
		expect(error).toBeInstanceOf(ImportError);
		expect(error.reason).toBe('no such folder');
	});
});

describe('statuses: a reading is kept only in normal operation (SOURCES.md: the others "are not readings to assess")', () => {
	it.each([
		{ status: '正常', kept: ['2023-01-10T08:00'], month: { readings: '1', maintenance: '0', not_operating: '0' } },
		{ status: '维护', kept: [], month: { readings: '0', maintenance: '1', not_operating: '0' } },
		{ status: '不具备运行条件', kept: [], month: { readings: '0', maintenance: '0', not_operating: '1' } }
	])('$status: kept $kept, counted in its month', async ({ status, kept, month }) => {
		const input = await inputDir({
			'a.csv': file(CSV_HEADER, [row({ snapshot: '2023-01-10T10:00', time: '01-10 08:00', status })])
		});
		const out = path.join(await tempDir(), 'derived');
		const { report } = await runWaterImport({ repoRoot: REPO_ROOT, inputDir: input, outDir: out });
		const xiamen = lines(await readFile(path.join(out, OUTPUT_FILES.xiamen), 'utf8')).slice(1);
		expect(xiamen.map((l) => l.split(',')[1])).toEqual(kept);
		const [header, ...monthly] = lines(await readFile(path.join(out, OUTPUT_FILES.monthly), 'utf8'));
		const cells = monthly.find((l) => l.startsWith('隘头潭,2023-01,'))!.split(',');
		const byName = Object.fromEntries(header!.split(',').map((h, i) => [h, cells[i]]));
		expect({ readings: byName.readings, maintenance: byName.maintenance, not_operating: byName.not_operating }).toEqual(
			month
		);
		expect(report.stations.find((s) => s.station === '隘头潭')!.byStatus).toMatchObject({ [status]: 1 });
	});
});

describe('merge-never-shrink on the derived tables (issue 14, item 1)', () => {
	const january = {
		'a.csv': file(CSV_HEADER, [
			row({ snapshot: '2023-01-10T10:00', time: '01-10 08:00' }),
			row({ snapshot: '2023-01-10T14:00', time: '01-10 12:00' })
		])
	};
	const february = { 'a.csv': file(CSV_HEADER, [row({ snapshot: '2023-02-10T10:00', time: '02-10 08:00' })]) };
	const januaryPart = { 'a.csv': file(CSV_HEADER, [row({ snapshot: '2023-01-10T14:00', time: '01-10 12:00' })]) };

	it('a later file adds its months; the months it does not cover stay', async () => {
		const out = path.join(await tempDir(), 'derived');
		await runWaterImport({ repoRoot: REPO_ROOT, inputDir: await inputDir(january), outDir: out });
		const second = await runWaterImport({ repoRoot: REPO_ROOT, inputDir: await inputDir(february), outDir: out });
		const xiamen = lines(await readFile(path.join(out, OUTPUT_FILES.xiamen), 'utf8')).slice(1);
		expect(xiamen.map((l) => l.split(',')[1])).toEqual(['2023-01-10T08:00', '2023-01-10T12:00', '2023-02-10T08:00']);
		expect(counts(second.merges.find((m) => m.file === OUTPUT_FILES.monthly)!)).toMatchObject({
			added: 1,
			kept: 1,
			removed: 0
		});
		expect(second.report.keptStationMonths).toBe(1);
		expect(await readFile(path.join(out, OUTPUT_FILES.provenance), 'utf8')).toContain('**Merged:** 1 station-months');
	});

	it('a file with fewer readings of a month is refused, nothing written; --replace writes it and says so', async () => {
		const out = path.join(await tempDir(), 'derived');
		await runWaterImport({ repoRoot: REPO_ROOT, inputDir: await inputDir(january), outDir: out });
		const before = await readAll(out);
		const part = await inputDir(januaryPart);
		const error = await runWaterImport({ repoRoot: REPO_ROOT, inputDir: part, outDir: out }).catch((e) => e);
		expect(error.message).toContain('the import would shrink 1 station-month(s): 隘头潭 2023-01 from 2 to 1 readings');
		expect(await readAll(out)).toEqual(before);

		const replaced = await runWaterImport({ repoRoot: REPO_ROOT, inputDir: part, outDir: out, replace: true });
		expect(replaced.shrunk).toEqual([{ station: '隘头潭', month: '2023-01', from: 2, to: 1 }]);
		expect(counts(replaced.merges.find((m) => m.file === OUTPUT_FILES.xiamen)!)).toMatchObject({
			unchanged: 1,
			removed: 1
		});
	});

	it('a hand-edited committed table is refused with file, line, column and value', async () => {
		const out = path.join(await tempDir(), 'derived');
		await runWaterImport({ repoRoot: REPO_ROOT, inputDir: await inputDir(january), outDir: out });
		const f = path.join(out, OUTPUT_FILES.xiamen);
		await writeFile(f, (await readFile(f, 'utf8')).replace(',II,II,', ',II,2,'));
		const error = await runWaterImport({ repoRoot: REPO_ROOT, inputDir: await inputDir(february), outDir: out }).catch(
			(e) => e
		);
		expect(error).toBeInstanceOf(DataError);
		expect(error.message).toMatch(
			/^[^\n]*water-readings-xiamen\.csv:2:4 class: got "2", expected empty, or one of: I, II, III, IV, V, 劣V$/
		);
		expect(existsSync(path.join(out, OUTPUT_FILES.provenance))).toBe(true);
	});
});
