import { describe, expect, test } from 'vitest';
import { resolveSources, sourceRecord } from '../../../src/lib/data/sources';
import type { Source } from '../../../src/lib/data/types';

const source = (id: string): Source => ({
	id,
	title: id.toUpperCase(),
	short: { zh: 'S', en: 'S' },
	publisher: 'p',
	date: '2024',
	url: '',
	kind: 'dataset',
	reliability: 'high',
	note: { zh: '', en: '' }
});
const registry = [source('a'), source('b'), source('c')];
const picked = { b: source('b'), c: source('c') };

describe('the one source resolver', () => {
	test.each([
		{ lookup: registry, ids: ['c', 'a', 'c'], expected: ['c', 'a'] },
		{ lookup: picked, ids: ['b', 'c', 'b'], expected: ['b', 'c'] },
		{ lookup: registry, ids: [], expected: [] }
	])('$ids → $expected (in order, once each)', ({ lookup, ids, expected }) => {
		expect(resolveSources(lookup, ids).map((s) => s.id)).toEqual(expected);
	});

	test.each([
		{ lookup: registry, id: 'x', message: 'Unknown source id "x" (not in data/sources.csv)' },
		{ lookup: picked, id: 'a', message: 'Source "a" is cited but not among the page\'s sources' },
		{ lookup: picked, id: '__proto__', message: 'Source "__proto__" is cited' }
	])('an unknown id fails loudly: $id', ({ lookup, id, message }) => {
		expect(() => resolveSources(lookup, [id])).toThrow(message);
	});

	test('keyed by id for a page', () => {
		expect(Object.keys(sourceRecord(registry, ['b', 'a']))).toEqual(['b', 'a']);
	});
});
