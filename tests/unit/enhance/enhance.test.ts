import { describe, expect, test } from 'vitest';
import { addQuery, embedLinks, languageUrl, pageLang } from '../../../src/lib/embed/urls';
import { fill, isRecord, readJson } from '../../../src/lib/enhance/json';
import { placeTooltip, tooltipLines } from '../../../src/lib/enhance/tooltip';
import type { ChartOptions } from '../../../src/lib/charts/model';

/** The pure parts of the embed's own scripts (src/lib/embed/client/). */

const at = (href: string) => {
	const url = new URL(href, 'https://site.example');
	return { pathname: url.pathname, search: url.search, hash: url.hash };
};

describe('addresses', () => {
	test.each([
		{ args: ['zh-CN'], expected: 'zh' },
		{ args: ['en'], expected: 'en' },
		{ args: [''], expected: 'zh' }
	])('pageLang($args.0)', ({ args, expected }) => {
		expect(pageLang(args[0]!)).toBe(expected);
	});

	test.each([
		{ href: '/embed/x/', lang: 'en', expected: '/en/embed/x/' },
		{ href: '/en/embed/x/?lang=zh&a=1#h', lang: 'zh', expected: '/embed/x/?a=1#h' },
		{ href: '/en/embed/x/', lang: 'en', expected: '/en/embed/x/' }
	] as const)('languageUrl($href, $lang)', ({ href, lang, expected }) => {
		const { pathname, search, hash } = at(href);
		expect(languageUrl(pathname, search, hash, lang)).toBe(expected);
	});

	test.each([
		{ href: '/en/#chart', query: '?year=2023', expected: '/en/?year=2023#chart' },
		{ href: '/embed/?chart=x', query: '?theme=dark&plain=1', expected: '/embed/?chart=x&theme=dark&plain=1' },
		{ href: '/map/#m', query: '', expected: '/map/#m' },
		{ href: '/a/', query: 'b=1', expected: '/a/?b=1' }
	])('addQuery($href, $query)', ({ href, query, expected }) => {
		expect(addQuery(href, query)).toBe(expected);
	});

	test('the links carry the reader’s options: the view to the page, everything to the builder', () => {
		const options: ChartOptions = { year: { values: [2022, 2023], default: 2023 } };
		const hrefs = { page: '/air/#calendar', builder: '/embed/?chart=calendar' };
		expect(embedLinks({ theme: 'light', plain: false, view: { year: 2023 } }, options, hrefs)).toEqual(hrefs);
		expect(embedLinks({ theme: 'dark', plain: true, view: { year: 2022 } }, options, hrefs)).toEqual({
			page: '/air/?year=2022#calendar',
			builder: '/embed/?chart=calendar&year=2022&theme=dark&plain=1'
		});
	});
});

describe('data from the page', () => {
	test.each([
		{ text: '{"a":1}', expected: { a: 1 } },
		{ text: '[1]', expected: 'fallback' },
		{ text: '{', expected: 'fallback' },
		{ text: '', expected: 'fallback' },
		{ text: null, expected: 'fallback' }
	])('readJson($text)', ({ text, expected }) => {
		expect(readJson<unknown>(text, 'fallback', isRecord)).toEqual(expected);
	});

	test.each<{ template: string; values: Record<string, string>; expected: string }>([
		{ template: '已下载：{file}', values: { file: 'a.png' }, expected: '已下载：a.png' },
		{
			template: '{file} and {source}',
			values: { file: 'a.csv', source: 'a.source.txt' },
			expected: 'a.csv and a.source.txt'
		},
		{ template: 'Failed: {reason}', values: {}, expected: 'Failed: {reason}' },
		{ template: '{toString}', values: {}, expected: '{toString}' },
		{ template: '{file}', values: { file: '$&$1' }, expected: '$&$1' }
	])('fill($template)', ({ template, values, expected }) => {
		expect(fill(template, values)).toBe(expected);
	});
});

describe('tooltips', () => {
	const mark = (attributes: Record<string, string>) => ({
		getAttribute: (name: string) => attributes[name] ?? null
	});
	test.each<{ attrs: Record<string, string>; expected: string[] }>([
		{
			attrs: { 'data-tooltip': '2018: 3.31\nSource: A', 'aria-label': '2018: 3.31' },
			expected: ['2018: 3.31', 'Source: A']
		},
		{ attrs: { 'aria-label': 'Huli · AQI 49 · Source: CNEMC' }, expected: ['Huli', 'AQI 49', 'Source: CNEMC'] },
		{ attrs: { 'aria-label': '  ' }, expected: [] },
		{ attrs: {}, expected: [] },
		{ attrs: { 'data-tooltip': '\n\nonly\n' }, expected: ['only'] }
	])('tooltipLines($attrs)', ({ attrs, expected }) => {
		expect(tooltipLines(mark(attrs))).toEqual(expected);
	});

	const view = { width: 320, height: 640, scrollX: 0, scrollY: 100 };
	test.each([
		{
			name: 'above and centred',
			mark: { left: 150, top: 300, width: 20, height: 20 },
			tip: { width: 100, height: 40 },
			expected: { left: 110, top: 352, below: false }
		},
		{
			name: 'below when there is no room above',
			mark: { left: 150, top: 20, width: 20, height: 20 },
			tip: { width: 100, height: 40 },
			expected: { left: 110, top: 148, below: true }
		},
		{
			name: 'kept inside on the left',
			mark: { left: 0, top: 300, width: 10, height: 10 },
			tip: { width: 100, height: 40 },
			expected: { left: 4, top: 352, below: false }
		},
		{
			name: 'kept inside on the right',
			mark: { left: 310, top: 300, width: 10, height: 10 },
			tip: { width: 100, height: 40 },
			expected: { left: 216, top: 352, below: false }
		},
		{
			name: 'wider than the viewport: from the left margin',
			mark: { left: 100, top: 300, width: 10, height: 10 },
			tip: { width: 400, height: 40 },
			expected: { left: 4, top: 352, below: false }
		}
	])('placeTooltip: $name', ({ mark, tip, expected }) => {
		expect(placeTooltip(mark, tip, view)).toEqual(expected);
	});
});
