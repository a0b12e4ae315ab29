import { describe, expect, it } from 'vitest';
import { ImportError } from '$lib/pipeline/importError';
import type { RawReading } from '$lib/pipeline/water/parse';
import { ReadingStore } from '$lib/pipeline/water/readings';
import { CSV_HEADER, XLSX_HEADER, file, parseText, row, type RowSpec } from './helpers';

/** Rows of one file, parsed. */
const rows = (header: string, specs: RowSpec[], name: string) => parseText(file(header, specs.map(row)), name).rows;

function store(...files: RawReading[][]): ReadingStore {
	const s = new ReadingStore();
	for (const f of files) for (const r of f) s.add(r);
	return s;
}

const A = 'szzdjc_fujian_2021-06_2023-09.csv';
const B = 'szzdjc_fujian_2023-09_2023-12.csv';

describe('one reading per station and time: the earliest snapshot’s copy', () => {
	it('the year boundary: 12-31 shown again by a 01-01 snapshot is the same reading (A lines 50093/50141)', () => {
		const values = ['14.6', '7.93', '8.11', '16266.1', '112.0', '2.74', '0.434', '0.125', '3.79', '*', '*'];
		const s = store(
			rows(
				CSV_HEADER,
				[
					{ snapshot: '2022-12-31T22:52', station: '闽安', time: '12-31 20:00', cls: 'Ⅲ', values },
					{ snapshot: '2023-01-01T02:53', station: '闽安', time: '12-31 20:00', cls: 'Ⅲ', values }
				],
				A
			)
		);
		expect(s.readings().map((r) => [r.station, r.time, r.line])).toEqual([['闽安', '2022-12-31T20:00', 2]]);
		expect(s.dropped).toEqual([
			{
				station: '闽安',
				time: '2022-12-31T20:00',
				kept: { file: A, line: 2, snapshot: '2022-12-31T22:52' },
				dropped: { file: A, line: 3, snapshot: '2023-01-01T02:53' },
				differs: []
			}
		]);
	});

	it('the overlap of the two files (2023-09-19 20:00 in A’s 23:15 and B’s 02:46 snapshots) keeps A’s copy', () => {
		const spec = { station: '闽侯竹岐', time: '09-19 20:00' };
		const a = rows(CSV_HEADER, [{ ...spec, snapshot: '2023-09-19T23:15' }], A);
		const b = rows(XLSX_HEADER, [{ ...spec, snapshot: '2023-09-20T02:46' }], B);
		for (const order of [
			[a, b],
			[b, a]
		]) {
			const s = store(...order);
			expect(s.readings().map((r) => [r.file, r.time])).toEqual([[A, '2023-09-19T20:00']]);
			expect(s.dropped.map((d) => [d.dropped.file, d.differs])).toEqual([[B, []]]);
		}
	});

	it('a copy that differs is dropped and its differing cells named (诏安澳子头, A line 106057 / B line 25)', () => {
		const a = rows(
			CSV_HEADER,
			[
				{
					snapshot: '2023-09-04T22:11',
					station: '诏安澳子头',
					time: '09-04 20:00',
					cls: 'Ⅲ',
					values: ['29.8', '6.82', '5.76', '131.8', '66.9', '1.14', '0.056', '0.131', '1.29', '*', '*']
				}
			],
			A
		);
		const b = rows(
			XLSX_HEADER,
			[
				{
					snapshot: '2023-09-20T02:46',
					station: '诏安澳子头',
					time: '09-04 20:00',
					cls: 'Ⅲ',
					values: ['29.8', '6.82', '5.76', '131.8', '66.9', '1.65', '0.325', '0.127', '1.69', '*', '*']
				}
			],
			B
		);
		const s = store(b, a);
		expect(s.readings()[0]!.texts).toBe('29.8,6.82,5.76,131.8,66.9,1.14,0.056,0.131,1.29,,');
		expect(s.dropped[0]!.differs).toEqual(['CODMn', 'NH3N', 'TP', 'TN']);
	});

	it('the first snapshot’s YYYY/M/D time and the next one’s MM-DD time are one reading (库心, A lines 21/72)', () => {
		const s = store(
			rows(
				CSV_HEADER,
				[
					{ snapshot: '2021-06-17T13:09', station: '库心', time: '2021/6/17 12:00', cls: '劣Ⅴ' },
					{ snapshot: '2021-06-17T16:52', station: '库心', time: '06-17 12:00', cls: 'Ⅳ' }
				],
				A
			)
		);
		expect(s.readings().map((r) => [r.time, r.networkClass])).toEqual([['2021-06-17T12:00', '劣V']]);
		expect(s.dropped[0]!.differs).toEqual(['class']);
	});

	it('rows without a time are counted per station and are not readings', () => {
		const s = store(rows(CSV_HEADER, [{ time: '', status: '维护', cls: '' }, {}], A));
		expect(s.readings()).toHaveLength(1);
		expect(s.noTimeByStation.get('隘头潭')).toBe(1);
		expect(s.rowsByStation.get('隘头潭')).toBe(2);
	});

	it('the same station in two basins is an error', () => {
		expect(() => store(rows(CSV_HEADER, [{}, { basin: '珠江流域', time: '05-01 04:00' }], A))).toThrow(
			new ImportError(
				{ file: A, line: 3, value: '珠江流域' },
				`basin of 隘头潭 differs from "浙闽片河流" at ${A}:2; expected one basin per station`
			)
		);
	});

	it('readings come out sorted by station, then time', () => {
		const s = store(
			rows(
				CSV_HEADER,
				[
					{ station: '隘头潭', time: '05-01 08:00' },
					{ station: '上坂', time: '05-01 08:00' },
					{ station: '隘头潭', time: '05-01 04:00' }
				],
				A
			)
		);
		expect(s.readings().map((r) => `${r.station} ${r.time}`)).toEqual([
			'上坂 2023-05-01T08:00',
			'隘头潭 2023-05-01T04:00',
			'隘头潭 2023-05-01T08:00'
		]);
	});
});
