import { describe, expect, test } from 'vitest';
import { columnName, sheetXml, workbookParts, xmlText } from '../../../../src/lib/export/pptx/workbook';
import { parseXml } from './read';

describe('columnName', () => {
	test.each([
		{ index: 0, expected: 'A' },
		{ index: 1, expected: 'B' },
		{ index: 25, expected: 'Z' },
		{ index: 26, expected: 'AA' },
		{ index: 27, expected: 'AB' },
		{ index: 51, expected: 'AZ' },
		{ index: 52, expected: 'BA' },
		{ index: 701, expected: 'ZZ' },
		{ index: 702, expected: 'AAA' }
	])('$index → $expected', ({ index, expected }) => expect(columnName(index)).toBe(expected));
});

test.each([
	{ text: 'plain', expected: 'plain' },
	{ text: 'a & b < c > d "e"', expected: 'a &amp; b &lt; c &gt; d &quot;e&quot;' },
	{ text: '综合指数', expected: '综合指数' },
	{ text: '', expected: '' }
])('xmlText($text)', ({ text, expected }) => expect(xmlText(text)).toBe(expected));

describe('sheetXml', () => {
	const cells = (xml: string) =>
		Object.fromEntries(
			[...parseXml(xml).getElementsByTagName('c')].map((c) => [
				c.getAttribute('r'),
				c.getAttribute('t') === 'inlineStr' ? c.textContent : Number(c.getElementsByTagName('v')[0]!.textContent)
			])
		);
	test.each([
		{
			name: 'categories down A, series across row 1, numbers as numbers, a zero kept, a gap empty',
			plan: {
				categories: ['2022', '2023', '2024'],
				series: [
					{ name: '公布值', values: [2.52, null, 0] },
					{ name: 'b & c', values: [1, 2, 3] }
				]
			},
			expected: { B1: '公布值', C1: 'b & c', A2: '2022', B2: 2.52, C2: 1, A3: '2023', C3: 2, A4: '2024', B4: 0, C4: 3 },
			dimension: 'A1:C4'
		},
		{
			name: 'one category, one series, all missing',
			plan: { categories: ['x'], series: [{ name: 's', values: [null] }] },
			expected: { B1: 's', A2: 'x' },
			dimension: 'A1:B2'
		},
		{
			name: 'negative and tiny numbers keep their value',
			plan: { categories: ['a', 'b'], series: [{ name: 's', values: [-0.5, 1e-7] }] },
			expected: { B1: 's', A2: 'a', B2: -0.5, A3: 'b', B3: 1e-7 },
			dimension: 'A1:B3'
		}
	])('$name', ({ plan, expected, dimension }) => {
		const xml = sheetXml(plan);
		expect(cells(xml)).toEqual(expected);
		expect(parseXml(xml).getElementsByTagName('dimension')[0]!.getAttribute('ref')).toBe(dimension);
	});
});

test('workbookParts: a complete, well-formed package with one sheet named Sheet1', () => {
	const parts = workbookParts({ categories: ['a'], series: [{ name: 's', values: [1] }] });
	expect(Object.keys(parts).sort()).toEqual(
		[
			'[Content_Types].xml',
			'_rels/.rels',
			'xl/_rels/workbook.xml.rels',
			'xl/styles.xml',
			'xl/workbook.xml',
			'xl/worksheets/sheet1.xml'
		].sort()
	);
	for (const [path, xml] of Object.entries(parts)) expect(() => parseXml(xml, path)).not.toThrow();
	expect(parts['xl/workbook.xml']).toContain('<sheet name="Sheet1" sheetId="1" r:id="rId1"/>');
});
