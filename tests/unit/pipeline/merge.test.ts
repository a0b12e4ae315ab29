import { describe, expect, test } from 'vitest';
import {
	coverageLoss,
	formatLoss,
	formatReport,
	mergeRecords,
	shrinking,
	type MergeRule
} from '../../../src/lib/pipeline/merge';

interface Day {
	date: string;
	pm: number | null;
	source: string;
}
const rank: Record<string, number> = { curated: 0, sample: 2 };
const rule: MergeRule<Day> = {
	key: (d) => d.date,
	cells: (d) => ({ date: d.date, pm: d.pm, source: d.source }),
	replaces: (incoming, old) => rank[incoming.source]! <= rank[old.source]!
};
const day = (date: string, pm: number | null, source = 'curated'): Day => ({ date, pm, source });

describe('mergeRecords: updates add, never silently remove', () => {
	test.each([
		{
			name: 'new days are added, days already there and not in the import are kept, the result is sorted',
			existing: [day('2022-01-02', 10), day('2022-01-01', 9)],
			incoming: [day('2024-01-01', 30)],
			dates: ['2022-01-01', '2022-01-02', '2024-01-01'],
			report: { added: ['2024-01-01'], changed: [], unchanged: 0, kept: [], untouched: 2, removed: [] }
		},
		{
			name: 'the same day from the new import replaces the old one, and the change is reported by column',
			existing: [day('2022-01-01', 9)],
			incoming: [day('2022-01-01', 11)],
			dates: ['2022-01-01'],
			report: {
				added: [],
				changed: [{ key: '2022-01-01', columns: ['pm'] }],
				unchanged: 0,
				kept: [],
				untouched: 0,
				removed: []
			}
		},
		{
			name: 'an identical copy is counted, not reported as a change',
			existing: [day('2022-01-01', 9)],
			incoming: [day('2022-01-01', 9)],
			dates: ['2022-01-01'],
			report: { added: [], changed: [], unchanged: 1, kept: [], untouched: 0, removed: [] }
		},
		{
			name: 'a day from a higher-ranked source is kept against a lower-ranked copy, and the difference is reported',
			existing: [day('2023-01-20', 30, 'curated')],
			incoming: [day('2023-01-20', 31, 'sample')],
			dates: ['2023-01-20'],
			report: {
				added: [],
				changed: [],
				unchanged: 0,
				kept: [{ key: '2023-01-20', columns: ['pm', 'source'] }],
				untouched: 0,
				removed: []
			}
		},
		{
			name: 'nothing there yet: everything is added',
			existing: [],
			incoming: [day('2022-01-01', 9)],
			dates: ['2022-01-01'],
			report: { added: ['2022-01-01'], changed: [], unchanged: 0, kept: [], untouched: 0, removed: [] }
		},
		{
			name: 'an empty import changes nothing',
			existing: [day('2022-01-01', 9)],
			incoming: [],
			dates: ['2022-01-01'],
			report: { added: [], changed: [], unchanged: 0, kept: [], untouched: 1, removed: [] }
		}
	])('$name', ({ existing, incoming, dates, report }) => {
		const merged = mergeRecords(existing, incoming, rule);
		expect(merged.records.map((d) => d.date)).toEqual(dates);
		expect(merged.report).toEqual(report);
	});

	test('taken: the keys whose record is the incoming one', () => {
		const merged = mergeRecords(
			[day('2022-01-01', 9), day('2023-01-20', 30)],
			[day('2022-01-01', 9), day('2023-01-20', 31, 'sample'), day('2024-01-01', 1)],
			rule
		);
		expect([...merged.taken].sort()).toEqual(['2022-01-01', '2024-01-01']);
	});
});

describe('covers: a unit the import covers comes from the import alone', () => {
	/** Days covered by the import: January 2022. */
	const covering: MergeRule<Day> = { ...rule, covers: (d) => d.date.startsWith('2022-01') };
	test.each([
		{
			name: 'a record of a covered unit that the import no longer has is removed, and reported',
			existing: [day('2022-01-01', 9), day('2022-01-02', 8), day('2022-02-01', 7)],
			incoming: [day('2022-01-01', 9)],
			dates: ['2022-01-01', '2022-02-01'],
			removed: ['2022-01-02'],
			untouched: 1
		},
		{
			name: 'a record of a unit the import does not cover stays',
			existing: [day('2022-02-01', 7)],
			incoming: [day('2022-01-01', 9)],
			dates: ['2022-01-01', '2022-02-01'],
			removed: [],
			untouched: 1
		},
		{
			name: 'covering everything writes exactly the import',
			existing: [day('2021-12-31', 1), day('2022-02-01', 7)],
			incoming: [day('2022-01-01', 9)],
			dates: ['2022-01-01'],
			removed: ['2021-12-31', '2022-02-01'],
			untouched: 0,
			all: true
		}
	])('$name', ({ existing, incoming, dates, removed, untouched, all }) => {
		const merged = mergeRecords(existing, incoming, all ? { ...rule, covers: () => true } : covering);
		expect(merged.records.map((d) => d.date)).toEqual(dates);
		expect(merged.report.removed).toEqual(removed);
		expect(merged.report.untouched).toBe(untouched);
		expect(coverageLoss(existing, merged.records, rule).map((l) => l.key)).toEqual(removed);
	});
});

describe('shrinking: units that hold less than before', () => {
	type Month = { key: string; n: number };
	const months = (...m: [string, number][]): Month[] => m.map(([key, n]) => ({ key, n }));
	const size = { key: (m: Month) => m.key, size: (m: Month) => m.n };
	test.each([
		{
			name: 'fewer is listed',
			before: months(['a 2023-01', 5]),
			after: months(['a 2023-01', 2]),
			out: [['a 2023-01', 5, 2]]
		},
		{ name: 'as many or more is not', before: months(['a 2023-01', 5]), after: months(['a 2023-01', 5]), out: [] },
		{ name: 'a unit not in the import is not compared', before: months(['a 2023-01', 5]), after: [], out: [] },
		{ name: 'nothing before: nothing shrinks', before: [], after: months(['a 2023-01', 1]), out: [] },
		{
			name: 'in key order',
			before: months(['b 2023-01', 5], ['a 2023-02', 3]),
			after: months(['a 2023-02', 1], ['b 2023-01', 0]),
			out: [
				['a 2023-02', 3, 1],
				['b 2023-01', 5, 0]
			]
		}
	])('$name', ({ before, after, out }) => {
		expect(shrinking(before, after, size)).toEqual(out.map(([key, from, to]) => ({ key, from, to })));
	});
});

describe('coverageLoss: every value there before and not after', () => {
	test.each([
		{ name: 'nothing lost', before: [day('2022-01-01', 9)], after: [day('2022-01-01', 10)], lost: [] },
		{
			name: 'a value emptied',
			before: [day('2022-01-01', 9)],
			after: [day('2022-01-01', null)],
			lost: [{ key: '2022-01-01', column: 'pm', before: 9 }]
		},
		{
			name: 'a row gone',
			before: [day('2022-01-01', 9), day('2022-01-02', 8)],
			after: [day('2022-01-02', 8)],
			lost: [{ key: '2022-01-01', column: '(row)', before: '2022-01-01' }]
		},
		{
			name: 'an empty value filled is a gain',
			before: [day('2022-01-01', null)],
			after: [day('2022-01-01', 3)],
			lost: []
		}
	])('$name', ({ before, after, lost }) => {
		expect(coverageLoss(before, after, rule)).toEqual(lost);
	});
});

describe('what the importer prints', () => {
	test('a one-line report per table', () => {
		const { report } = mergeRecords([day('2022-01-01', 9)], [day('2024-01-01', 3), day('2022-01-01', 9)], rule);
		expect(formatReport('air-daily-city.csv', report, 0, 'days')).toBe(
			'air-daily-city.csv: 1 days added, 0 changed, 1 re-imported unchanged, 0 kept as they were, 0 values removed'
		);
	});
	test('lost values, the first few and how many more', () => {
		const lost = Array.from({ length: 10 }, (_, i) => ({
			key: `2024-01-${String(i + 1).padStart(2, '0')}`,
			column: 'PM10',
			before: 40
		}));
		expect(formatLoss(lost, 2)).toBe('2024-01-01 PM10 (was 40), 2024-01-02 PM10 (was 40), … and 8 more');
	});
});
