import { describe, expect, it } from 'vitest';
import { ImportError } from '$lib/pipeline/importError';
import { compactToIsoDate, isNationalHeader, NationalParser, parseCell } from '$lib/pipeline/cnemc/national';
import { splitAll } from '$lib/pipeline/lines';
import { HOURLY_POLLUTANTS, slot } from '$lib/pipeline/cnemc/types';
import { parseNationalFixture, SELECT_XIAMEN } from './helpers';

const PM25 = HOURLY_POLLUTANTS.indexOf('PM2.5');
const CO = HOURLY_POLLUTANTS.indexOf('CO');
const O3 = HOURLY_POLLUTANTS.indexOf('O3');

function value(r: ReturnType<typeof parseNationalFixture>, date: string, entity: string, p: number, h: number) {
	return r.days.get(date)?.get(entity)?.[slot(p, h)];
}

/** Runs `fn`, expects an ImportError, returns it. */
function importError(fn: () => unknown): ImportError {
	try {
		fn();
	} catch (e) {
		expect(e).toBeInstanceOf(ImportError);
		return e as ImportError;
	}
	throw new Error('expected an ImportError');
}

describe('national format: helpers', () => {
	it('recognises the header', () => {
		expect(isNationalHeader('date,hour,type,厦门')).toBe(true);
		expect(isNationalHeader('厦门,2013-12-02,66')).toBe(false);
	});
	it.each([
		['20230120', '2023-01-20'],
		['20240229', '2024-02-29'],
		['20230229', null],
		['20230230', null],
		['2023012', null],
		['20231301', null]
	])('compactToIsoDate(%s) = %s', (s, want) => expect(compactToIsoDate(s)).toBe(want));
	it('parses cells: blank → NaN, decimals, rejects the rest', () => {
		expect(parseCell('')).toBeNaN();
		expect(parseCell('0.54')).toBe(0.54);
		expect(parseCell('-3')).toBeNull();
		expect(parseCell('1e3')).toBeNull();
		expect(parseCell(' 3')).toBeNull();
		expect(parseCell('NA')).toBeNull();
	});
});

describe('national format: reading', () => {
	it('missing rows and blank cells are missing hours; derived types are ignored', () => {
		const r = parseNationalFixture('missing_rows_blank_cells.csv');
		expect(value(r, '2023-01-20', '厦门', PM25, 0)).toBe(31);
		expect(value(r, '2023-01-20', '厦门', PM25, 1)).toBeNaN(); // missing row
		expect(value(r, '2023-01-20', '厦门', PM25, 2)).toBe(33);
		expect(value(r, '2023-01-20', '厦门', PM25, 3)).toBeNaN(); // blank cell
		expect(value(r, '2023-01-20', '1287A', PM25, 2)).toBeNaN();
		expect(value(r, '2023-01-20', '1287A', PM25, 3)).toBe(32);
		expect(value(r, '2023-01-20', '厦门', CO, 3)).toBe(0.55);
		expect(r.summary.selected.map((c) => [c.name, c.position])).toEqual([
			['1287A', 4],
			['厦门', 5]
		]);
		expect(r.summary.usedRows).toBe(4);
		expect(r.summary.ignoredRowsByType).toEqual({ AQI: 1 });
	});
	it('reads CRLF with a UTF-8 BOM (header still recognised)', () => {
		const r = parseNationalFixture('crlf_bom.csv', 3);
		expect(r.stats.bom).toBe(true);
		expect(r.stats.crlf).toBe(5);
		expect(value(r, '2023-01-20', '厦门', PM25, 1)).toBe(31);
		expect(value(r, '2023-01-20', '厦门', O3, 1)).toBe(80);
		expect(r.summary.ignoredRowsByType).toEqual({ 'PM2.5_24h': 1 });
	});
	it('a duplicated needed column identical on every row: kept once, reported', () => {
		const r = parseNationalFixture('dup_identical.csv');
		expect(r.summary.duplicateSelected).toEqual([{ name: '1287A', positions: [4, 6] }]);
		expect(r.summary.selected.map((c) => c.position)).toEqual([4]);
		expect(value(r, '2023-01-20', '1287A', PM25, 0)).toBe(30);
		expect(value(r, '2023-01-20', '1287A', PM25, 1)).toBeNaN();
	});
	it('a duplicated needed column that differs: error naming both positions, line and value', () => {
		const e = importError(() => parseNationalFixture('dup_differ.csv'));
		expect(e.location).toMatchObject({ file: 'dup_differ.csv', line: 3, column: 6, columnName: '1287A', value: '30' });
		expect(e.message).toContain('columns 4 and 6');
		expect(e.message).toMatch(/^dup_differ\.csv:3: column 6 \(1287A\) = "30": /);
	});
	it('a duplicated column that is not needed is only reported', () => {
		const r = parseNationalFixture('dup_not_selected.csv');
		expect(r.summary.duplicateOtherNames).toEqual(['1001A']);
		expect(value(r, '2023-01-20', '1287A', PM25, 0)).toBe(30);
	});
	it('repeated identical row: first kept, reported; differing: error naming both lines', () => {
		const r = parseNationalFixture('duplicate_row_same.csv');
		expect(r.summary.duplicateRows).toEqual([{ line: 3, firstLine: 2 }]);
		const e = importError(() => parseNationalFixture('duplicate_row_differ.csv'));
		expect(e.location).toMatchObject({ line: 3, column: 4, value: '31' });
		expect(e.message).toContain('first at line 2');
	});
	it('a short last line without terminator is a truncated file: row dropped and reported', () => {
		const r = parseNationalFixture('truncated_last.csv');
		expect(r.summary.truncatedLastLine).toEqual({
			line: 3,
			fields: 5,
			expected: 6,
			date: '20230120',
			hour: '0',
			type: 'CO_24h'
		});
		expect(r.summary.dataRows).toBe(2);
		expect(value(r, '2023-01-20', '3528A', PM25, 0)).toBe(32);
	});
	it('the same short last line WITH a terminator is a ragged row (error)', () => {
		const e = importError(() => parseNationalFixture('short_last_terminated.csv'));
		expect(e.location).toMatchObject({ line: 3, column: 6, columnName: '3528A' });
	});
	it('keeps memory to the selected columns of a wide file', () => {
		const names = Array.from({ length: 2000 }, (_, i) => `S${i}`);
		names[500] = '1287A';
		const text =
			`date,hour,type,${names.join(',')}\n` +
			`20230120,0,PM2.5,${names.map((_, i) => (i === 500 ? '42' : 'x')).join(',')}\n`;
		const p = new NationalParser({ file: 'wide.csv', select: SELECT_XIAMEN });
		splitAll(text).lines.forEach((l) => p.line(l));
		const r = p.finish();
		expect(r.days.get('2023-01-20')?.size).toBe(1);
		expect(r.days.get('2023-01-20')?.get('1287A')?.[slot(PM25, 0)]).toBe(42); // 'x' elsewhere is not parsed
	});
});

describe('national format: malformed input → ImportError with file, line, column, value', () => {
	it.each([
		['ragged.csv', { line: 3, column: 5, columnName: '厦门', value: '' }, /ragged row: 4 fields, header has 5/],
		['ragged_long.csv', { line: 2, column: 5, value: '31' }, /ragged row: 5 fields, header has 4/],
		['nonnumeric.csv', { line: 3, column: 5, columnName: '厦门', value: 'n/a' }, /not a non-negative decimal/],
		['negative.csv', { line: 2, column: 4, columnName: '厦门', value: '-3' }, /not a non-negative decimal/],
		['bad_date.csv', { line: 3, column: 1, columnName: 'date', value: '20230230' }, /bad date/],
		['bad_hour.csv', { line: 2, column: 2, columnName: 'hour', value: '24' }, /bad hour/],
		['unknown_type.csv', { line: 3, column: 3, columnName: 'type', value: 'PM1' }, /unknown type/],
		['quoted.csv', { line: 2, column: 4, columnName: '厦门', value: '"30"' }, /quoted fields are not supported/],
		['bad_header.csv', { line: 1, column: 2, value: 'hr' }, /header must start with "date,hour,type"/]
	])('%s', (file, location, reason) => {
		const e = importError(() => parseNationalFixture(file));
		expect(e.location).toMatchObject({ file, ...location });
		expect(e.message).toMatch(reason);
		expect(e.message.startsWith(`${file}:${location.line}: column ${location.column}`)).toBe(true);
	});
	it('a date outside the range the file name states', () => {
		const p = new NationalParser({
			file: 'x.csv',
			select: SELECT_XIAMEN,
			dateRange: { from: '2022-01-01', to: '2022-12-31' }
		});
		const e = importError(() => {
			splitAll('date,hour,type,厦门\n20230101,0,PM2.5,3\n').lines.forEach((l) => p.line(l));
			p.finish();
		});
		expect(e.location).toMatchObject({ line: 2, column: 1, value: '20230101' });
	});
	it('an empty file', () => {
		const p = new NationalParser({ file: 'empty.csv', select: SELECT_XIAMEN });
		expect(() => p.finish()).toThrow(/empty file/);
	});
});
