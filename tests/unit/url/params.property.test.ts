import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	MAX_PARAM_LENGTH,
	hashParams,
	isIsoDate,
	parseBoolean,
	parseDate,
	parseEnum,
	parseId,
	parseYear
} from '$lib/url/params';

/** What people (and attackers) put in URLs. */
const HOSTILE = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	"'><svg onload=alert(1)>",
	'javascript:alert(1)',
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'\u202e2023',
	'2023\u200f',
	'\u200b2023',
	'２０２３',
	'2023\u0000',
	'%3Cscript%3E',
	'%E0%A4%A',
	'../../etc/passwd',
	'NaN',
	'Infinity',
	'-1',
	'1e3',
	'0x7e7',
	'2023.0',
	' 2023 ',
	'2023 ',
	'PM2.5 ',
	'pm2.5',
	'',
	' ',
	'x'.repeat(100_000),
	'2'.repeat(10_000),
	'😀'.repeat(500),
	'2023-02-29',
	'2024-02-30',
	'2023-13-01',
	'2023-1-1',
	'+002023-01-01',
	'2023-01-01T00:00:00Z',
	'true\u0000',
	'TRUE',
	'yes please'
];

/** Anything at all: strings of every kind (incl. lone surrogates), hostile strings, and non-strings. */
const anyInput = fc.oneof(
	fc.constantFrom(...HOSTILE),
	fc.string(),
	fc.string({ unit: 'binary' }),
	fc.string({ unit: 'grapheme', maxLength: 300 }),
	fc.string({ minLength: MAX_PARAM_LENGTH - 2, maxLength: MAX_PARAM_LENGTH + 2 }),
	fc.integer().map(String),
	fc.double().map(String),
	fc.anything(),
	fc.constantFrom(null, undefined, 2023, NaN, Infinity, -0, true, false, {}, [], ['2023'], { toString: () => '2023' })
);

const PARAMS = { numRuns: 2000 };

describe('parseEnum', () => {
	const allowed = ['PM2.5', 'PM10', 'O3', 'NO2'] as const;
	test('returns an allowed value or the fallback, never throws', () => {
		fc.assert(
			fc.property(anyInput, (value) => {
				const out = parseEnum(value, allowed, 'PM2.5');
				expect(allowed).toContain(out);
			}),
			PARAMS
		);
	});
	test('keeps every allowed value (after trimming)', () => {
		fc.assert(
			fc.property(fc.constantFrom(...allowed), fc.constantFrom('', ' ', '\t'), (v, pad) => {
				expect(parseEnum(`${pad}${v}${pad}`, allowed, null)).toBe(v);
			})
		);
	});
	test.each([
		{ args: ['o3'], expected: null },
		{ args: ['__proto__'], expected: null },
		{ args: ['toString'], expected: null },
		{ args: [['O3']], expected: null },
		{ args: ['O3'], expected: 'O3' }
	])('parseEnum($args) = $expected', ({ args, expected }) => {
		expect(parseEnum(args[0], allowed, null)).toBe(expected);
	});
});

describe('parseYear', () => {
	const years = [2013, 2014, 2015, 2020, 2023, 2024];
	test('returns an allowed year or the fallback, never throws', () => {
		fc.assert(
			fc.property(anyInput, (value) => {
				const out = parseYear(value, years, null);
				expect(out === null || years.includes(out)).toBe(true);
			}),
			PARAMS
		);
	});
	test('numbers in and out of range', () => {
		fc.assert(
			fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
				const out = parseYear(String(n), years, null);
				expect(out).toBe(years.includes(n) ? n : null);
			}),
			PARAMS
		);
	});
	test.each([
		{ args: ['2023'], expected: 2023 },
		{ args: [' 2024 '], expected: 2024 },
		{ args: [2023], expected: 2023 },
		{ args: ['2023.0'], expected: null },
		{ args: ['２０２３'], expected: null },
		{ args: ['\u202e2023'], expected: null }, // an RTL override is not whitespace
		{ args: ['\u200b2023'], expected: null },
		{ args: ['2019'], expected: null },
		{ args: ['02023'], expected: null }
	])('parseYear($args) = $expected', ({ args, expected }) => {
		expect(parseYear(args[0], years, null)).toBe(expected);
	});
});

describe('parseDate', () => {
	const [min, max] = ['2013-12-02', '2024-06-30'];
	test('returns a real date in [min, max] or the fallback, never throws', () => {
		fc.assert(
			fc.property(anyInput, (value) => {
				const out = parseDate(value, min, max, null);
				if (out !== null) {
					expect(isIsoDate(out)).toBe(true);
					expect(out >= min && out <= max).toBe(true);
				}
			}),
			PARAMS
		);
	});
	test('every real date in range is accepted, every other day is not', () => {
		fc.assert(
			fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }), (d) => {
				const iso = d.toISOString().slice(0, 10);
				expect(parseDate(iso, min, max, null)).toBe(iso >= min && iso <= max ? iso : null);
			}),
			PARAMS
		);
	});
	test.each([
		{ args: ['2024-02-29'], expected: '2024-02-29' },
		{ args: ['2023-02-29'], expected: null },
		{ args: ['2023-04-31'], expected: null },
		{ args: ['2023-00-10'], expected: null },
		{ args: ['2013-12-01'], expected: null },
		{ args: ['2013-12-02'], expected: '2013-12-02' },
		{ args: ['2024-06-30'], expected: '2024-06-30' },
		{ args: ['2024-07-01'], expected: null },
		{ args: ['2023-01-01T00:00:00Z'], expected: null }
	])('parseDate($args) = $expected', ({ args, expected }) => {
		expect(parseDate(args[0], min, max, null)).toBe(expected);
	});
});

describe('parseBoolean', () => {
	test('returns true, false or the fallback, never throws', () => {
		fc.assert(
			fc.property(anyInput, (value) => {
				expect([true, false, 'fallback']).toContain(parseBoolean(value, 'fallback'));
			}),
			PARAMS
		);
	});
	test.each([
		{ args: ['1'], expected: true },
		{ args: ['TRUE'], expected: true },
		{ args: [' on '], expected: true },
		{ args: ['0'], expected: false },
		{ args: ['No'], expected: false },
		{ args: [''], expected: 'fallback' },
		{ args: [null], expected: 'fallback' },
		{ args: ['yes please'], expected: 'fallback' },
		{ args: ['true\u0000'], expected: 'fallback' }
	])('parseBoolean($args) = $expected', ({ args, expected }) => {
		expect(parseBoolean(args[0], 'fallback')).toBe(expected);
	});
});

describe('parseId', () => {
	const ids = ['1286A', '1287A', '1288A', '2842A', '3527A', '3528A'];
	test.each([
		{ name: 'array', known: ids },
		{ name: 'Set', known: new Set(ids) }
	])('returns a known id or the fallback, never throws ($name)', ({ known }) => {
		fc.assert(
			fc.property(anyInput, (value) => {
				const out = parseId(value, known, null);
				expect(out === null || ids.includes(out)).toBe(true);
			}),
			PARAMS
		);
		fc.assert(
			fc.property(fc.constantFrom(...ids), (id) => {
				expect(parseId(id, known, null)).toBe(id);
			})
		);
	});
	test('an id that looks like an Object.prototype key is unknown', () => {
		for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
			expect(parseId(key, new Set(ids), 'none')).toBe('none');
	});
});

describe('hashParams', () => {
	test('never throws; yields only string pairs', () => {
		fc.assert(
			fc.property(anyInput, (value) => {
				for (const [k, v] of hashParams(value)) {
					expect(typeof k).toBe('string');
					expect(typeof v).toBe('string');
				}
			}),
			PARAMS
		);
	});
	test('reads #key=value pairs and hostile hashes end in allowed values', () => {
		expect(hashParams('#year=2023&p=O3').get('year')).toBe('2023');
		const params = hashParams('#year=<script>alert(1)</script>&p="><img onerror=alert(1)>');
		expect(parseYear(params.get('year'), [2023], 2023)).toBe(2023);
		expect(parseEnum(params.get('p'), ['O3', 'PM2.5'], 'PM2.5')).toBe('PM2.5');
	});
});
