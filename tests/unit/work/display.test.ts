import { describe, expect, test } from 'vitest';
import type { Unit } from '../../../src/lib/data/types';
import { chooseDisplay } from '../../../src/lib/work/display';
import type { WorkFigureModel } from '../../../src/lib/work/figure';
import type { Qualifier } from '../../../src/lib/text/qualified';

/** A figure as the rule sees it: id, value, unit, measure word, how exact. */
const f = (id: string, value: number, unit: Unit = 'count', measure = '个', qualifier: Qualifier = 'exact') =>
	({ id, value, unit, measure: unit === 'count' ? measure : '', qualifier }) as WorkFigureModel;

describe('chooseDisplay: a chart where it helps a reader compare, numbers elsewhere (rule in display.ts)', () => {
	test.each([
		{ name: 'no figures', figures: [], expected: { display: 'number', figures: [], unit: null, measure: '' } },
		{ name: 'one count', figures: [f('a', 17)], expected: { display: 'number', figures: [] } },
		{ name: 'two counts of one kind', figures: [f('a', 7), f('b', 7)], expected: { display: 'number', figures: [] } },
		{
			name: 'three small counts of one kind: a unit chart',
			figures: [f('a', 19, 'count', '项'), f('b', 7, 'count', '项'), f('c', 12, 'count', '项')],
			expected: { display: 'units', figures: ['a', 'b', 'c'], unit: 'count', measure: '项' }
		},
		{
			name: 'three counts of one kind, one above 100: bars',
			figures: [f('a', 517, 'count', '件'), f('b', 511, 'count', '件'), f('c', 507, 'count', '件')],
			expected: { display: 'bars', figures: ['a', 'b', 'c'], unit: 'count', measure: '件' }
		},
		{
			name: 'counts of different kinds (measure words) are not compared',
			figures: [f('rounds', 3, 'count', '轮'), f('boilers', 75, 'count', '台'), f('projects', 50, 'count', '个')],
			expected: { display: 'number', figures: [] }
		},
		{
			name: 'different units are not compared',
			figures: [f('a', 477), f('b', 77.31, 'percent'), f('c', 14310, 'working_days')],
			expected: { display: 'number', figures: [] }
		},
		{
			name: 'a lower bound is not drawn as exact',
			figures: [f('a', 20, 'count', '家', 'lower_bound'), f('b', 70, 'count', '家'), f('c', 183, 'count', '家')],
			expected: { display: 'number', figures: [] }
		},
		{
			name: 'the largest set of comparable figures is charted; the others stay numbers',
			figures: [
				f('a', 4419, 'count', '家'),
				f('x', 17, 'count', '项'),
				f('b', 70, 'count', '家'),
				f('y', 19, 'count', '项'),
				f('c', 183, 'count', '家'),
				f('z', 7, 'count', '项'),
				f('w', 20, 'count', '项')
			],
			expected: { display: 'units', figures: ['x', 'y', 'z', 'w'], measure: '项' }
		},
		{
			name: 'a tie goes to the set met first',
			figures: [
				f('a', 1, 'count', '家'),
				f('x', 2, 'count', '项'),
				f('b', 3, 'count', '家'),
				f('y', 4, 'count', '项'),
				f('c', 5, 'count', '家'),
				f('z', 6, 'count', '项')
			],
			expected: { display: 'units', figures: ['a', 'b', 'c'], measure: '家' }
		},
		{
			name: 'amounts of one unit: bars, never units',
			figures: [f('a', 16053, 'cny_10k'), f('b', 1345, 'cny_10k'), f('c', 467.57, 'cny_10k')],
			expected: { display: 'bars', figures: ['a', 'b', 'c'], unit: 'cny_10k', measure: '' }
		},
		{
			name: 'percent changes of one unit: bars',
			figures: [f('a', -13.1, 'percent_change'), f('b', -22.37, 'percent_change'), f('c', -32.27, 'percent_change')],
			expected: { display: 'bars', figures: ['a', 'b', 'c'], unit: 'percent_change' }
		},
		{
			name: 'exactly 100 things can still be counted mark by mark',
			figures: [f('a', 100), f('b', 1), f('c', 2)],
			expected: { display: 'units' }
		},
		{
			name: 'a count above 100 makes bars',
			figures: [f('a', 101), f('b', 1), f('c', 2)],
			expected: { display: 'bars' }
		}
	])('$name', ({ figures, expected }) => {
		expect(chooseDisplay(figures)).toMatchObject(expected);
	});
});
