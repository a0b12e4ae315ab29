import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { csvParseRows } from 'd3-dsv';
import { BOM, csvField, neutraliseFormula, restoreFormula, toCsv } from '../../../src/lib/export/csv';

describe('csvField', () => {
	test.each([
		{ value: 'plain', expected: 'plain' },
		{ value: '空气质量综合指数', expected: '空气质量综合指数' },
		{ value: 'a,b', expected: '"a,b"' },
		{ value: 'say "hi"', expected: '"say ""hi"""' },
		{ value: 'two\nlines', expected: '"two\nlines"' },
		{ value: 'cr\r', expected: '"cr\r"' },
		{ value: ' leading', expected: '" leading"' },
		{ value: 'trailing ', expected: '"trailing "' },
		{ value: '', expected: '' },
		{ value: null, expected: '' },
		{ value: undefined, expected: '' },
		{ value: 3.31, expected: '3.31' },
		{ value: -0.5, expected: '-0.5' },
		{ value: Number.NaN, expected: '' },
		{ value: true, expected: 'true' },
		{ value: '−0.3个百分点', expected: '−0.3个百分点' }
	])('csvField($value)', ({ value, expected }) => {
		expect(csvField(value)).toBe(expected);
	});
});

describe('formula injection: a cell a spreadsheet would evaluate is written as text', () => {
	test.each([
		{ value: '=HYPERLINK("http://evil.example","x")', expected: '"\'=HYPERLINK(""http://evil.example"",""x"")"' },
		{ value: '=1+1', expected: "'=1+1" },
		{ value: "+cmd|' /C calc'!A0", expected: "'+cmd|' /C calc'!A0" },
		{ value: '-2+3', expected: "'-2+3" },
		{ value: '-', expected: "'-" },
		{ value: '@SUM(A1:A2)', expected: "'@SUM(A1:A2)" },
		{ value: '\t=1+1', expected: "'\t=1+1" },
		{ value: '\r=1+1', expected: '"\'\r=1+1"' },
		{ value: "'=1+1", expected: "''=1+1" },
		{ value: "'plain", expected: "'plain" },
		{ value: 'a=1', expected: 'a=1' },
		{ value: ' =1', expected: '" =1"' }
	])('csvField($value) → $expected', ({ value, expected }) => {
		expect(csvField(value)).toBe(expected);
	});

	test.each([
		{ value: '-10.3' },
		{ value: '-0.06' },
		{ value: '+5' },
		{ value: '-1e3' },
		{ value: '-.5' },
		{ value: '2.30' }
	])('a plain number as text stays a number: $value', ({ value }) => {
		expect(csvField(value)).toBe(value);
	});

	test('numbers, negative ones included, are written as numbers', () => {
		expect(toCsv(['v'], [[-0.5], [-18], ['-10.3']], { bom: false })).toBe('v\r\n-0.5\r\n-18\r\n-10.3\r\n');
	});

	test('restoreFormula inverts neutraliseFormula for any text', () => {
		const text = fc.oneof(
			fc.string(),
			fc.stringMatching(/^'*[=+\-@\t\r'].*$/),
			fc.constantFrom('=', "'", "''=", '-1', '-x', '@', '\t', '\r')
		);
		fc.assert(
			fc.property(text, (s) => {
				expect(restoreFormula(neutraliseFormula(s))).toBe(s);
			})
		);
	});
});

describe('toCsv', () => {
	test('BOM, header, CRLF rows, trailing CRLF', () => {
		expect(toCsv(['年份', '数值'], [[2024, '2.34']])).toBe('\uFEFF年份,数值\r\n2024,2.34\r\n');
	});
	test('without BOM', () => {
		expect(toCsv(['a'], [], { bom: false })).toBe('a\r\n');
	});
	test('empty table is just the header', () => {
		expect(toCsv(['a', 'b'], [])).toBe(`${BOM}a,b\r\n`);
	});
	test('a gappy row keeps its columns', () => {
		expect(toCsv(['y', 'v'], [[2020, null]])).toBe(`${BOM}y,v\r\n2020,\r\n`);
	});

	test('round trip through d3-dsv for any table of text', () => {
		const cell = fc.oneof(
			fc.string(),
			fc.string({ unit: 'grapheme' }),
			fc.constantFrom('a,b', '"', '""', '\n', '\r\n', ' x ', '厦门,思明区', '=1+1')
		);
		fc.assert(
			fc.property(
				fc
					.integer({ min: 1, max: 5 })
					.chain((n) =>
						fc.tuple(
							fc.array(cell, { minLength: n, maxLength: n }),
							fc.array(fc.array(cell, { minLength: n, maxLength: n }))
						)
					),
				([columns, rows]) => {
					const text = toCsv(columns, rows);
					expect(text.startsWith(BOM)).toBe(true);
					const parsed = csvParseRows(text.slice(1, -2)).map((row) => row.map(restoreFormula));
					expect(parsed).toEqual([columns, ...rows]);
					for (const cell of csvParseRows(text.slice(1, -2)).flat())
						if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
				}
			)
		);
	});
});
