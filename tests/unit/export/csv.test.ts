import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { csvParseRows } from 'd3-dsv';
import { BOM, csvField, toCsv } from '../../../src/lib/export/csv';

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
					const parsed = csvParseRows(text.slice(1, -2));
					expect(parsed).toEqual([columns, ...rows]);
				}
			)
		);
	});
});
