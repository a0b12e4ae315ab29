/**
 * buildPptx, read back: the .pptx is a zip of XML, so each case builds a deck and reads the slides,
 * their titles, notes, footnotes, fonts and the chart parts with their data and workbooks.
 */
import { describe, expect, test } from 'vitest';
import {
	buildPptx,
	DeckSpecError,
	SlideLayoutError,
	type DeckSpec,
	type SlideSpec
} from '../../../../src/lib/export/pptx';
import { AQI_CATEGORIES } from '../../../../src/lib/standards/aqiCategory';
import { classColour } from '../../../../src/lib/charts/kinds/class-grid/palette';
import { SERIES_COLOURS } from '../../../../src/lib/charts/palette';
import { chartFrame, readPptx, type DeckRead } from './read';

/** Building and reading back a deck takes a few hundred ms; far more on a loaded machine (a hang guard, not a speed test). */
const BUILD_TIMEOUT = 60_000;
const zhDeck = (slides: SlideSpec[], extra: Partial<DeckSpec> = {}): DeckSpec => ({
	language: 'zh',
	title: '测试文稿',
	slides,
	...extra
});
const hex = (c: string) => c.replace('#', '').toUpperCase();
/** The smallest valid PNG (1×1, transparent): what a test rasteriser returns. */
const PNG_1X1 = Uint8Array.from(
	atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=='),
	(c) => c.charCodeAt(0)
);
const build = async (spec: DeckSpec) => readPptx(await buildPptx(spec, { rasterise: async () => PNG_1X1 }));

const LINE_WITH_GAP: SlideSpec = {
	title: '综合指数降至2.34，全国第3',
	subtitle: '2018—2024年',
	figures: [{ value: '2.34', label: '综合指数', change: '同比改善10.3%' }],
	chart: {
		type: 'line',
		categories: ['2018', '2019', '2020', '2021', '2022', '2023', '2024'],
		unit: '指数',
		series: [
			{ name: '公布值', values: [3.31, 2.98, null, null, null, 2.61, 2.34] },
			{ name: '计算值', values: [null, null, null, null, 2.52, 2.6, null], style: 'computed' },
			{ name: '推算值', values: [0, null, 1.5, null, null, null, null], style: 'derived' }
		]
	},
	sources: ['2024年工作总结', '2023年公报'],
	notes: '2020—2022年没有公布值。\n计算值与公布值并列。'
};

describe('buildPptx: slides, titles, notes', { timeout: BUILD_TIMEOUT }, () => {
	test.each<{ name: string; spec: DeckSpec; titles: string[]; notes: string[][] }>([
		{
			name: 'an empty deck is one title slide',
			spec: zhDeck([], { title: '厦门生态环境数据看板', subtitle: '2025年6月' }),
			titles: ['厦门生态环境数据看板'],
			notes: [[]]
		},
		{
			name: 'a Chinese-only title',
			spec: zhDeck([{ title: '优良天数比例保持全国前列', notes: '只有中文。' }]),
			titles: ['优良天数比例保持全国前列'],
			notes: [['只有中文。']]
		},
		{
			name: 'one slide per spec slide, in order, with notes as paragraphs',
			spec: zhDeck([LINE_WITH_GAP, { title: '第二页' }, { title: 'Third: 3 < 4 & "quotes"', notes: 'a\r\n\nb & <c>' }]),
			titles: [LINE_WITH_GAP.title, '第二页', 'Third: 3 < 4 & "quotes"'],
			notes: [['2020—2022年没有公布值。', '计算值与公布值并列。'], [], ['a', '', 'b & <c>']]
		},
		{
			name: 'a very long title stays whole',
			spec: zhDeck([
				{
					title:
						'一个很长的标题：2024年厦门市环境空气质量综合指数为2.34，同比改善10.3%，在全国168个重点城市中排名第3，优良天数比例为99.5%',
					chart: LINE_WITH_GAP.chart
				}
			]),
			titles: [
				'一个很长的标题：2024年厦门市环境空气质量综合指数为2.34，同比改善10.3%，在全国168个重点城市中排名第3，优良天数比例为99.5%'
			],
			notes: [[]]
		}
	])('$name', async ({ spec, titles, notes }) => {
		const deck = await build(spec);
		expect(deck.slides).toHaveLength(titles.length);
		expect(deck.slides.map((s) => s.title?.paragraphs.join('\n'))).toEqual(titles);
		expect(deck.slides.map((s) => s.notes)).toEqual(notes);
		for (const slide of deck.slides) {
			expect(slide.title!.name).toBe('Title');
			expect(Math.min(...slide.title!.runs.map((r) => r.size!))).toBeGreaterThanOrEqual(32);
			expect(slide.repeatedParagraphProps).toBe(0);
		}
	});

	test('the empty deck’s title slide carries the subtitle, and the file its title', async () => {
		const deck = await build(zhDeck([], { title: '厦门生态环境数据看板', subtitle: '2025年6月' }));
		expect(deck.slides[0]!.shapes.find((s) => s.name === 'Subtitle')?.paragraphs).toEqual(['2025年6月']);
		expect(await deck.zip.file('docProps/core.xml')!.async('string')).toContain(
			'<dc:title>厦门生态环境数据看板</dc:title>'
		);
	});

	test('a long title wraps above the chart, never over it', async () => {
		const deck = await build(zhDeck([{ title: '很长的标题'.repeat(12), chart: LINE_WITH_GAP.chart }]));
		const title = deck.slides[0]!.title!;
		const chart = chartFrame(deck, 1)!;
		expect(title.runs[0]!.size).toBe(32);
		expect(title.box.h).toBeGreaterThan(1.2);
		expect(title.box.y + title.box.h).toBeLessThanOrEqual(chart.box.y);
	});
});

/** Days in two AQI categories, two years (for the bar layouts). */
const DAYS_BY_CATEGORY = [
	{ name: '优', values: [209, 221] },
	{ name: '良', values: [147, 143] }
];

describe('buildPptx: native charts with their data', { timeout: BUILD_TIMEOUT }, () => {
	test('a line chart with gaps: type, categories, values, gaps as missing points, the workbook', async () => {
		const deck = await build(zhDeck([LINE_WITH_GAP]));
		const chart = deck.slides[0]!.chart!;
		expect(chart.path).toMatch(/^ppt\/charts\/chart\d+\.xml$/);
		expect(chart.type).toBe('line');
		expect(chart.dispBlanksAs).toBe('gap');
		expect(chart.categories).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
		expect(chart.series.map((s) => [s.name, s.values])).toEqual([
			['公布值', [3.31, 2.98, null, null, null, 2.61, 2.34]],
			['计算值', [null, null, null, null, 2.52, 2.6, null]],
			['推算值', [0, null, 1.5, null, null, null, null]]
		]);
		// Published solid with dots, computed dashed, derived dotted with squares.
		expect(chart.series.map((s) => [s.dash, s.marker])).toEqual([
			['solid', 'circle'],
			['dash', 'circle'],
			['sysDot', 'square']
		]);
		expect(chart.series.map((s) => s.colour)).toEqual(SERIES_COLOURS.slice(0, 3).map(hex));

		const { cells, parts } = chart.workbook;
		expect(chart.workbook.path).toMatch(/^ppt\/embeddings\/.+\.xlsx$/);
		expect(parts).toContain('xl/worksheets/sheet1.xml');
		expect([cells.get('B1'), cells.get('C1'), cells.get('D1')]).toEqual(['公布值', '计算值', '推算值']);
		expect(['A2', 'A3', 'A8'].map((r) => cells.get(r))).toEqual(['2018', '2019', '2024']);
		expect(cells.get('B2')).toBe(3.31);
		expect(cells.get('D2')).toBe(0); // a zero stays a zero
		expect(cells.has('B4')).toBe(false); // a gap is an empty cell
		expect(cells.get('C7')).toBe(2.6);
	});

	test.each<{ name: string; chart: SlideSpec['chart']; barDir: string; grouping: string }>([
		{
			name: 'grouped columns',
			chart: {
				type: 'bar',
				categories: ['2022', '2023'],
				series: DAYS_BY_CATEGORY
			},
			barDir: 'col',
			grouping: 'clustered'
		},
		{
			name: 'stacked to 100 %',
			chart: {
				type: 'bar',
				layout: 'stacked100',
				categories: ['2022', '2023'],
				series: DAYS_BY_CATEGORY
			},
			barDir: 'col',
			grouping: 'percentStacked'
		},
		{
			name: 'horizontal bars',
			chart: {
				type: 'bar',
				direction: 'horizontal',
				categories: ['2013', '2014'],
				series: [{ name: '优良天数', values: [341, null] }]
			},
			barDir: 'bar',
			grouping: 'clustered'
		}
	])('bars: $name', async ({ chart, barDir, grouping }) => {
		const deck = await build(zhDeck([{ title: '柱状图', chart }]));
		const read = deck.slides[0]!.chart!;
		expect(read.type).toBe('bar');
		expect(read.barDir).toBe(barDir);
		expect(read.grouping).toBe(grouping);
		if (chart?.type !== 'bar') throw new Error('bar');
		// Horizontal bars are written last category first, so PowerPoint draws the first on top.
		const order = <T>(list: T[]) => (barDir === 'bar' ? [...list].reverse() : list);
		expect(read.categories).toEqual(order(chart.categories));
		expect(read.series.map((s) => ({ name: s.name, values: s.values }))).toEqual(
			chart.series.map((s) => ({ name: s.name, values: order(s.values) }))
		);
		expect(read.workbook.cells.get('A2')).toBe(order(chart.categories)[0]);
	});

	test('bars in the official AQI and water-class colours', async () => {
		const deck = await build(
			zhDeck([
				{
					title: '各类别天数',
					chart: {
						type: 'bar',
						categories: ['优', '良', '轻度污染'],
						series: [{ name: '天数', values: [221, 143, 0] }],
						categoryColours: [{ aqi: 1 }, { aqi: 2 }, { aqi: 3 }]
					}
				},
				{
					title: '各类别占比',
					chart: {
						type: 'bar',
						layout: 'stacked100',
						categories: ['2022', '2023'],
						series: [
							{ name: 'Ⅱ类', values: [3, 4], colour: { classScheme: 'gb3838', rank: 1 } },
							{ name: 'Ⅲ类', values: [2, 1], colour: { classScheme: 'gb3838', rank: 2 } }
						]
					}
				},
				{
					title: '横向',
					chart: {
						type: 'bar',
						direction: 'horizontal',
						categories: ['优', '良', '轻度污染'],
						series: [{ name: '天数', values: [221, 143, 0] }],
						categoryColours: [{ aqi: 1 }, { aqi: 2 }, { aqi: 3 }]
					}
				}
			])
		);
		const [aqi, water, horizontal] = deck.slides.map((s) => s.chart!);
		// Each bar keeps its category's colour when horizontal bars are written last first.
		expect(horizontal!.categories).toEqual(['轻度污染', '良', '优']);
		expect(horizontal!.series[0]!.pointColours).toEqual(
			AQI_CATEGORIES.slice(0, 3)
				.map((c) => hex(c.colour))
				.reverse()
		);
		expect(aqi!.series[0]!.pointColours).toEqual(AQI_CATEGORIES.slice(0, 3).map((c) => hex(c.colour)));
		expect(water!.series.map((s) => s.colour)).toEqual([
			hex(classColour('gb3838', 1).fill),
			hex(classColour('gb3838', 2).fill)
		]);
	});

	test('an image slide: the SVG beside its PNG fallback, with alt text, keeping its aspect ratio', async () => {
		const svg =
			'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 100"><rect width="400" height="100" fill="#1f5f9e"/><text x="10" y="60">Ⅱ类</text></svg>';
		const deck = await build(
			zhDeck([{ title: '水质类别', chart: { type: 'image', svg, alt: '各水库的水质类别', aspectRatio: 4 } }])
		);
		const picture = deck.slides[0]!.picture!;
		expect(deck.slides[0]!.chart).toBeUndefined();
		expect(picture.name).toBe('Chart');
		expect(picture.alt).toBe('各水库的水质类别');
		expect([...picture.png]).toEqual([...PNG_1X1]);
		expect(picture.svg).toContain('<text x="10" y="60">Ⅱ类</text>');
		expect(picture.svg).toMatch(
			/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 400 100" width="[\d.]+" height="[\d.]+">/
		);
		expect(picture.box.w / picture.box.h).toBeCloseTo(4, 2);
		expect(deck.contentTypes).toContain('<Default Extension="svg" ContentType="image/svg+xml"/>');
	});

	test('an image slide outside a browser needs a rasteriser', async () => {
		const spec = zhDeck([
			{
				title: '图',
				chart: { type: 'image', svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', alt: '图', aspectRatio: 1 }
			}
		]);
		await expect(buildPptx(spec)).rejects.toThrow(/rasterise/);
	});
});

describe('buildPptx: footnote, fonts, type sizes', { timeout: BUILD_TIMEOUT }, () => {
	const every = (deck: DeckRead) => deck.slides.flatMap((s) => s.shapes.flatMap((sh) => sh.runs));

	test('the footnote names the sources at 14 pt, in the deck’s language', async () => {
		const zh = await build(zhDeck([LINE_WITH_GAP]));
		const foot = zh.slides[0]!.shapes.find((s) => s.name === 'Sources')!;
		expect(foot.paragraphs).toEqual(['来源：2024年工作总结；2023年公报']);
		expect(foot.runs.every((r) => r.size! >= 12)).toBe(true);
		const en = await build({
			language: 'en',
			title: 'Deck',
			slides: [{ title: 'Good days', sources: ['2024 work summary', '2023 bulletin'] }]
		});
		expect(en.slides[0]!.shapes.find((s) => s.name === 'Sources')!.paragraphs).toEqual([
			'Sources: 2024 work summary; 2023 bulletin'
		]);
		expect(every(en).every((r) => r.lang === 'en-US')).toBe(true);
		const own = await build(
			zhDeck([{ title: 'T', sources: ['A', 'B'] }], { words: { sources: '资料：', separator: '、' } })
		);
		expect(own.slides[0]!.shapes.find((s) => s.name === 'Sources')!.paragraphs).toEqual(['资料：A、B']);
	});

	test('every run declares Arial for Latin and Microsoft YaHei for Chinese; so do the charts, notes and theme', async () => {
		const deck = await build(
			zhDeck([
				LINE_WITH_GAP,
				{ title: '柱', chart: { type: 'bar', categories: ['优'], series: [{ name: '天', values: [1] }] } }
			])
		);
		const runs = every(deck);
		expect(runs.length).toBeGreaterThan(5);
		for (const run of runs)
			expect([run.text, run.latin, run.eastAsian, run.lang]).toEqual([run.text, 'Arial', 'Microsoft YaHei', 'zh-CN']);
		for (const slide of deck.slides) {
			expect(slide.chart!.fonts.length).toBeGreaterThan(0);
			for (const font of slide.chart!.fonts.filter((f) => f.latin === 'Arial'))
				expect(font.eastAsian).toBe('Microsoft YaHei');
		}
		const notes = deck.parts.get('ppt/notesSlides/notesSlide1.xml')!;
		const noteRun = [...notes.getElementsByTagName('a:rPr')].find((r) => r.getElementsByTagName('a:ea').length)!;
		expect(noteRun.getAttribute('lang')).toBe('zh-CN');
		expect(noteRun.getElementsByTagName('a:ea')[0]!.getAttribute('typeface')).toBe('Microsoft YaHei');
		const minor = deck.theme.getElementsByTagName('a:minorFont')[0]!;
		expect(minor.getElementsByTagName('a:latin')[0]!.getAttribute('typeface')).toBe('Arial');
		expect(minor.getElementsByTagName('a:ea')[0]!.getAttribute('typeface')).toBe('Microsoft YaHei');
	});

	test('type sizes for projection: title ≥ 32 pt, figures ≥ 40 pt, chart text ≥ 14 pt, footnote ≥ 12 pt', async () => {
		const deck = await build(
			zhDeck([
				LINE_WITH_GAP,
				{
					title: '四个数字',
					figures: [
						{ value: '2.34', label: '综合指数' },
						{ value: '99.5%', label: '优良天数比例' },
						{ value: '3', label: '名次', qualifier: '第' },
						{ value: '12,345,678.9吨', label: '很宽的数字', qualifier: '约' }
					]
				}
			])
		);
		for (const slide of deck.slides) {
			expect(Math.min(...slide.title!.runs.map((r) => r.size!))).toBeGreaterThanOrEqual(32);
			for (const figure of slide.shapes.filter((s) => s.name.startsWith('Figure'))) {
				const value = figure.runs.find((r) => /\d/.test(r.text))!;
				expect(value.size).toBeGreaterThanOrEqual(40);
			}
			for (const s of slide.shapes.filter((s) => s.name === 'Sources'))
				expect(Math.min(...s.runs.map((r) => r.size!))).toBeGreaterThanOrEqual(12);
			if (slide.chart) expect(Math.min(...slide.chart.textSizes)).toBeGreaterThanOrEqual(14);
		}
		// Qualifier and value share a paragraph, which has one set of paragraph properties.
		expect(deck.slides[1]!.shapes.find((s) => s.name === 'Figure 3')!.paragraphs[0]).toBe('第3');
		expect(deck.slides[1]!.repeatedParagraphProps).toBe(0);
		// A row of figures shares one value size.
		const values = deck.slides[1]!.shapes.filter((s) => s.name.startsWith('Figure')).map(
			(f) => f.runs.find((r) => /\d/.test(r.text))!.size
		);
		expect(new Set(values).size).toBe(1);
	});

	test('no shape leaves the slide or overlaps another', async () => {
		const deck = await build(
			zhDeck([
				LINE_WITH_GAP,
				{
					title: '来源',
					list: Array.from({ length: 20 }, (_, i) => `第${i + 1}份文件：厦门市生态环境局年度工作总结（2025年）`)
				}
			])
		);
		for (const slide of deck.slides) {
			const boxes = slide.shapes.map((s) => ({ name: s.name, ...s.box }));
			const frame = chartFrame(deck, slide.number);
			if (frame) boxes.push({ name: frame.name, ...frame.box });
			for (const b of boxes) {
				expect(b.x).toBeGreaterThanOrEqual(0);
				expect(b.y).toBeGreaterThanOrEqual(0);
				expect(b.x + b.w).toBeLessThanOrEqual(13.334);
				expect(b.y + b.h).toBeLessThanOrEqual(7.5);
			}
			for (const [i, a] of boxes.entries())
				for (const b of boxes.slice(i + 1)) {
					const apart =
						a.x + a.w <= b.x + 1e-3 || b.x + b.w <= a.x + 1e-3 || a.y + a.h <= b.y + 1e-3 || b.y + b.h <= a.y + 1e-3;
					expect(apart, `${a.name} overlaps ${b.name} on slide ${slide.number}`).toBe(true);
				}
		}
	});
});

describe('buildPptx: bad input is refused before anything is written', { timeout: BUILD_TIMEOUT }, () => {
	test('every problem of the spec, named by its path', async () => {
		const spec = {
			language: 'fr',
			title: '',
			slides: [
				{
					title: 'ok',
					chart: { type: 'line', categories: ['2023', '2024'], series: [{ name: 'a', values: [1, '2'] }] }
				},
				{ title: 'x', chart: { type: 'bar', categories: ['a'], series: [{ name: 'b', values: [null] }] }, list: ['y'] }
			]
		} as unknown as DeckSpec;
		const error = await buildPptx(spec).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(DeckSpecError);
		expect((error as DeckSpecError).problems.map((p) => p.path)).toEqual([
			'language',
			'title',
			'slides[0].chart.series[0].values[1]',
			'slides[1]',
			'slides[1].chart.series'
		]);
		expect((error as Error).message).toContain(
			'slides[0].chart.series[0].values[1]: expected a number or null, got "2"'
		);
	});

	test('a title that leaves no room for its chart', async () => {
		await expect(build(zhDeck([{ title: '太长'.repeat(120), chart: LINE_WITH_GAP.chart }]))).rejects.toThrow(
			SlideLayoutError
		);
	});
});
