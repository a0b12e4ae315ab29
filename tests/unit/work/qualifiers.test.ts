import { describe, expect, test } from 'vitest';
import { DISTINCTIONS } from '../../../src/lib/data/schema/vocabulary';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { directoryReader } from '../../../src/lib/pipeline/run';
import { documentQualifiers, qualifierModels, qualifiersOnPage } from '../../../src/lib/work/qualifiers';
import { qualifierBadge } from '../../../src/lib/work/titles';

const { dataset } = buildDataset(directoryReader('data'));

describe('documentQualifiers(kind, subject, year): the document’s own words next to the figure, with the quote', () => {
	test.each([
		{
			args: ['metric', 'composite_index', 2024],
			ids: ['composite-index-best-on-record'],
			badge: { zh: '历史最佳', en: 'best on record' }
		},
		{
			args: ['metric', 'rank_168_cities', 2024],
			ids: ['national-rank-best-on-record'],
			badge: { zh: '历史最佳', en: 'best on record' }
		},
		{
			args: ['metric', 'excellent_rate_pct', 2024],
			ids: ['excellent-rate-best-on-record'],
			badge: { zh: '历史最佳', en: 'best on record' }
		},
		{
			args: ['metric', 'good_rate_pct', 2024],
			ids: ['good-rate-tied-first-province'],
			badge: { zh: '并列全省第一', en: 'tied first in Fujian' }
		},
		{
			args: ['metric', 'floating_litter_density', 2024],
			ids: ['litter-density-best-in-province'],
			badge: { zh: '全省最好水平', en: 'best in Fujian' }
		},
		{ args: ['work', 'shore-power', 2024], ids: ['shore-power-first-time'], badge: { zh: '首次', en: 'first time' } },
		{
			args: ['work', 'inspection-petitions-closed', 2024],
			ids: ['petition-closure-first-province'],
			badge: { zh: '全省第一', en: 'first in Fujian' }
		},
		{
			args: ['site', 'tingxi-reservoir', 2024],
			ids: ['tingxi-class-ii-first-time'],
			badge: { zh: '首次', en: 'first time' }
		},
		{
			args: ['topic', 'air_quality', 2024],
			ids: ['air-quality-best-on-record'],
			badge: { zh: '历史最佳', en: 'best on record' }
		},
		{ args: ['metric', 'composite_index', 2023], ids: [], badge: null },
		{ args: ['metric', 'pm25_ugm3', 2024], ids: [], badge: null },
		{ args: ['work', 'boilers', 2024], ids: [], badge: null },
		{ args: ['metric', 'no_such_metric', 2024], ids: [], badge: null }
	] as const)('$args → $ids', ({ args, ids, badge }) => {
		const found = documentQualifiers(dataset, args[0], args[1], args[2]);
		expect(found.map((q) => q.id)).toEqual(ids);
		if (badge) expect(found[0]!.badge).toEqual(badge);
		for (const q of found) {
			expect(q.quote).not.toBe('');
			expect(q.sourceId).toBe('eeb-2024-summary');
		}
	});

	test('the composite index: a full label, and the quote it shares with the rank and the excellent-day rate', () => {
		const [q] = documentQualifiers(dataset, 'metric', 'composite_index', 2024);
		expect(q).toMatchObject({
			qualifier: 'best_on_record',
			label: { zh: '综合指数为历史最佳', en: 'Composite index: the best on record' },
			quote: '综合指数、全国排名、优级率均为历史最佳',
			subject: { kind: 'metric', id: 'composite_index' },
			origin: 'data/text/qualifiers.csv:3'
		});
	});
});

describe('where each qualifier belongs', () => {
	test.each([
		{
			id: 'composite-index-best-on-record',
			places: [
				{ page: '/air/', target: 'kpi-card', ref: 'composite_index' },
				{ page: '/', target: 'kpi-card', ref: 'composite_index' }
			]
		},
		{
			id: 'litter-density-best-in-province',
			places: [
				{ page: '/litter/', target: 'kpi-card', ref: 'floating_litter_density' },
				{ page: '/', target: 'kpi-card', ref: 'floating_litter_density' },
				{ page: '/work/', target: 'pair-result', ref: 'floating_litter_density' }
			]
		},
		{ id: 'shore-power-first-time', places: [{ page: '/work/', target: 'work-figure', ref: 'shore-power' }] },
		{
			id: 'bantou-shidou-class-ii-first-time',
			places: [
				{ page: '/water/', target: 'site', ref: 'bantou-shidou-reservoir' },
				{ page: '/', target: 'site', ref: 'bantou-shidou-reservoir' }
			]
		},
		{
			id: 'coastal-water-best-on-record',
			places: [
				{ page: '/coast/', target: 'page-intro', ref: 'coastal_water_quality' },
				{ page: '/', target: 'domain-section', ref: 'coast' }
			]
		},
		{
			id: 'satisfaction-first-province',
			places: [
				{ page: '/', target: 'page-intro', ref: 'public_satisfaction' },
				{ page: '/work/', target: 'work-category', ref: 'complaints_participation' }
			]
		}
	])('$id', ({ id, places }) => {
		expect(qualifierModels(dataset).find((q) => q.id === id)!.places).toEqual(places);
	});

	test('every qualifier has a place, and every place names something that exists', () => {
		const categories = new Set(dataset.workCategories.map((c) => c.id));
		for (const q of qualifierModels(dataset)) {
			expect(q.places.length, q.id).toBeGreaterThan(0);
			for (const p of q.places) {
				expect(p.page, q.id).toMatch(/^\/([a-z]+\/)?$/);
				if (p.target === 'work-category') expect(categories.has(p.ref), p.ref).toBe(true);
				if (p.target === 'domain-section') expect(['air', 'water', 'coast', 'litter', 'noise']).toContain(p.ref);
			}
		}
	});

	test('the home page shows the national-level qualifiers; the work page its own', () => {
		const home = qualifiersOnPage(dataset, '/', 2024).map(({ qualifier }) => qualifier.id);
		expect(home).toEqual(
			expect.arrayContaining([
				'composite-index-best-on-record',
				'good-rate-tied-first-province',
				'satisfaction-first-province'
			])
		);
		const work = qualifiersOnPage(dataset, '/work/', 2024).map(
			({ qualifier, place }) => `${qualifier.id}@${place.target}`
		);
		expect(work).toEqual([
			'satisfaction-first-province@work-category',
			'environment-best-on-record@page-intro',
			'environment-among-best-national@page-intro',
			'target-assessment-among-best-province@work-category',
			'litter-density-best-in-province@pair-result',
			'shore-power-first-time@work-figure',
			'petition-closure-first-province@work-figure'
		]);
	});
});

describe('badges', () => {
	test.each(DISTINCTIONS.map((d) => ({ d })))('$d has a badge in both languages', ({ d }) => {
		const badge = qualifierBadge(d);
		expect(badge.zh).toMatch(/[\u4e00-\u9fff]/);
		expect(badge.en).toMatch(/^[a-z][a-z' ]+$/i);
	});
});
