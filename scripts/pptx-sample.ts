/**
 * Writes a sample .pptx through the PowerPoint export (src/lib/export/pptx), from the repo's own data
 * tables, so a person can open it or render it and look: every slide kind (cover, figures, line
 * charts with gaps and computed series, grouped / stacked / horizontal bars in the AQI colours, an
 * SVG picture, a long title, the sources list) with notes.
 *
 *   npx tsx scripts/pptx-sample.ts <out.pptx> [--lang zh|en] [--render]
 *
 * --render converts it with LibreOffice (Debian: libreoffice-impress) to PDF, slides and notes pages,
 * and to PNGs with pdftoppm (Debian: poppler-utils), next to the .pptx. Not part of CI.
 * The PNG fallback of the picture slide is drawn by Debian's Chromium (scripts/chromium.mjs).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { csvParse } from 'd3-dsv';
import { chromium } from 'playwright-core';
import { buildPptx, type Rasterise } from '../src/lib/export/pptx';
import type { DeckLanguage, DeckSpec, SlideSpec } from '../src/lib/export/pptx/spec';
import { classColour } from '../src/lib/charts/classPalette';
import { AQI_CATEGORIES } from '../src/lib/standards/aqiCategory';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { lang: { type: 'string', default: 'zh' }, render: { type: 'boolean', default: false } }
});
const out = positionals[0];
const lang = values.lang as DeckLanguage;
if (!out || (lang !== 'zh' && lang !== 'en')) {
	console.error('usage: npx tsx scripts/pptx-sample.ts <out.pptx> [--lang zh|en] [--render]');
	process.exit(2);
}

const root = resolve(import.meta.dirname, '..');
const table = (path: string) => csvParse(readFileSync(join(root, path), 'utf8'));
const zh = lang === 'zh';
const t = (zhText: string, enText: string) => (zh ? zhText : enText);

// ---- The data, as the tables hold it (nothing filled in) -------------------------------------
const air = table('data/figures/air.csv');
const sources = new Map(table('data/sources.csv').map((s) => [s.id!, s]));
const sites = new Map(table('data/sites.csv').map((s) => [s.id!, s]));
const figure = (metric: string, year: number) => air.find((r) => r.metric === metric && Number(r.year) === year);
const byYear = (metric: string, years: number[]) =>
	years.map((y) => {
		const row = figure(metric, y);
		return row ? num(row.value) : null;
	});
const sourcesOf = (metric: string, years: number[]) => [
	...new Set(years.map((y) => figure(metric, y)?.source_id).filter((id): id is string => !!id))
];
const title = (id: string) => sources.get(id)?.title ?? id;

const years = [2018, 2019, 2020, 2021, 2022, 2023, 2024];
/** A cell as a number; an empty cell is a missing value (null), never 0. */
const num = (cell: string | undefined) => (cell === undefined || cell.trim() === '' ? null : Number(cell));
// 2024 has 55 days of data and no annual index: an empty cell, so a gap.
const computed = new Map(
	table('data/derived/air-annual-computed.csv').map((r) => [Number(r.year), num(r.composite_index)])
);
const composite = byYear('composite_index', years);
const goodYears = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const goodRate = byYear('good_rate_pct', goodYears);

// AQI category days per year, counted from the daily city AQI levels (computed, full years only).
const daily = table('data/derived/air-daily-city.csv');
const dayYears = [2022, 2023];
const levelDays = (year: number, level: number) =>
	daily.filter((d) => d.date!.startsWith(String(year)) && Number(d.AQI_level) === level).length;
const levels = AQI_CATEGORIES.map((c) => c.level).filter((level) => dayYears.some((y) => levelDays(y, level) > 0));

const f2024 = (metric: string) => figure(metric, 2024)!;
const categoryName = (level: number) => (zh ? AQI_CATEGORIES[level - 1]!.zh : AQI_CATEGORIES[level - 1]!.en);

/** The water classes of the sites as a class grid drawn in SVG (the kind exported as a picture). */
function classGridSvg(): string {
	const rows = table('data/classes/water.csv');
	const gridYears = [...new Set(rows.map((r) => Number(r.year)))].sort();
	const siteIds = [...new Set(rows.map((r) => r.site!))];
	const classes = ['I', 'II', 'III', 'IV', 'V', '劣V'];
	const label = zh ? 220 : 380;
	const cell = { w: 120, h: 56 };
	const width = label + gridYears.length * cell.w;
	const height = 50 + siteIds.length * cell.h;
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" font-family="Microsoft YaHei, Noto Sans CJK SC, sans-serif">`,
		`<rect width="${width}" height="${height}" fill="#fff"/>`
	];
	gridYears.forEach((y, j) =>
		parts.push(
			`<text x="${label + j * cell.w + cell.w / 2}" y="32" font-size="22" text-anchor="middle" fill="#1a1a1a">${y}</text>`
		)
	);
	siteIds.forEach((id, i) => {
		const y = 50 + i * cell.h;
		const site = sites.get(id);
		parts.push(
			`<text x="${label - 12}" y="${y + cell.h / 2 + 8}" font-size="22" text-anchor="end" fill="#1a1a1a">${(zh ? site?.name_zh : site?.name_en) ?? id}</text>`
		);
		gridYears.forEach((year, j) => {
			const x = label + j * cell.w;
			const row = rows.find((r) => r.site === id && Number(r.year) === year);
			if (!row) {
				parts.push(
					`<rect x="${x + 3}" y="${y + 3}" width="${cell.w - 6}" height="${cell.h - 6}" fill="#f4f6f8" stroke="#9aa5b1" stroke-dasharray="4 3"/>`
				);
				return;
			}
			const colour = classColour('gb3838', classes.indexOf(row.class!));
			parts.push(
				`<rect x="${x + 3}" y="${y + 3}" width="${cell.w - 6}" height="${cell.h - 6}" fill="${colour.fill}"/>`
			);
			parts.push(
				`<text x="${x + cell.w / 2}" y="${y + cell.h / 2 + 8}" font-size="22" text-anchor="middle" fill="${colour.ink}">${row.class}${zh ? '类' : ''}</text>`
			);
		});
	});
	parts.push('</svg>');
	return parts.join('');
}
const grid = classGridSvg();
const gridSize = /viewBox="0 0 (\d+) (\d+)"/.exec(grid)!;

// ---- The deck -----------------------------------------------------------------------------------
const slides: SlideSpec[] = [
	{
		title: t('厦门生态环境数据看板', 'Xiamen Environment Dashboard'),
		subtitle: t('PowerPoint 导出样例：每一种幻灯片', 'PowerPoint export sample: every kind of slide'),
		notes: t('封面。这一页只有标题和副标题。', 'Cover: a title and a subtitle only.')
	},
	{
		title: t(
			`综合指数降至${f2024('composite_index').value}，全国第3`,
			`Composite index down to ${f2024('composite_index').value}, 3rd nationally`
		),
		subtitle: t('环境空气质量综合指数，2018—2024年', 'Ambient air quality composite index, 2018–2024'),
		figures: [
			{ value: f2024('composite_index').value!, label: t('综合指数（2024年）', 'Composite index (2024)') },
			{ value: `${f2024('good_rate_pct').value}%`, label: t('优良天数比例', 'Share of good days') }
		],
		chart: {
			type: 'line',
			categories: years.map(String),
			unit: t('指数', 'index'),
			series: [
				{ name: t('公布值', 'Published'), values: composite },
				{
					name: t('计算值（逐日数据）', 'Computed (daily data)'),
					values: years.map((y) => computed.get(y) ?? null),
					style: 'computed'
				}
			]
		},
		sources: [
			...sourcesOf('composite_index', years).map(title),
			t('全国城市空气质量实时发布平台逐时数据（计算）', 'national hourly air-quality data (computed)')
		],
		notes: t(
			'2020—2022年没有公布的综合指数，图中是空缺，不连线。\n计算值由逐日数据按HJ 663计算，与公布值并列。',
			'No composite index was published for 2020–2022: a gap, not a line.\nThe computed values come from the daily data (HJ 663), beside the published ones.'
		)
	},
	{
		title: t('优良天数比例多年保持在95%以上', 'Good days stayed above 95 % for a decade'),
		chart: {
			type: 'line',
			categories: goodYears.map(String),
			unit: '%',
			series: [{ name: t('优良天数比例', 'Share of good days'), values: goodRate }]
		},
		sources: sourcesOf('good_rate_pct', goodYears).map(title),
		notes: t('2016年和2022年没有公布值。', 'No published value for 2016 and 2022.')
	},
	{
		title: t(
			`2023年逐日空气质量：优${levelDays(2023, 1)}天（计算）`,
			`Air quality day by day in 2023: ${levelDays(2023, 1)} excellent days (computed)`
		),
		chart: {
			type: 'bar',
			categories: levels.map(categoryName),
			series: [{ name: t('天数', 'Days'), values: levels.map((level) => levelDays(2023, level)) }],
			categoryColours: levels.map((level) => ({ aqi: level as 1 | 2 | 3 | 4 | 5 | 6 })),
			unit: t('天', 'days')
		},
		sources: [t('全国城市空气质量实时发布平台逐时数据（计算）', 'national hourly air-quality data (computed)')],
		notes: t(
			'按HJ 633的六个类别统计的天数，颜色为标准规定的类别颜色。',
			'Days per HJ 633 category, in the standard’s colours.'
		)
	},
	{
		title: t('各类别天数占比：2022年与2023年', 'Share of days per category, 2022 and 2023'),
		chart: {
			type: 'bar',
			layout: 'stacked100',
			categories: dayYears.map(String),
			series: levels.map((level) => ({
				name: categoryName(level),
				values: dayYears.map((y) => levelDays(y, level)),
				colour: { aqi: level as 1 | 2 | 3 | 4 | 5 | 6 }
			}))
		},
		sources: [t('全国城市空气质量实时发布平台逐时数据（计算）', 'national hourly air-quality data (computed)')],
		notes: t('每年的天数堆叠为100%。', 'Each year’s days stacked to 100 %.')
	},
	{
		title: t('优良天数：按年份', 'Good days by year'),
		chart: {
			type: 'bar',
			direction: 'horizontal',
			categories: ['2013', '2014', '2015', '2017'],
			series: [{ name: t('优良天数', 'Good days'), values: byYear('good_days', [2013, 2014, 2015, 2017]) }],
			unit: t('天', 'days')
		},
		sources: sourcesOf('good_days', [2013, 2014, 2015, 2017]).map(title)
	},
	{
		title: t('坂头-石兜、汀溪水库2024年首次提升为Ⅱ类', 'Bantou–Shidou and Tingxi reservoirs reached class II'),
		chart: {
			type: 'image',
			svg: grid,
			alt: t('饮用水源与水库的水质类别，按年份', 'Water quality class of drinking sources and reservoirs by year'),
			aspectRatio: Number(gridSize[1]) / Number(gridSize[2])
		},
		sources: [...new Set(table('data/classes/water.csv').map((r) => r.source_id!))].map(title),
		notes: t(
			'类别网格以SVG图片导出，另附PNG备用图。',
			'The class grid is exported as an SVG picture with a PNG fallback.'
		)
	},
	{
		title: t('2024年：综合指数改善10.3%，全国第3', '2024: composite index 10.3 % better, 3rd nationally'),
		figures: [
			{
				value: f2024('composite_index').value!,
				label: t('综合指数', 'Composite index'),
				change: t('同比改善10.3%', '10.3 % better than 2023')
			},
			{ value: `${f2024('good_rate_pct').value}%`, label: t('优良天数比例', 'Share of good days') },
			{
				value: f2024('rank_168_cities').value!,
				label: t('168个重点城市中的名次', 'Rank among 168 key cities'),
				qualifier: t('第', 'No.')
			},
			{
				value: t('3000吨', '3,000 t'),
				label: t('每年清理海漂垃圾', 'Marine litter collected a year'),
				qualifier: t('约', 'about')
			}
		],
		sources: [title('eeb-2024-summary'), title('litter-2024-cgtn-thenews')],
		notes: t(
			'只有大数字的页面：数字居中排成一行。“约”是来源的原话。',
			'A figures-only slide: one row in the middle. “About” is the source’s own word.'
		)
	},
	{
		title: t(
			'一个很长的标题，用来检查换行：2024年厦门市环境空气质量综合指数为2.34，同比改善10.3%，在全国168个重点城市中排名第3，优良天数比例为99.5%',
			'A very long title to check wrapping: in 2024 the composite index was 2.34, 10.3 % better than in 2023, third among the 168 key cities, with good days 99.5 % of the year'
		),
		chart: {
			type: 'line',
			categories: years.map(String),
			unit: t('指数', 'index'),
			series: [{ name: t('公布值', 'Published'), values: composite }]
		},
		sources: sourcesOf('composite_index', years).map(title)
	},
	{
		title: t('资料来源', 'Sources'),
		list: [...sources.values()]
			.slice(0, 14)
			.map((s) => (zh ? `${s.title}（${s.publisher}，${s.date}）` : `${s.title} (${s.publisher}, ${s.date})`)),
		notes: t('最后一页列出完整的来源。', 'The last slide lists the full sources.')
	}
];

const spec: DeckSpec = {
	language: lang,
	title: t('厦门生态环境数据看板：导出样例', 'Xiamen Environment Dashboard: export sample'),
	slides
};

// ---- The PNG fallback, drawn by Chromium ---------------------------------------------------------
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const rasterise: Rasterise = async (svg, width, height) => {
	const page = await browser.newPage({ viewport: { width, height } });
	const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
	await page.setContent(
		`<body style="margin:0"><img src="${src}" width="${width}" height="${height}" style="display:block"></body>`
	);
	const png = await page.screenshot({ type: 'png' });
	await page.close();
	return new Uint8Array(png);
};
try {
	const bytes = await buildPptx(spec, { rasterise });
	mkdirSync(dirname(resolve(out)), { recursive: true });
	writeFileSync(out, bytes);
	console.log(`${out}: ${spec.slides.length} slides, ${(bytes.length / 1024).toFixed(1)} KB`);
} finally {
	await browser.close();
}

// ---- Render with LibreOffice ---------------------------------------------------------------------
if (values.render) {
	const dir = join(dirname(resolve(out)), `${basename(out, '.pptx')}-render`);
	mkdirSync(dir, { recursive: true });
	const office = (filter: string, outDir: string) =>
		execFileSync('libreoffice', ['--headless', '--convert-to', filter, '--outdir', outDir, resolve(out)], {
			stdio: 'pipe'
		});
	const name = basename(out, '.pptx');
	office('pdf', dir);
	execFileSync('pdftoppm', ['-png', '-r', '96', join(dir, `${name}.pdf`), join(dir, 'slide')]);
	const notesDir = join(dir, 'notes');
	mkdirSync(notesDir, { recursive: true });
	office(
		'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"},"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}',
		notesDir
	);
	execFileSync('pdftoppm', ['-png', '-r', '60', join(notesDir, `${name}.pdf`), join(notesDir, 'notes')]);
	console.log(`rendered: ${dir}/slide-*.png, ${notesDir}/notes-*.png`);
}
