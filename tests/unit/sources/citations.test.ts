import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { directoryReader } from '../../../src/lib/pipeline/run';
import { dataWith, memoryReader } from '../pipeline/helpers';
import { citationIndex, domainPage, SOURCE_GROUPS } from '../../../src/lib/sources/citations';

const PAGES = ['/', '/water/', '/coast/', '/litter/', '/sources/'];

describe('domainPage', () => {
	test.each([
		{ args: ['water', PAGES], expected: '/water/' },
		{ args: ['air', PAGES], expected: '/' },
		{ args: ['air', [...PAGES, '/air/']], expected: '/air/' },
		{ args: ['noise', PAGES], expected: '/' },
		{ args: ['litter', ['/']], expected: null },
		{ args: ['air', []], expected: null }
	] as const)('$args → $expected', ({ args, expected }) => {
		expect(domainPage(args[0], args[1])).toBe(expected);
	});
});

describe('citationIndex on the minimal data', () => {
	const { dataset } = buildDataset(memoryReader(dataWith()));
	const index = citationIndex(dataset, PAGES);
	const entry = (id: string) => index.flatMap((g) => g.entries).find((e) => e.source.id === id)!;

	test('groups in order, every source exactly once, in its kind’s group', () => {
		expect(index.map((g) => g.group)).toEqual(SOURCE_GROUPS.map((g) => g.id));
		expect(index.flatMap((g) => g.entries.map((e) => e.source.id)).sort()).toEqual(['doc-a', 'news-b']);
		expect(index.find((g) => g.group === 'official')!.entries.map((e) => e.source.id)).toEqual(['doc-a']);
		expect(index.find((g) => g.group === 'news')!.entries.map((e) => e.source.id)).toEqual(['news-b']);
	});

	test('a source lists its figures with label, year and value, and the derived values that rest on it', () => {
		const doc = entry('doc-a').citations;
		expect(doc).toContainEqual(
			expect.objectContaining({
				kind: 'figure',
				label: { zh: '比例', en: 'Rate' },
				year: 2024,
				value: { type: 'number', value: 70.8, decimals: 1, unit: 'percent', qualifier: 'exact' },
				page: '/'
			})
		);
		expect(doc.filter((c) => c.kind === 'derived').map((c) => c.year)).toEqual([2023, 2023]);
		// Both derived values rest on doc-a's figures only, so news-b lists none.
		expect(entry('news-b').citations.filter((c) => c.kind === 'derived')).toEqual([]);
	});

	test('classes, statuses, problems, work items, sites and monitoring data are listed too', () => {
		const kinds = (id: string) => [...new Set(entry(id).citations.map((c) => c.kind))].sort();
		expect(kinds('doc-a')).toEqual(['derived', 'figure', 'problem', 'site', 'water_class', 'work_item']);
		expect(kinds('news-b')).toEqual(['figure', 'monitoring', 'place', 'sea_status', 'station', 'water_status']);
		expect(entry('news-b').citations.find((c) => c.kind === 'monitoring' && c.value.type === 'days')?.value).toEqual({
			type: 'days',
			what: 'city',
			count: 2,
			from: '2023-01-01',
			to: '2023-01-02'
		});
	});

	test('citations are ordered by year and link only to pages that exist', () => {
		const none = citationIndex(dataset, []);
		expect(none.flatMap((g) => g.entries.flatMap((e) => e.citations.map((c) => c.page)))).toEqual(
			expect.not.arrayContaining([expect.any(String)])
		);
		const years = entry('doc-a').citations.map((c) => c.year ?? 0);
		expect(years).toEqual([...years].sort((a, b) => a - b));
	});
});

describe('citationIndex on the project’s data', () => {
	const { dataset } = buildDataset(directoryReader('data'));
	const index = citationIndex(dataset, PAGES);
	const all = index.flatMap((g) => g.entries);

	test('every registry id has an entry, once', () => {
		expect(all.map((e) => e.source.id).sort()).toEqual(dataset.sources.map((s) => s.id).sort());
	});

	test('every published figure is listed under its source, with a page on the site', () => {
		for (const f of dataset.figures) {
			const cites = all.find((e) => e.source.id === f.sourceId)!.citations;
			const found = cites.find(
				(c) =>
					c.kind === 'figure' &&
					c.year === f.year &&
					c.value.type === 'number' &&
					c.value.value === f.value &&
					c.scope === (f.scope === 'city' ? null : f.scope)
			);
			expect(found, `${f.metric} ${f.year} in ${f.sourceId}`).toBeDefined();
			expect(found!.page, `${f.metric} ${f.year}`).toMatch(/^\/(water\/|coast\/|litter\/)?$/);
		}
	});

	test('approximate and lower-bound figures keep their qualifier', () => {
		const litter = all.find((e) => e.source.id === 'litter-2016-dnw')!.citations;
		expect(litter[0]!.value).toMatchObject({ type: 'number', value: 100, qualifier: 'lower_bound' });
	});
});
