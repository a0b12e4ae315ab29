import { describe, expect, test } from 'vitest';
import iconv from 'iconv-lite';
import { decodeUtf8, parseCsv } from '../../../src/lib/pipeline/csv';
import { DataError } from '../../../src/lib/pipeline/errors';

const enc = (s: string) => new TextEncoder().encode(s);

describe('parseCsv', () => {
	test.each([
		{
			name: 'LF',
			text: 'a,b\n1,2\n3,4\n',
			lines: [2, 3],
			cells: [
				['1', '2'],
				['3', '4']
			]
		},
		{
			name: 'CRLF',
			text: 'a,b\r\n1,2\r\n3,4\r\n',
			lines: [2, 3],
			cells: [
				['1', '2'],
				['3', '4']
			]
		},
		{ name: 'no final newline', text: 'a,b\n1,2', lines: [2], cells: [['1', '2']] },
		{
			name: 'blank lines skipped but counted',
			text: 'a,b\n\n1,2\n\n3,4',
			lines: [3, 5],
			cells: [
				['1', '2'],
				['3', '4']
			]
		},
		{
			name: 'quoted cell spanning lines',
			text: 'a,b\n"x\ny",2\n3,4',
			lines: [2, 4],
			cells: [
				['x\ny', '2'],
				['3', '4']
			]
		},
		{ name: 'quoted comma and quote', text: 'a,b\n"1,5","say ""hi"""', lines: [2], cells: [['1,5', 'say "hi"']] },
		{ name: 'header only', text: 'a,b\n', lines: [], cells: [] }
	])('$name', ({ text, lines, cells }) => {
		const table = parseCsv('t.csv', text);
		expect(table.header).toEqual(['a', 'b']);
		expect(table.records.map((r) => r.line)).toEqual(lines);
		expect(table.records.map((r) => r.cells)).toEqual(cells);
	});

	test('an unterminated quote (a truncated file) is an error naming the line', () => {
		expect(() => parseCsv('t.csv', 'a,b\n1,2\n"3,4\n')).toThrowError(/t\.csv:3 \(quoting\)/);
	});

	test('an empty file has no header', () => {
		expect(() => parseCsv('t.csv', '')).toThrowError(DataError);
	});
});

describe('decodeUtf8', () => {
	test.each([
		{ name: 'plain UTF-8', bytes: enc('名称,值\n甲,1\n'), text: '名称,值\n甲,1\n' },
		{ name: 'UTF-8 with BOM', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...enc('a,b\n')]), text: 'a,b\n' }
	])('$name', ({ bytes, text }) => {
		expect(decodeUtf8('t.csv', bytes)).toBe(text);
	});

	test('GB18030 (Excel on Chinese Windows) is rejected with the encoding named and the fix', () => {
		const bytes = iconv.encode('名称,值\n厦门,1\n', 'gb18030');
		try {
			decodeUtf8('data/x.csv', new Uint8Array(bytes));
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(DataError);
			const message = (error as Error).message;
			expect(message).toMatch(/^data\/x\.csv:1 \(encoding\)/);
			expect(message).toContain('GB18030');
			expect(message).toContain('iconv -f GB18030 -t UTF-8');
		}
	});

	test('invalid bytes that are not GB18030 are rejected as not UTF-8, with the line', () => {
		const bytes = new Uint8Array([...enc('a,b\n1,2\n'), 0xff, 0xfe, 0x0a]);
		expect(() => decodeUtf8('t.csv', bytes)).toThrowError(/t\.csv:3 \(encoding\).*UTF-8/);
	});
});
