import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	EMBED_LANGS,
	EMBED_THEMES,
	defaultView,
	embedQuery,
	parseBoolean,
	parseEmbedOptions,
	parseEnum,
	parseId,
	parsePymChildId,
	parseYear
} from '../../../src/lib/embed/options';
import type { ChartOptions } from '../../../src/lib/charts/model';

const CALENDAR: ChartOptions = {
	year: { values: [2022, 2023], default: 2023 },
	station: { values: ['city', '1287A'], default: 'city' },
	layer: { values: ['districts', 'stations'], default: 'districts' }
};

const params = (query: string) => new URLSearchParams(query);

describe('parseEmbedOptions', () => {
	test.each([
		{
			name: 'nothing',
			query: '',
			options: undefined,
			expected: { lang: null, theme: 'light', plain: false, view: {}, childId: null }
		},
		{
			name: 'everything valid',
			query: 'lang=en&theme=dark&plain=1&childId=chart-3',
			options: undefined,
			expected: { lang: 'en', theme: 'dark', plain: true, view: {}, childId: 'chart-3' }
		},
		{ name: 'plain without a value', query: 'plain', options: undefined, expected: { plain: true } },
		{ name: 'plain=0', query: 'plain=0', options: undefined, expected: { plain: false } },
		{ name: 'plain=TRUE', query: 'plain=TRUE', options: undefined, expected: { plain: true } },
		{ name: 'theme auto', query: 'theme=auto', options: undefined, expected: { theme: 'auto' } },
		{ name: 'theme in capitals is not a theme', query: 'theme=DARK', options: undefined, expected: { theme: 'light' } },
		{ name: 'unknown lang', query: 'lang=fr', options: undefined, expected: { lang: null } },
		{ name: 'lang with spaces', query: 'lang=%20en', options: undefined, expected: { lang: null } },
		{
			name: 'declared options, defaults',
			query: '',
			options: CALENDAR,
			expected: { view: { year: 2023, station: 'city', layer: 'districts' } }
		},
		{
			name: 'declared options, chosen',
			query: 'year=2022&station=1287A&layer=stations',
			options: CALENDAR,
			expected: { view: { year: 2022, station: '1287A', layer: 'stations' } }
		},
		{
			name: 'declared options, invalid values fall back',
			query: 'year=2021&station=<b>&layer=STATIONS',
			options: CALENDAR,
			expected: { view: { year: 2023, station: 'city', layer: 'districts' } }
		},
		{
			name: 'year with extra characters',
			query: 'year=2022.0',
			options: CALENDAR,
			expected: { view: { year: 2023, station: 'city', layer: 'districts' } }
		},
		{
			name: 'options the chart does not declare are ignored',
			query: 'year=2022&layer=stations',
			options: undefined,
			expected: { view: {} }
		},
		{
			name: 'the first of repeated values',
			query: 'theme=dark&theme=light',
			options: undefined,
			expected: { theme: 'dark' }
		}
	])('$name', ({ query, options, expected }) => {
		expect(parseEmbedOptions(params(query), options)).toMatchObject(expected);
	});

	test('reads records and getter functions too', () => {
		expect(parseEmbedOptions({ theme: 'dark' }).theme).toBe('dark');
		expect(parseEmbedOptions((name) => (name === 'plain' ? 'yes' : null)).plain).toBe(true);
		expect(
			parseEmbedOptions(() => {
				throw new Error('boom');
			}).theme
		).toBe('light');
	});
});

describe('small parsers', () => {
	test.each([
		{ args: ['dark', EMBED_THEMES, 'light'] as const, expected: 'dark' },
		{ args: ['', EMBED_THEMES, 'light'] as const, expected: 'light' },
		{ args: [null, EMBED_THEMES, 'light'] as const, expected: 'light' },
		{ args: [42, EMBED_THEMES, 'light'] as const, expected: 'light' },
		{ args: ['constructor', EMBED_THEMES, 'light'] as const, expected: 'light' }
	])('parseEnum($args.0)', ({ args, expected }) => {
		expect(parseEnum(args[0], args[1], args[2])).toBe(expected);
	});
	test.each([
		{ value: '2023', expected: 2023 },
		{ value: '2021', expected: 0 },
		{ value: '02023', expected: 0 },
		{ value: '2023 ', expected: 0 },
		{ value: '٢٠٢٣', expected: 0 },
		{ value: '1e3', expected: 0 },
		{ value: undefined, expected: 0 }
	])('parseYear($value)', ({ value, expected }) => {
		expect(parseYear(value, [2022, 2023], 0)).toBe(expected);
	});
	test.each([
		{ value: '1', expected: true },
		{ value: 'on', expected: true },
		{ value: 'No', expected: false },
		{ value: 'off', expected: false },
		{ value: 'maybe', expected: null },
		{ value: '', expected: null },
		{ value: 'truetrue', expected: null }
	])('parseBoolean($value)', ({ value, expected }) => {
		expect(parseBoolean(value, true)).toBe(expected ?? true);
		expect(parseBoolean(value, false)).toBe(expected ?? false);
	});
	test.each([
		{ value: 'chart-c', expected: 'chart-c' },
		{ value: 'a:b.c_d', expected: 'a:b.c_d' },
		{ value: '-leading', expected: null },
		{ value: 'axPYMxb', expected: null },
		{ value: 'has space', expected: null },
		{ value: 'x'.repeat(65), expected: null },
		{ value: '<script>', expected: null },
		{ value: null, expected: null }
	])('parsePymChildId($value)', ({ value, expected }) => {
		expect(parsePymChildId(value)).toBe(expected);
	});
	test('parseId only accepts known ids, exactly', () => {
		expect(parseId('1287A', ['1287A'], 'city')).toBe('1287A');
		expect(parseId('1287a', ['1287A'], 'city')).toBe('city');
		expect(parseId('__proto__', ['1287A'], 'city')).toBe('city');
	});
});

describe('embedQuery', () => {
	test.each([
		{ name: 'defaults give no query', input: { theme: 'light', plain: false }, options: undefined, expected: '' },
		{
			name: 'theme and plain',
			input: { theme: 'dark', plain: true },
			options: undefined,
			expected: '?theme=dark&plain=1'
		},
		{ name: 'default view is left out', input: { view: defaultView(CALENDAR) }, options: CALENDAR, expected: '' },
		{
			name: 'chosen view',
			input: { view: { year: 2022, station: '1287A', layer: 'districts' } },
			options: CALENDAR,
			expected: '?year=2022&station=1287A'
		},
		{
			name: 'view without declared options is left out',
			input: { view: { year: 2022 } },
			options: undefined,
			expected: ''
		}
	] as const)('$name', ({ input, options, expected }) => {
		expect(embedQuery(input, options)).toBe(expected);
	});
});

// Property tests: whatever is in the URL, the options are valid values and parsing never throws.
const hostile = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme', maxLength: 50 }),
	fc.string({ unit: 'binary', maxLength: 50 }),
	fc.constantFrom(
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(1)>',
		'javascript:alert(1)',
		'%00',
		'\u202e',
		'dark\u0000',
		'__proto__',
		'constructor',
		'toString',
		'-1',
		'1e309',
		'NaN',
		'9'.repeat(400)
	),
	fc.integer().map(String),
	fc.double().map(String),
	fc.string({ minLength: 5000, maxLength: 10000 })
);
const NAMES = ['lang', 'theme', 'plain', 'year', 'station', 'layer', 'childId'];

describe('parseEmbedOptions with random and hostile input', () => {
	test('never throws and only returns allowed values', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom(...NAMES, 'other'), hostile), { maxLength: 10 }), (pairs) => {
				const search = new URLSearchParams();
				for (const [k, v] of pairs) search.append(k, v);
				for (const options of [undefined, CALENDAR]) {
					const o = parseEmbedOptions(search, options);
					expect(o.lang === null || (EMBED_LANGS as readonly string[]).includes(o.lang)).toBe(true);
					expect(EMBED_THEMES).toContain(o.theme);
					expect(typeof o.plain).toBe('boolean');
					if (o.childId !== null) expect(o.childId).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/);
					if (options) {
						expect(options.year!.values).toContain(o.view.year);
						expect(options.station!.values).toContain(o.view.station);
						expect(options.layer!.values).toContain(o.view.layer);
					} else {
						expect(o.view).toEqual({});
					}
				}
			}),
			{ numRuns: 300 }
		);
	});

	test('round trip: the query of any valid choice parses back to it', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...EMBED_THEMES),
				fc.boolean(),
				fc.constantFrom(2022, 2023),
				fc.constantFrom('city', '1287A'),
				fc.constantFrom('districts', 'stations'),
				(theme, plain, year, station, layer) => {
					const view = { year, station, layer };
					const back = parseEmbedOptions(params(embedQuery({ theme, plain, view }, CALENDAR).slice(1)), CALENDAR);
					expect(back).toEqual({ lang: null, theme, plain, view, childId: null });
				}
			)
		);
	});

	test('the small parsers are total', () => {
		fc.assert(
			fc.property(fc.anything(), (value) => {
				expect(['light', 'dark', 'auto', 'x']).toContain(parseEnum(value, EMBED_THEMES, 'x'));
				expect([2022, 2023, -1]).toContain(parseYear(value, [2022, 2023], -1));
				expect(typeof parseBoolean(value, false)).toBe('boolean');
				expect(['a', 'b', null]).toContain(parseId(value, ['a', 'b'], null));
				const child = parsePymChildId(value);
				expect(child === null || typeof child === 'string').toBe(true);
			})
		);
	});
});
