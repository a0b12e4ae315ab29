import { describe, expect, test } from 'vitest';
import { citedSources } from '../../../src/lib/data/query';
import type { Source } from '../../../src/lib/data/types';

const source = (id: string) => ({ id, title: `Title ${id}` }) as unknown as Source;
const picked = { a: source('a'), b: source('b'), c: source('c') };

describe('citedSources: what a block of a page cites, from the sources the page picked', () => {
	test.each([
		{ ids: [], expected: [] },
		{ ids: ['b'], expected: ['b'] },
		{ ids: ['c', 'a'], expected: ['c', 'a'] },
		{ ids: ['a', 'b', 'a', 'b'], expected: ['a', 'b'] }
	])('$ids → $expected (once each, in order of citing)', ({ ids, expected }) => {
		expect(citedSources(picked, ids).map((s) => s.id)).toEqual(expected);
	});

	test('an id the page did not pick fails, naming it', () => {
		expect(() => citedSources(picked, ['a', 'zz'])).toThrow('Source "zz" is cited but not among the page\'s sources');
	});
});
