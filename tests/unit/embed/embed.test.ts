import { boot } from '../../../src/lib/enhance/embedBoot';
import { describe, expect, test } from 'vitest';
import { builderPath, chartPagePath, embedPath, localePath, pagePath } from '../../../src/lib/embed/urls';
import { embedManifest, FALLBACK_EMBED_SIZE } from '../../../src/lib/embed/manifest';
import { embedSnippet, escapeAttribute } from '../../../src/lib/embed/snippet';
import type { ChartModel } from '../../../src/lib/charts/kinds';

describe('urls', () => {
	test.each([
		{ page: 'overview', expected: '/' },
		{ page: 'air', expected: '/air/' },
		{ page: 'map', expected: '/map/' }
	] as const)('pagePath($page)', ({ page, expected }) => {
		expect(pagePath(page)).toBe(expected);
	});
	test('paths in both languages', () => {
		expect(localePath('/data/', 'zh')).toBe('/data/');
		expect(localePath('/data/', 'en')).toBe('/en/data/');
		expect(embedPath('air-composite-trend', 'en')).toBe('/en/embed/air-composite-trend/');
		expect(chartPagePath({ id: 'air-daily-calendar', page: 'air' }, 'zh', '?year=2022')).toBe(
			'/air/?year=2022#air-daily-calendar'
		);
		expect(builderPath('x', 'en')).toBe('/en/embed/?chart=x');
		expect(builderPath('x', 'zh', '?theme=dark&plain=1')).toBe('/embed/?chart=x&theme=dark&plain=1');
	});
});

const model = (id: string, kind: string, page: ChartModel['page'], options?: ChartModel['options']) =>
	({ id, kind, page, text: { title: `${id}_title`, summaryLabel: '' }, sources: {}, options }) as unknown as ChartModel;

describe('embedManifest', () => {
	test('one entry per chart, generic over kinds, with a fallback size for new kinds', () => {
		const manifest = embedManifest(
			[
				model('a', 'line', 'overview'),
				model('map-xiamen', 'map', 'map', { layer: { values: ['x', 'y'], default: 'x' } }),
				model('c', 'new-kind', 'water')
			],
			(key, lang) => `${key}:${lang}`,
			{ zh: '站', en: 'Site' }
		);
		expect(manifest.version).toBe(1);
		expect(manifest.charts.map((c) => c.id)).toEqual(['a', 'map-xiamen', 'c']);
		expect(manifest.charts[0]).toEqual({
			id: 'a',
			kind: 'line',
			title: { zh: 'a_title:zh', en: 'a_title:en' },
			languages: ['zh', 'en'],
			size: { width: 700, height: 960 },
			embed: { zh: '/embed/a/', en: '/en/embed/a/' },
			page: { zh: '/#a', en: '/en/#a' },
			options: {}
		});
		expect(manifest.charts[1]!.options.layer!.values).toEqual(['x', 'y']);
		expect(manifest.charts[1]!.page.en).toBe('/en/map/#map-xiamen');
		expect(manifest.charts[2]!.size).toEqual(FALLBACK_EMBED_SIZE);
	});
	test('an empty registry gives an empty list', () => {
		expect(embedManifest([], () => '', { zh: '', en: '' }).charts).toEqual([]);
	});
});

describe('embedSnippet', () => {
	test('iframe with the loader, absolute URLs', () => {
		expect(
			embedSnippet({
				origin: 'https://example.org',
				src: '/embed/a/?theme=dark',
				title: '空气质量综合指数',
				height: 560
			})
		).toBe(
			'<iframe src="https://example.org/embed/a/?theme=dark" title="空气质量综合指数" data-xiamen-embed width="100%" height="560" style="border:0;width:100%" loading="lazy" allow="clipboard-write"></iframe>\n' +
				'<script src="https://example.org/embed/loader.js" async></script>'
		);
	});
	test('a fixed slide size needs no loader', () => {
		const code = embedSnippet({
			origin: '',
			src: '/embed/a/',
			title: 't',
			height: 1,
			fixed: { width: 1280, height: 720 }
		});
		expect(code).toContain('width="1280" height="720"');
		expect(code).not.toContain('<script');
		expect(code).not.toContain('data-xiamen-embed');
	});
	test('escapes every attribute', () => {
		expect(escapeAttribute(`"><script>&'`)).toBe("&quot;&gt;&lt;script&gt;&amp;'");
		const code = embedSnippet({ origin: '', src: '/embed/a/?x="><b>', title: 'A "quoted" <title> & more', height: 5 });
		expect(code).toContain('title="A &quot;quoted&quot; &lt;title&gt; &amp; more"');
		expect(code).toContain('src="/embed/a/?x=&quot;&gt;&lt;b&gt;"');
	});
});

describe('the boot script (/enhance/boot.js, src/lib/enhance/embedBoot.ts)', () => {
	/** Runs the boot script against a fake document and location. */
	function run(search: string, lang = 'zh-CN', pathname = '/embed/x/', hash = '') {
		const attributes: Record<string, string> = {};
		let went: string | null = null;
		boot({
			location: { search, pathname, hash, replace: (url) => (went = url) },
			document: { documentElement: { lang, setAttribute: (k, v) => (attributes[k] = v) } }
		});
		return { attributes, went };
	}
	test.each([
		{ search: '', expected: {} },
		{ search: '?theme=dark', expected: { 'data-theme': 'dark' } },
		{ search: '?theme=auto&plain', expected: { 'data-theme': 'auto', 'data-plain': '' } },
		{ search: '?plain=yes', expected: { 'data-plain': '' } },
		{ search: '?plain=0&theme=neon', expected: {} },
		{ search: '?theme=%22%3E%3Cscript%3E', expected: {} },
		{ search: `?theme=${'x'.repeat(10_000)}&plain=${'1'.repeat(10_000)}`, expected: {} }
	])('with $search', ({ search, expected }) => {
		expect(run(search).attributes).toEqual(expected);
	});
	test.each([
		{ lang: 'zh-CN', path: '/embed/x/', search: '?lang=en&theme=dark', hash: '#t', to: '/en/embed/x/?theme=dark#t' },
		{ lang: 'en', path: '/en/embed/x/', search: '?year=2023&lang=zh', hash: '', to: '/embed/x/?year=2023' },
		{ lang: 'en', path: '/en/embed/x/', search: '?lang=en', hash: '', to: null },
		{ lang: 'zh-CN', path: '/embed/x/', search: '?lang=%3Cscript%3E', hash: '', to: null }
	])('lang in $search on a $lang page goes to $to', ({ lang, path, search, hash, to }) => {
		expect(run(search, lang, path, hash).went).toBe(to);
	});
	test('a page without a usable location or document is left alone (never throws)', () => {
		expect(() => boot({ location: null, document: null } as unknown as Parameters<typeof boot>[0])).not.toThrow();
	});
});
