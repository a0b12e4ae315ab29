import { describe, expect, it } from 'vitest';
import { ImportError } from '$lib/pipeline/importError';
import { detectFormat } from '$lib/pipeline/water/parse';
import { CSV_HEADER, XLSX_HEADER, file, parseText, row } from './helpers';

/** The message of the ImportError `fn` throws. */
function failure(fn: () => unknown): string {
	try {
		fn();
	} catch (e) {
		expect(e).toBeInstanceOf(ImportError);
		return (e as Error).message;
	}
	throw new Error('expected an ImportError');
}

describe('detectFormat: a header is one format’s vocabulary, in any order', () => {
	it.each([
		{ header: CSV_HEADER, expected: 'csv-snapshots' },
		{ header: XLSX_HEADER, expected: 'xlsx-snapshots' },
		{ header: CSV_HEADER.split(',').reverse().join(','), expected: 'csv-snapshots' },
		{ header: CSV_HEADER.replace('站点情况', '站点信息'), expected: null }, // two vocabularies mixed
		{ header: CSV_HEADER.replace(',总氮(mg/L)', ''), expected: null },
		{ header: `${CSV_HEADER},总氮(mg/L)`, expected: null }
	])('$expected', ({ header, expected }) => expect(detectFormat(header.split(','))).toBe(expected));
});

describe('both file formats give the same readings', () => {
	it('a spreadsheet row whose header names time and station the wrong way round reads like a CSV row', () => {
		const line = row({ time: '10-26 00:00', snapshot: '2023-10-26T02:13' });
		const a = parseText(file(CSV_HEADER, [line]));
		const b = parseText(file(XLSX_HEADER, [line]));
		expect(a.rows[0]).toMatchObject({ station: '隘头潭', time: '2023-10-26T00:00' });
		expect({ ...b.rows[0], file: 'x' }).toEqual({ ...a.rows[0], file: 'x' });
		expect(a.summary.swappedRows).toBe(0);
		expect(b.summary.swappedRows).toBe(1);
		expect([a.summary.format, b.summary.format]).toEqual(['csv-snapshots', 'xlsx-snapshots']);
	});

	it('decides per row: rows that follow the header and rows that do not, in one file', () => {
		const straight = ['2023-05-01T10:00', '福建省', '浙闽片河流', '05-01 08:00', '隘头潭', 'Ⅱ'];
		const rest = '25.0,7.10,7.00,150.0,10.0,2.50,0.100,0.080,1.50,*,*,正常';
		const { rows, summary } = parseText(file(XLSX_HEADER, [`${straight.join(',')},${rest}`, row()]));
		expect(rows.map((r) => [r.station, r.time])).toEqual([
			['隘头潭', '2023-05-01T08:00'],
			['隘头潭', '2023-05-01T08:00']
		]);
		expect(summary.swappedRows).toBe(1);
	});

	it.each([
		{ what: 'two names', line: row({ time: '上坂' }) },
		{ what: 'two times', line: row({ station: '05-01 04:00' }) },
		{ what: 'no name', line: row({ station: '' }) },
		{ what: 'a name with a trailing space', line: row({ station: '隘头潭 ' }) }
	])('a row with $what in the station and time columns is an error naming both columns', ({ line }) => {
		expect(failure(() => parseText(file(CSV_HEADER, [line])))).toMatch(
			/^test\.csv:2: column 4 \(断面名称\) = .*expected a station name \(Chinese characters\) in one of columns 4 and 5/
		);
	});
});

describe('blank times, * values, maintenance rows: handled by rule and counted', () => {
	it('a row without a time is handed on without a time and counted by status', () => {
		const lines = [
			row({ time: '', status: '维护', cls: '', values: Array(9).fill('--').concat(['*', '*']) }),
			row({ time: '', status: '不具备运行条件', cls: '' }),
			row()
		];
		const { rows, summary } = parseText(file(CSV_HEADER, lines));
		expect(rows.map((r) => r.time)).toEqual([null, null, '2023-05-01T08:00']);
		expect(summary.noTime).toEqual({ 维护: 1, 不具备运行条件: 1 });
	});

	it('`*`, `--` and empty parameter cells are no value, each counted per parameter', () => {
		const values = ['25.0', '7.10', '--', '150.0', '', '2.50', '0.100', '*', '*', '*', '*'];
		const { rows, summary } = parseText(file(CSV_HEADER, [row({ values })]));
		const r = rows[0]!;
		expect(r.values.map((v) => (Number.isNaN(v) ? null : v))).toEqual([
			25,
			7.1,
			null,
			150,
			null,
			2.5,
			0.1,
			null,
			null,
			null,
			null
		]);
		expect(r.texts).toBe('25.0,7.10,,150.0,,2.50,0.100,,,,');
		expect(summary.notAValue.DO).toEqual({ '*': 0, '--': 1, '': 0 });
		expect(summary.notAValue.turbidity).toEqual({ '*': 0, '--': 0, '': 1 });
		expect(summary.notAValue.TP).toEqual({ '*': 1, '--': 0, '': 0 });
	});

	it.each([
		{ cls: 'Ⅰ', expected: 'I' },
		{ cls: 'Ⅲ', expected: 'III' },
		{ cls: '劣Ⅴ', expected: '劣V' },
		{ cls: '', expected: null },
		{ cls: '-', expected: null }
	])('class cell $cls → $expected', ({ cls, expected }) => {
		const { rows, summary } = parseText(file(CSV_HEADER, [row({ cls })]));
		expect(rows[0]!.networkClass).toBe(expected);
		expect(summary.noNetworkClass).toEqual({ empty: cls === '' ? 1 : 0, dash: cls === '-' ? 1 : 0 });
	});

	it('maintenance and not-fit-to-operate rows are read like the others (the status is dealt with later)', () => {
		const { rows } = parseText(file(CSV_HEADER, [row({ status: '维护' }), row({ status: '不具备运行条件' })]));
		expect(rows.map((r) => r.status)).toEqual(['维护', '不具备运行条件']);
	});

	it('counts the year boundary and times off the 4-hourly grid', () => {
		const lines = [
			row({ snapshot: '2023-01-01T02:53', time: '12-31 20:00' }),
			row({ snapshot: '2022-04-18T07:08', time: '04-18 04:02', station: '尤溪拥口大桥' }),
			row({ snapshot: '2021-06-17T13:09', time: '2021/6/17 12:00' })
		];
		const { summary } = parseText(file(CSV_HEADER, lines));
		expect(summary.previousYear).toBe(1);
		expect(summary.timeForms).toEqual({ 'with-year': 1, 'without-year': 2 });
		expect(summary.offGrid).toEqual([{ line: 3, station: '尤溪拥口大桥', time: '2022-04-18T04:02' }]);
		expect(summary.snapshots).toEqual({ count: 3, first: '2021-06-17T13:09', last: '2023-01-01T02:53' });
	});
});

describe('bad input: the error names file, line, column (header name), value and what was expected', () => {
	it.each([
		{
			what: 'a value that is not a number',
			header: CSV_HEADER,
			line: row({ values: ['25.0', '7.1O', ...Array(9).fill('*')] }),
			expected:
				'test.csv:2: column 8 (pH(无量纲)) = "7.1O": expected a number, * (not measured), -- (not published) or an empty cell'
		},
		{
			what: 'a negative value',
			header: CSV_HEADER,
			line: row({ values: ['-1.0', ...Array(10).fill('*')] }),
			expected: 'test.csv:2: column 7 (水温(℃)) = "-1.0": expected a number'
		},
		{
			what: 'a pH outside 0–14',
			header: XLSX_HEADER,
			line: row({ values: ['25.0', '15.20', ...Array(9).fill('*')] }),
			expected: 'test.csv:2: column 8 (PH) = "15.20": expected a pH value between 0 and 14 (plausibility limit)'
		},
		{
			what: 'an unknown class',
			header: CSV_HEADER,
			line: row({ cls: 'Ⅵ' }),
			expected: 'test.csv:2: column 6 (水质类别) = "Ⅵ": expected a class Ⅰ, Ⅱ, Ⅲ, Ⅳ, Ⅴ or 劣Ⅴ, `-` or an empty cell'
		},
		{
			what: 'an unknown status',
			header: XLSX_HEADER,
			line: row({ status: '停运' }),
			expected: 'test.csv:2: column 18 (站点信息) = "停运": expected one of 正常, 维护, 不具备运行条件'
		},
		{
			what: 'another province',
			header: CSV_HEADER,
			line: row({ province: '广东省' }),
			expected: 'test.csv:2: column 2 (省份) = "广东省": expected 福建省'
		},
		{
			what: 'a bad snapshot',
			header: CSV_HEADER,
			line: row({ snapshot: '2023-02-30T10:00' }),
			expected: 'test.csv:2: column 1 (snapshot) = "2023-02-30T10:00": expected a snapshot time YYYY-MM-DDTHH:MM'
		},
		{
			what: 'a reading after its snapshot',
			header: CSV_HEADER,
			line: row({ snapshot: '2021-06-17T13:09', time: '2021/6/17 16:00' }),
			expected:
				'test.csv:2: column 5 (监测时间) = "2021/6/17 16:00": expected a time no later than the snapshot 2021-06-17T13:09'
		},
		{
			what: 'a bad time in the spreadsheet (named by the column it stands in)',
			header: XLSX_HEADER,
			line: row({ time: '02-30 08:00' }),
			expected: 'test.csv:2: column 5 (断面名称) = "02-30 08:00": expected a real date and time MM-DD HH:MM (in 2023)'
		},
		{
			what: 'a ragged row',
			header: CSV_HEADER,
			line: row().replace(',正常', ''),
			expected: 'test.csv:2: "17 cells": expected 18 cells, one per header column'
		},
		{
			what: 'a quote',
			header: CSV_HEADER,
			line: row({ station: '"隘头潭"' }),
			expected: 'a quote character; expected unquoted cells'
		}
	])('$what', ({ header, line, expected }) => {
		expect(failure(() => parseText(file(header, [line])))).toContain(expected);
	});

	it('an unknown header name is named with its column', () => {
		expect(failure(() => parseText(file(CSV_HEADER.replace('氨氮(mg/L)', '氨氮（mg/L）'), [row()])))).toBe(
			'test.csv:1: column 13 (氨氮（mg/L）) = "氨氮（mg/L）": not a column name of either format (see SOURCES.md "Original columns")'
		);
	});

	it('an empty file has no header', () => {
		expect(failure(() => parseText(''))).toBe('test.csv: empty file (no header)');
	});
});

describe('the values under each header must look like that parameter', () => {
	// 60 readings with TP and TN as the network publishes them (TP 3 decimals ≈ 0.08, TN 2 decimals ≈ 1.5).
	const lines = Array.from({ length: 60 }, (_, i) =>
		row({
			time: `05-01 ${String(i % 24).padStart(2, '0')}:00`,
			values: ['25.0', '7.10', '7.00', '150.0', '10.0', '2.50', '0.100', `0.0${50 + i}`, `1.${10 + i}`, '*', '*']
		})
	);

	it('passes when the header names them right', () => {
		const { summary } = parseText(file(CSV_HEADER, lines));
		expect(summary.signatures.TP).toMatchObject({ values: 60, decimals: 3 });
		expect(summary.signatures.TN).toMatchObject({ values: 60, decimals: 2 });
		expect(summary.signatures.chlorophyll).toEqual({ values: 0, decimals: null, median: null });
	});

	it('stops when the header swaps TP and TN, at the header, saying why', () => {
		const swapped = CSV_HEADER.replace('总磷(mg/L),总氮(mg/L)', '总氮(mg/L),总磷(mg/L)');
		expect(failure(() => parseText(file(swapped, lines)))).toMatch(
			/^test\.csv:1: column 15 \(总磷\(mg\/L\)\) = "总磷\(mg\/L\)": the 60 values under this header do not look like TP: most have 2 decimals and their median is 1\.395; TP is published with 3 decimals and a median between 0\.005 and 1 — does the header name the right column\?$/
		);
	});

	it('stops when conductivity and turbidity are swapped (same decimals, different medians)', () => {
		const swapped = CSV_HEADER.replace('电导率(μS/cm),浊度(NTU)', '浊度(NTU),电导率(μS/cm)');
		expect(failure(() => parseText(file(swapped, lines)))).toContain(
			'column 11 (电导率(μS/cm)) = "电导率(μS/cm)": the 60 values under this header do not look like conductivity: most have 1 decimals and their median is 10;'
		);
	});
});
