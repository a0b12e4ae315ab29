import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { splitAll } from '$lib/pipeline/lines';
import type { TableMerge } from '$lib/pipeline/merge';
import { WaterFileParser, type RawReading } from '$lib/pipeline/water/parse';

export { REPO_ROOT } from '../cnemc/helpers';

/** The header of the CSV snapshots, as in szzdjc_fujian_2021-06_2023-09.csv. */
export const CSV_HEADER =
	'snapshot,省份,流域,断面名称,监测时间,水质类别,水温(℃),pH(无量纲),溶解氧(mg/L),电导率(μS/cm),浊度(NTU),高锰酸盐指数(mg/L),氨氮(mg/L),总磷(mg/L),总氮(mg/L),叶绿素α(mg/L),藻密度(cells/L),站点情况';
/** The header of the spreadsheet snapshots, as in szzdjc_fujian_2023-09_2023-12.csv (时间 and 断面名称 swapped). */
export const XLSX_HEADER =
	'snapshot,省份,流域,时间,断面名称,水质类别,水温,PH,溶解氧,电导率,浊度,高锰酸钾指数,氨氮,总磷,总氮,叶绿素,藻密度,站点信息';

/** One reading's cells; unspecified parameters take typical values. */
export interface RowSpec {
	snapshot?: string;
	station?: string;
	time?: string;
	cls?: string;
	/** water_temp, pH, DO, conductivity, turbidity, CODMn, NH3N, TP, TN, chlorophyll, algae */
	values?: string[];
	status?: string;
	basin?: string;
	province?: string;
}

const TYPICAL = ['25.0', '7.10', '7.00', '150.0', '10.0', '2.50', '0.100', '0.080', '1.50', '*', '*'];

/**
 * A data line with the values in the order both real files have them: …,<station>,<time>,<class>,… — under the
 * CSV header that is what the header says; under the spreadsheet header it is the swapped order of the real file.
 */
export function row(s: RowSpec = {}): string {
	return [
		s.snapshot ?? '2023-05-01T10:00',
		s.province ?? '福建省',
		s.basin ?? '浙闽片河流',
		s.station ?? '隘头潭',
		s.time ?? '05-01 08:00',
		s.cls ?? 'Ⅱ',
		...(s.values ?? TYPICAL),
		s.status ?? '正常'
	].join(',');
}

/** A file's text: header, lines, final newline. */
export const file = (header: string, lines: string[]) => [header, ...lines].join('\n') + '\n';

/** Parses a file's text; returns every row handed on and the file summary. */
export function parseText(text: string, name = 'test.csv') {
	const rows: RawReading[] = [];
	const parser = new WaterFileParser(name, (r) => rows.push(r));
	for (const l of splitAll(text).lines) parser.line(l);
	return { rows, summary: parser.finish() };
}

/** A temporary directory, removed after the test. */
const temps: string[] = [];
export async function tempDir(): Promise<string> {
	const d = await mkdtemp(path.join(tmpdir(), 'water-test-'));
	temps.push(d);
	return d;
}
afterEach(async () => {
	await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** What a merge did to a table, as counts: rows added, changed, unchanged, kept from before, removed. */
export const counts = (m: TableMerge) => ({
	added: m.report.added.length,
	changed: m.report.changed.length,
	unchanged: m.report.unchanged,
	kept: m.report.untouched,
	removed: m.report.removed.length
});
