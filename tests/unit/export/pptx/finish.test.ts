import { describe, expect, test } from 'vitest';
import {
	addSvgPicture,
	chartGaps,
	eastAsianFonts,
	notesBody,
	oneParagraphProps,
	relTargets,
	resolvePath,
	seriesLooks,
	themeFonts
} from '../../../../src/lib/export/pptx/finish';
import { SERIES_LOOK } from '../../../../src/lib/export/pptx/charts';
import { parseXml } from './read';

describe('eastAsianFonts', () => {
	test.each([
		{
			name: 'a run: the ea slot that repeats the Latin face becomes YaHei',
			xml: '<a:rPr><a:latin typeface="Arial" pitchFamily="34" charset="0"/><a:ea typeface="Arial" pitchFamily="34" charset="-122"/></a:rPr>',
			expected:
				'<a:rPr><a:latin typeface="Arial" pitchFamily="34" charset="0"/><a:ea typeface="Microsoft YaHei" pitchFamily="34" charset="-122"/></a:rPr>'
		},
		{
			name: 'chart text: a Latin face alone gets an ea after it',
			xml: '<a:defRPr sz="1600"><a:latin typeface="Arial"/></a:defRPr>',
			expected:
				'<a:defRPr sz="1600"><a:latin typeface="Arial"/><a:ea typeface="Microsoft YaHei" charset="-122"/></a:defRPr>'
		},
		{
			name: 'a Latin face already followed by an ea is left alone',
			xml: '<a:latin typeface="Arial"/> <a:ea typeface="+mn-ea"/>',
			expected: '<a:latin typeface="Arial"/> <a:ea typeface="+mn-ea"/>'
		},
		{
			name: 'other faces are left alone',
			xml: '<a:latin typeface="+mn-lt"/>',
			expected: '<a:latin typeface="+mn-lt"/>'
		},
		{ name: 'nothing to do', xml: '', expected: '' }
	])('$name', ({ xml, expected }) => expect(eastAsianFonts(xml)).toBe(expected));
});

test('themeFonts: Latin faces, the ea slot and Simplified Chinese', () => {
	const xml =
		'<a:majorFont><a:latin typeface="Calibri Light" panose="1"/><a:ea typeface=""/><a:font script="Hans" typeface="DengXian Light"/></a:majorFont>' +
		'<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:font script="Hans" typeface="DengXian"/><a:font script="Jpan" typeface="Yu Gothic"/></a:minorFont>';
	expect(themeFonts(xml)).toBe(
		'<a:majorFont><a:latin typeface="Arial" panose="1"/><a:ea typeface="Microsoft YaHei"/><a:font script="Hans" typeface="Microsoft YaHei"/></a:majorFont>' +
			'<a:minorFont><a:latin typeface="Arial"/><a:ea typeface="Microsoft YaHei"/><a:font script="Hans" typeface="Microsoft YaHei"/><a:font script="Jpan" typeface="Yu Gothic"/></a:minorFont>'
	);
});

describe('oneParagraphProps', () => {
	test.each([
		{
			name: 'a pPr repeated before the second run goes',
			xml: '<a:p><a:pPr indent="0"><a:buNone/></a:pPr><a:r><a:t>约</a:t></a:r><a:pPr indent="0"><a:buNone/></a:pPr><a:r><a:t>2.34</a:t></a:r></a:p>',
			expected: '<a:p><a:pPr indent="0"><a:buNone/></a:pPr><a:r><a:t>约</a:t></a:r><a:r><a:t>2.34</a:t></a:r></a:p>'
		},
		{
			name: 'self-closing ones too, paragraph by paragraph',
			xml: '<a:p><a:pPr/><a:r/><a:pPr algn="l"/></a:p><a:p><a:pPr/><a:r/></a:p>',
			expected: '<a:p><a:pPr/><a:r/></a:p><a:p><a:pPr/><a:r/></a:p>'
		},
		{
			name: 'a single pPr stays',
			xml: '<a:p><a:pPr><a:lnSpc><a:spcPts val="4500"/></a:lnSpc></a:pPr><a:r/></a:p>',
			expected: '<a:p><a:pPr><a:lnSpc><a:spcPts val="4500"/></a:lnSpc></a:pPr><a:r/></a:p>'
		},
		{ name: 'no pPr', xml: '<a:p><a:r/></a:p>', expected: '<a:p><a:r/></a:p>' }
	])('$name', ({ xml, expected }) => expect(oneParagraphProps(xml)).toBe(expected));
});

describe('chartGaps', () => {
	test.each([
		{
			name: 'an empty point of a number cache is removed; its count stays',
			xml: '<c:numCache><c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v></c:v></c:pt><c:pt idx="2"><c:v>0</c:v></c:pt></c:numCache>',
			expected:
				'<c:numCache><c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="2"><c:v>0</c:v></c:pt></c:numCache>'
		},
		{
			name: 'category labels (string caches) are untouched, even empty ones',
			xml: '<c:strCache><c:pt idx="0"><c:v></c:v></c:pt></c:strCache>',
			expected: '<c:strCache><c:pt idx="0"><c:v></c:v></c:pt></c:strCache>'
		},
		{
			name: 'every cache, all gaps',
			xml: '<c:numCache><c:pt idx="0"><c:v> </c:v></c:pt></c:numCache><c:numCache><c:pt idx="0">\n<c:v></c:v>\n</c:pt></c:numCache>',
			expected: '<c:numCache></c:numCache><c:numCache></c:numCache>'
		}
	])('$name', ({ xml, expected }) => expect(chartGaps(xml)).toBe(expected));
});

test('seriesLooks: each series its dash and marker, a computed one hollow', () => {
	const ser = (colour: string) =>
		`<c:ser><c:tx><c:v>s</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:ln w="38100"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:prstDash val="solid"/></a:ln></c:spPr>` +
		`<c:marker><c:symbol val="circle"/><c:size val="9"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:prstDash val="solid"/></a:ln></c:spPr></c:marker></c:ser>`;
	const out = seriesLooks(ser('AAAAAA') + ser('BBBBBB') + ser('CCCCCC'), [
		SERIES_LOOK.published,
		SERIES_LOOK.computed,
		SERIES_LOOK.derived
	]);
	const doc = parseXml(`<r xmlns:c="c" xmlns:a="a">${out}</r>`);
	const series = [...doc.getElementsByTagName('c:ser')].map((s) => ({
		line: s.getElementsByTagName('a:prstDash')[0]!.getAttribute('val'),
		markerLine: s.getElementsByTagName('a:prstDash')[1]!.getAttribute('val'),
		symbol: s.getElementsByTagName('c:symbol')[0]!.getAttribute('val'),
		markerFill: s.getElementsByTagName('c:marker')[0]!.getElementsByTagName('a:srgbClr')[0]!.getAttribute('val'),
		markerEdge: s.getElementsByTagName('c:marker')[0]!.getElementsByTagName('a:srgbClr')[1]!.getAttribute('val')
	}));
	expect(series).toEqual([
		{ line: 'solid', markerLine: 'solid', symbol: 'circle', markerFill: 'AAAAAA', markerEdge: 'AAAAAA' },
		{ line: 'dash', markerLine: 'solid', symbol: 'circle', markerFill: 'FFFFFF', markerEdge: 'BBBBBB' },
		{ line: 'sysDot', markerLine: 'solid', symbol: 'square', markerFill: 'CCCCCC', markerEdge: 'CCCCCC' }
	]);
	expect(seriesLooks(ser('AAAAAA'), [])).toBe(ser('AAAAAA'));
});

describe('notesBody', () => {
	const notesSlide = (body: string) =>
		'<p:notes><p:cSld><p:spTree>' +
		'<p:sp><p:nvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>' +
		`<p:sp><p:nvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody>${body}</p:txBody></p:sp>` +
		'<p:sp><p:nvSpPr><p:nvPr><p:ph type="sldNum" idx="10"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:fld><a:t>1</a:t></a:fld></a:p></p:txBody></p:sp>' +
		'</p:spTree></p:cSld></p:notes>';
	test.each([
		{ notes: '一行', lang: 'zh' as const, paragraphs: ['一行'] },
		{ notes: 'a\nb\r\nc', lang: 'en' as const, paragraphs: ['a', 'b', 'c'] },
		{ notes: 'x\n\ny & <z>', lang: 'en' as const, paragraphs: ['x', '', 'y & <z>'] }
	])('$notes', ({ notes, lang, paragraphs }) => {
		const out = notesBody(notesSlide('<a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>old</a:t></a:r></a:p>'), notes, lang);
		const doc = parseXml(out.replace('<p:notes>', '<p:notes xmlns:p="p" xmlns:a="a">'));
		const [, body, number] = [...doc.getElementsByTagName('p:sp')];
		expect([...body!.getElementsByTagName('a:p')].map((p) => p.textContent)).toEqual(paragraphs);
		expect(number!.textContent).toBe('1');
		for (const r of body!.getElementsByTagName('a:rPr'))
			expect(r.getAttribute('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en-US');
	});
});

test('addSvgPicture: the named picture keeps its PNG and gains the SVG, with a new relationship', () => {
	const pic = (name: string, id: number) =>
		`<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="${name}" descr="alt"/></p:nvPicPr><p:blipFill><a:blip r:embed="rId${id}"></a:blip><a:stretch/></p:blipFill></p:pic>`;
	const rels =
		'<Relationships><Relationship Id="rId1" Target="a"/><Relationship Id="rId7" Target="b"/></Relationships>';
	const out = addSvgPicture(pic('Logo', 1) + pic('Chart', 2), rels, 'Chart', '../media/svg-1.svg');
	expect(out.slide).toBe(
		pic('Logo', 1) +
			'<p:pic><p:nvPicPr><p:cNvPr id="2" name="Chart" descr="alt"/></p:nvPicPr><p:blipFill><a:blip r:embed="rId2"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="rId8"/></a:ext></a:extLst></a:blip><a:stretch/></p:blipFill></p:pic>'
	);
	expect(out.rels).toContain(
		'<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/svg-1.svg"/></Relationships>'
	);
	expect(() => addSvgPicture(pic('Logo', 1), rels, 'Chart', 'x')).toThrow(/No picture named "Chart"/);
});

describe('relationships', () => {
	test.each([
		{ source: 'ppt/slides/slide1.xml', target: '../charts/chart3.xml', expected: 'ppt/charts/chart3.xml' },
		{ source: 'ppt/slides/slide1.xml', target: '/ppt/charts/chart3.xml', expected: 'ppt/charts/chart3.xml' },
		{
			source: 'ppt/charts/chart3.xml',
			target: '../embeddings/Microsoft_Excel_Worksheet3.xlsx',
			expected: 'ppt/embeddings/Microsoft_Excel_Worksheet3.xlsx'
		},
		{ source: 'ppt/presentation.xml', target: 'slides/slide2.xml', expected: 'ppt/slides/slide2.xml' },
		{ source: 'ppt/presentation.xml', target: './theme/theme1.xml', expected: 'ppt/theme/theme1.xml' }
	])('resolvePath($source, $target)', ({ source, target, expected }) =>
		expect(resolvePath(source, target)).toBe(expected)
	);

	test('relTargets picks the relationships of one type', () => {
		const rels =
			'<Relationships><Relationship Id="rId1" Type="T/chart" Target="/ppt/charts/chart1.xml"/><Relationship Id="rId2" Type="T/slideLayout" Target="../slideLayouts/slideLayout2.xml"/>' +
			'<Relationship Target="../charts/chart9.xml" Type="T/chart" Id="rId3"/></Relationships>';
		expect(relTargets(rels, 'T/chart', 'ppt/slides/slide1.xml')).toEqual([
			'ppt/charts/chart1.xml',
			'ppt/charts/chart9.xml'
		]);
		expect(relTargets(rels, 'T/notesSlide', 'ppt/slides/slide1.xml')).toEqual([]);
	});
});
