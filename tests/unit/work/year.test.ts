/**
 * The year's work as the work page, slides and embeds will show it, on the real data (2024) and on the
 * minimal fixture: every figure formatted in both languages with its measure word, qualifier and
 * conversion; categories in the declared order; groups with titles that state the finding; the pairs
 * of work and result; whether a chart helps.
 */
import { describe, expect, test } from 'vitest';
import zhWork from '../../../src/lib/i18n/messages/work/zh.json';
import enWork from '../../../src/lib/i18n/messages/work/en.json';
import { resolveSources } from '../../../src/lib/data/sources';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { directoryReader } from '../../../src/lib/pipeline/run';
import { workFigure } from '../../../src/lib/work/figure';
import { categoryTitle, groupTitle, paramName } from '../../../src/lib/work/titles';
import { workGroup, workYear } from '../../../src/lib/work/year';
import { dataWith, memoryReader } from '../pipeline/helpers';

const { dataset } = buildDataset(directoryReader('data'));
const year = workYear(dataset, 2024);
const figures = year.categories.flatMap((c) => c.groups.flatMap((g) => g.figures));
const figure = (id: string) => figures.find((f) => f.id === id)!;

describe('each work figure, as a card shows it', () => {
	test.each([
		{ id: 'boilers', text: { zh: '75台', en: '75' }, words: { zh: '75台', en: '75' }, measure: '台', written: '75台' },
		{ id: 'blue-sky-campaign-rounds', text: { zh: '3轮', en: '3' }, measure: '轮', written: '三轮' },
		{ id: 'disclosure-enterprises', text: { zh: '513家次', en: '513' }, measure: '家次' },
		{ id: 'credit-rated-enterprises', text: { zh: '4,419家', en: '4,419' }, measure: '家' },
		{ id: 'media-outlets', text: { zh: '逾20家', en: 'more than 20' }, qualifier: 'lower_bound', written: '20余家' },
		{ id: 'complaints-total', text: { zh: '逾4,000件', en: 'more than 4,000' }, qualifier: 'lower_bound' },
		{
			id: 'shore-power',
			text: { zh: '逾1,000万千瓦时', en: 'more than 10\u00a0million\u00a0kWh' },
			written: '突破1000万度',
			conversion: '1\u00a0万千瓦时 = 10,000\u00a0kWh'
		},
		{ id: 'shore-power-change', text: { zh: '+133%', en: '+133%' }, words: { zh: '增长133%', en: 'up 133%' } },
		{
			id: 'complaints-change',
			text: { zh: '\u221213.1%', en: '\u221213.1%' },
			words: { zh: '下降13.1%', en: 'down 13.1%' },
			written: '下降13.1%'
		},
		{ id: 'approvals-by-commitment-share', text: { zh: '77.31%', en: '77.31%' }, measure: '' },
		{ id: 'approval-days-saved', text: { zh: '14,310个工作日', en: '14,310\u00a0working days' } },
		{
			id: 'higher-level-funds',
			text: { zh: '16,053万元', en: 'CNY\u00a0160.53\u00a0million' },
			conversion: '1\u00a0万元 = CNY\u00a010,000'
		},
		{ id: 'penalty-reductions', text: { zh: '467.57万元', en: 'CNY\u00a04,675,700' } },
		{ id: 'ocean-dumping-approved', text: { zh: '1,871万立方米', en: '18.71\u00a0million\u00a0m³' } },
		{ id: 'participation-award-years', text: { zh: '3年', en: '3\u00a0years' }, written: '连续三年' },
		{ id: 'low-value-recyclables', text: { zh: '逾17,000吨', en: 'more than 17,000\u00a0t' } }
	])('$id', ({ id, ...expected }) => {
		expect(figure(id)).toMatchObject(expected);
	});

	test('a reference row is the published figure, with its label, quote and origin', () => {
		expect(figure('sea-cleaning-area')).toMatchObject({
			value: 230,
			unit: 'km2',
			text: { zh: '230平方公里', en: '230\u00a0km²' },
			written: null,
			label: { en: expect.stringMatching(/clean/i) },
			quote: '落实230平方公里全海域海上保洁管理',
			reference: {
				metric: 'sea_cleaning_area_km2',
				domain: 'litter',
				origin: expect.stringMatching(/^data\/figures\/litter\.csv:\d+$/)
			}
		});
	});

	test('a figure carries the document’s own qualifier of it', () => {
		expect(figure('shore-power').qualifiers.map((q) => q.badge)).toEqual([{ zh: '首次', en: 'first time' }]);
		expect(figure('inspection-petitions-closed').qualifiers.map((q) => q.qualifier)).toEqual(['first_province']);
		expect(figure('boilers').qualifiers).toEqual([]);
	});

	test('every figure has a value text, a label and a quote in both languages, and English has no Chinese in its value', () => {
		expect(figures).toHaveLength(67);
		for (const f of figures) {
			expect(f.text.zh, f.id).not.toBe('');
			expect(f.text.en, f.id).not.toMatch(/[\u4e00-\u9fff]/);
			expect(f.label.en, f.id).not.toBe('');
			expect(f.quote, f.id).not.toBe('');
			if (f.unit === 'count') expect(f.measure, f.id).not.toBe('');
		}
	});
});

describe('a card’s value: the number in large type, the rest around it, the unit in words', () => {
	test.each([
		{ id: 'boilers', zh: ['', '', '75', '台'], en: ['', '', '75', ''], unit: { zh: '个数（台）', en: 'count' } },
		{
			id: 'shore-power',
			zh: ['逾', '', '1,000', '万千瓦时'],
			en: ['more than ', '', '10', '\u00a0million\u00a0kWh'],
			unit: { zh: '万千瓦时（万度）', en: 'kilowatt hours (kWh)' }
		},
		{
			id: 'shore-power-change',
			zh: ['', '', '+133', '%'],
			en: ['', '', '+133', '%'],
			unit: { zh: '变化百分比', en: 'percent change' }
		},
		{ id: 'complaints-change', zh: ['', '', '\u221213.1', '%'], en: ['', '', '\u221213.1', '%'] },
		{
			id: 'higher-level-funds',
			zh: ['', '', '16,053', '万元'],
			en: ['', 'CNY\u00a0', '160.53', '\u00a0million'],
			unit: { zh: '万元（人民币）', en: 'yuan (CNY)' }
		},
		{ id: 'approval-days-saved', zh: ['', '', '14,310', '个工作日'], en: ['', '', '14,310', '\u00a0working days'] },
		{ id: 'media-outlets', zh: ['逾', '', '20', '家'], en: ['more than ', '', '20', ''] },
		{
			id: 'sea-cleaning-area',
			zh: ['', '', '230', '平方公里'],
			en: ['', '', '230', '\u00a0km²'],
			unit: { zh: '平方公里', en: 'square kilometres (km²)' }
		}
	])('$id', ({ id, zh, en, unit }) => {
		const f = figure(id);
		const list = (p: { prefix: string; before: string; number: string; after: string }) => [
			p.prefix,
			p.before,
			p.number,
			p.after
		];
		expect(list(f.parts.zh)).toEqual(zh);
		expect(list(f.parts.en)).toEqual(en);
		if (unit) expect(f.unitWords).toEqual(unit);
	});

	test('for every figure, the parts joined are exactly its text, and the number has a digit', () => {
		for (const f of figures)
			for (const locale of ['zh', 'en'] as const) {
				const p = f.parts[locale];
				expect(p.prefix + p.before + p.number + p.after, `${f.id} ${locale}`).toBe(f.text[locale]);
				expect(p.number, `${f.id} ${locale}`).toMatch(/\d/);
				expect(f.unitWords[locale], `${f.id} ${locale}`).not.toBe('');
			}
	});
});

describe('the year: categories, groups, titles, pairs', () => {
	test('categories in the declared order; water has work in words only', () => {
		expect(year.categories.map((c) => c.id)).toEqual(dataset.workCategories.map((c) => c.id));
		const water = year.categories.find((c) => c.id === 'water')!;
		expect(water).toMatchObject({ figureCount: 0, groups: [], href: '/water/' });
		expect(water.priorities.map((p) => p.id)).toEqual(['dongxixi-aitoutan-work']);
		expect(year.categories.find((c) => c.id === 'noise')!.href).toBe('/#noise');
		expect(year.categories.find((c) => c.id === 'soil')!.href).toBeNull();
	});

	test('counts: 67 figures (66 and the referenced 230 km²) in 33 groups of 12 categories', () => {
		expect(year.counts).toEqual({ figures: 67, groups: 33, categories: 12 });
		expect(year.categories.map((c) => [c.id, c.figureCount])).toEqual([
			['air', 6],
			['water', 0],
			['sea_coast', 1],
			['marine_litter', 1],
			['soil', 2],
			['solid_waste', 3],
			['noise', 1],
			['climate_low_carbon', 4],
			['pollution_reduction_pilots', 2],
			['enterprise_services', 9],
			['enforcement', 17],
			['complaints_participation', 10],
			['reform_recognition', 11]
		]);
	});

	test('group titles state the finding with the figures’ values', () => {
		expect(workGroup(year, 'approvals').title).toEqual({
			zh: '477个项目告知承诺制审批，节约14,310个工作日',
			en: '477 projects approved on commitment, 14,310\u00a0working days saved'
		});
		expect(workGroup(year, 'shore-power').title).toEqual({
			zh: '港区岸电使用量逾1,000万千瓦时，同比增长133%',
			en: 'Shore power for ships: more than 10\u00a0million\u00a0kWh, up 133% on 2023'
		});
		expect(workGroup(year, 'complaints').title.en).toBe(
			'Complaints down 13.1%, but still more than 4,000; repeat complaints down 22.37%'
		);
		expect(workGroup(year, 'media-coverage').title.en).toBe('More than 20 media outlets published 27 reports');
		expect(() => workGroup(year, 'nope')).toThrow('No work group "nope" in 2024');
	});

	test('every title uses only its own group’s figures and renders them all in both languages', () => {
		const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
		for (const g of year.categories.flatMap((c) => c.groups)) {
			const key = `work_group_${paramName(g.id)}` as keyof typeof zhWork & keyof typeof enWork;
			const own = g.figures.map((f) => paramName(f.id));
			for (const [locale, messages] of [
				['zh', zhWork],
				['en', enWork]
			] as const) {
				const used = params(messages[key]);
				expect(used.length, `${key} ${locale}`).toBeGreaterThan(0);
				for (const p of used) expect(own, `${key} ${locale}: {${p}}`).toContain(p);
				const title = g.title[locale];
				expect(title, `${key} ${locale}`).not.toMatch(/[{}]|undefined/);
				// English capitalises a title that starts with a value ("More than 20 …").
				for (const p of used)
					expect(title.toLowerCase()).toContain(
						g.figures.find((f) => paramName(f.id) === p)!.words[locale].toLowerCase()
					);
			}
		}
	});

	test('each category with figures states its finding with its own figures’ values; water has none', () => {
		expect(year.categories.find((c) => c.id === 'enterprise_services')!.title).toEqual({
			zh: '477个项目告知承诺制审批，节约14,310个工作日；争取上级资金16,053万元',
			en: '477 projects approved on commitment, 14,310\u00a0working days saved; CNY\u00a0160.53\u00a0million from higher levels of government'
		});
		expect(year.categories.find((c) => c.id === 'air')!.title!.en).toBe(
			'3 rounds of the Blue Sky campaign, 75 boilers cleaned up, shore power up 133%'
		);
		expect(year.categories.find((c) => c.id === 'water')!.title).toBeNull();
		const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
		for (const c of year.categories.filter((c) => c.figureCount > 0)) {
			const key = `work_category_${c.id}` as keyof typeof zhWork & keyof typeof enWork;
			const own = c.groups.flatMap((g) => g.figures);
			for (const [locale, messages] of [
				['zh', zhWork],
				['en', enWork]
			] as const) {
				const used = params(messages[key]);
				expect(used.length, `${key} ${locale}`).toBeGreaterThan(0);
				for (const p of used)
					expect(
						own.map((f) => paramName(f.id)),
						`${key} ${locale}: {${p}}`
					).toContain(p);
				expect(c.title![locale], `${key} ${locale}`).not.toMatch(/[{}]|undefined/);
			}
		}
		expect(() => categoryTitle('nope', [{ id: 'a', words: { zh: '1', en: '1' } }])).toThrow(
			'No finding for work category "nope": add work_category_nope'
		);
	});

	test('the pairs the document makes, each with its result figures and the page it links to', () => {
		expect(
			year.pairs.map((p) => ({
				id: p.id,
				href: p.href,
				results: p.results.map((r) => (r.kind === 'metric' ? `${r.id} ${r.text.en}` : `problem ${r.id}`))
			}))
		).toEqual([
			{
				id: 'blue-sky-campaign-rounds',
				href: '/air/',
				results: ['composite_improvement_rank_national 7th', 'pm25_rank_national 8th', 'problem no2-level']
			},
			{ id: 'sea-ditches', href: '/coast/', results: ['sea_outfall_compliance_pct 100%', 'sea_outfalls 412'] },
			{ id: 'sea-cleaning-area', href: '/litter/', results: ['floating_litter_density 51.06\u00a0m²/km'] }
		]);
		expect(year.pairs[1]!.caption.zh).toBe('3个入海沟渠完成除黑消劣；全市412个入海排口达标率保持100%');
		const litter = year.pairs[2]!.results[0]!;
		expect(litter.kind === 'metric' && litter.parts.en).toEqual({
			prefix: '',
			before: '',
			number: '51.06',
			after: '\u00a0m²/km'
		});
		const rank = year.pairs[0]!.results[0]!;
		expect(rank.kind === 'metric' && [rank.parts.zh.number, rank.parts.en.number]).toEqual(['7', '7']);
		expect(litter.kind === 'metric' && litter.qualifiers.map((q) => q.badge.en)).toEqual(['best in Fujian']);
		expect(workGroup(year, 'blue-sky').pairs.map((p) => p.id)).toEqual(['blue-sky-campaign-rounds']);
	});

	test('chart or numbers, by rule, per category', () => {
		expect(
			Object.fromEntries(year.categories.map((c) => [c.id, [c.display.display, c.display.figures.length]]))
		).toEqual({
			air: ['number', 0],
			water: ['number', 0],
			sea_coast: ['number', 0],
			marine_litter: ['number', 0],
			soil: ['number', 0],
			solid_waste: ['number', 0],
			noise: ['number', 0],
			climate_low_carbon: ['units', 4],
			pollution_reduction_pilots: ['number', 0],
			enterprise_services: ['bars', 3],
			enforcement: ['units', 6],
			complaints_participation: ['bars', 3],
			reform_recognition: ['units', 7]
		});
	});

	test('every source the page cites is in the registry', () => {
		expect(resolveSources(dataset.sources, year.sourceIds).map((s) => s.id)).toEqual(['eeb-2024-summary']);
	});

	test('a year without work figures has no categories', () => {
		expect(workYear(dataset, 2019)).toMatchObject({
			categories: [],
			pairs: [],
			counts: { figures: 0, groups: 0, categories: 0 }
		});
	});
});

describe('the minimal fixture', () => {
	const minimal = buildDataset(memoryReader(dataWith())).dataset;

	test('a pair without a caption, or a group without a title, is a loud error naming the message to add', () => {
		expect(() => workYear(minimal, 2024)).toThrow(
			'No caption for the pair of work figure "boilers": add work_pair_boilers to src/lib/i18n/messages/work/{zh,en}.json'
		);
		expect(() => groupTitle('boilers', [])).toThrow(
			'No title for work group "boilers": add work_group_boilers to src/lib/i18n/messages/work/{zh,en}.json'
		);
	});

	test('one figure: a count with its measure word, a reference, money converted in English', () => {
		const [boilers, reference, funds] = minimal.work.map((w) => workFigure(minimal, w));
		expect(boilers).toMatchObject({ text: { zh: '75台', en: '75' }, measure: '台', qualifier: 'exact' });
		expect(reference).toMatchObject({ value: 70.8, unit: 'percent', quote: '优级率70.8%', written: null });
		expect(funds).toMatchObject({
			text: { en: 'CNY\u00a0160.53\u00a0million' },
			conversion: '1\u00a0万元 = CNY\u00a010,000'
		});
		expect(reference!.qualifiers.map((q) => q.id)).toEqual(['rate-best']);
	});
});
