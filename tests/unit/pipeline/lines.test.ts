import { describe, expect, it } from 'vitest';
import { splitAll } from '$lib/pipeline/lines';
import { feed } from './cnemc/helpers';

describe('LineSplitter', () => {
	it('splits LF and CRLF, strips a BOM, flags an unterminated last line', () => {
		const { lines, stats } = splitAll('\uFEFFa,b\r\nc,d\ne');
		expect(lines.map((l) => l.text)).toEqual(['a,b', 'c,d', 'e']);
		expect(lines.map((l) => l.terminated)).toEqual([true, true, false]);
		expect(stats).toEqual({ lines: 3, crlf: 1, lf: 1, bom: true, finalNewline: false });
	});
	it('gives the same lines whatever the chunk size (CRLF and multi-byte characters split across chunks)', () => {
		const bytes = new TextEncoder().encode(
			'\uFEFFdate,hour,type,厦门\r\n20230120,0,PM2.5,30\r\n20230120,1,PM2.5,31\r\n'
		);
		for (const size of [1, 2, 3, 5, 64]) {
			const got: string[] = [];
			const stats = feed(bytes, size, (l) => got.push(l.text));
			expect(got).toEqual(['date,hour,type,厦门', '20230120,0,PM2.5,30', '20230120,1,PM2.5,31']);
			expect(stats.crlf).toBe(3);
			expect(stats.bom).toBe(true);
		}
	});
	it('keeps a lone CR in the text (so value validation rejects it)', () => {
		expect(splitAll('a\rb\n').lines.map((l) => l.text)).toEqual(['a\rb']);
	});
	it('numbers lines from 1 and keeps empty lines', () => {
		expect(splitAll('a\n\nb\n').lines.map((l) => [l.no, l.text])).toEqual([
			[1, 'a'],
			[2, ''],
			[3, 'b']
		]);
	});
});
