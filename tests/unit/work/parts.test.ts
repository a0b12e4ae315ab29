/**
 * The year's work cut into parts for slides and embeds (src/lib/work/parts.ts): the packing rule as a
 * table, and on the real data every figure in exactly one part, at most four a part, groups whole,
 * titles within two heading lines, and the declared part counts (chart and slide ids) equal to the cut.
 */
import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { directoryReader } from '../../../src/lib/pipeline/run';
import { workYear } from '../../../src/lib/work/year';
import {
	packGroups,
	WORK_PART_COUNTS,
	WORK_PART_LIST,
	WORK_PART_MAX,
	WORK_TITLE_MAX,
	workPart,
	workPartId,
	workParts
} from '../../../src/lib/work/parts';

const { dataset } = buildDataset(directoryReader('data'));
const year = workYear(dataset, 2024);
const parts = workParts(year);

const g = (id: string, n: number) => ({ id, figures: Array.from({ length: n }, (_, i) => `${id}${i}`) });
const ids = (runs: { id: string; figures: string[] }[][]) =>
	runs.map((r) => r.map((x) => `${x.id}:${x.figures.length}`));

describe('packGroups', () => {
	test.each([
		{ groups: [], max: 4, expected: [] },
		{ groups: [g('a', 1)], max: 4, expected: [['a:1']] },
		{ groups: [g('a', 2), g('b', 2)], max: 4, expected: [['a:2', 'b:2']] },
		{ groups: [g('a', 2), g('b', 3)], max: 4, expected: [['a:2'], ['b:3']] },
		{
			groups: [g('a', 1), g('b', 1), g('c', 3), g('d', 1)],
			max: 4,
			expected: [
				['a:1', 'b:1'],
				['c:3', 'd:1']
			]
		},
		// A group larger than a part is cut into pieces, in order.
		{ groups: [g('a', 6)], max: 4, expected: [['a:4'], ['a:2']] },
		{ groups: [g('a', 4), g('b', 4)], max: 4, expected: [['a:4'], ['b:4']] }
	])('$groups.length groups, at most $max a part → $expected', ({ groups, max, expected }) => {
		expect(ids(packGroups(groups, max))).toEqual(expected);
	});

	test('a run that does not fit starts the next part; a run of one group always stands', () => {
		const short = (run: readonly { id: string }[]) => run.length <= 1;
		expect(ids(packGroups([g('a', 1), g('b', 1), g('c', 1)], 4, short))).toEqual([['a:1'], ['b:1'], ['c:1']]);
	});

	test('a part of fewer than one figure is an error', () => {
		expect(() => packGroups([g('a', 1)], 0)).toThrow(/at least 1/);
	});
});

describe('the parts of 2024', () => {
	test('every figure is in exactly one part, in the document order of its category', () => {
		const inParts = parts.flatMap((p) => p.figures.map((f) => f.id));
		const all = year.categories.flatMap((c) => c.groups.flatMap((x) => x.figures.map((f) => f.id)));
		expect(inParts).toEqual(all);
		expect(inParts).toHaveLength(67);
	});

	test('at most four figures a part, and a group is never split', () => {
		for (const part of parts) {
			expect(part.figures.length, part.id).toBeGreaterThan(0);
			expect(part.figures.length, part.id).toBeLessThanOrEqual(WORK_PART_MAX);
		}
		const groupParts = new Map<string, Set<string>>();
		for (const part of parts)
			for (const f of part.figures) groupParts.set(f.group, (groupParts.get(f.group) ?? new Set()).add(part.id));
		for (const [group, where] of groupParts) expect(where.size, group).toBe(1);
	});

	test('titles state the finding within two heading lines, and name the part', () => {
		for (const part of parts) {
			expect([...part.title.zh].length, part.id).toBeLessThanOrEqual(WORK_TITLE_MAX.zh);
			expect(part.title.en.length, part.id).toBeLessThanOrEqual(WORK_TITLE_MAX.en);
			expect(part.title.zh, part.id).toMatch(/\d/);
			expect(part.name.zh, part.id).toContain(part.label.zh);
			if (part.parts > 1) expect(part.name.en, part.id).toContain(`(${part.part}/${part.parts})`);
		}
		// A category on one part keeps its own finding.
		const noise = workPart(year, 'noise');
		expect(noise.title).toEqual(year.categories.find((c) => c.id === 'noise')!.title);
		expect(noise.name).toEqual({ zh: '2024年工作 · 噪声', en: 'Work in 2024 · Noise' });
	});

	test('the declared counts (chart and slide ids) are the cut of the data', () => {
		const counts = year.categories
			.filter((c) => c.figureCount > 0)
			.map((c) => ({ category: c.id, parts: parts.filter((p) => p.category === c.id).length }));
		expect(WORK_PART_COUNTS).toEqual(counts);
		expect(WORK_PART_LIST.map((p) => p.id)).toEqual(parts.map((p) => p.id));
	});

	test('ids and anchors', () => {
		expect(workPartId('sea_coast', 1, 1)).toBe('work-sea-coast');
		expect(workPartId('enforcement', 2, 6)).toBe('work-enforcement-2');
		expect(workPart(year, 'air', 2)).toMatchObject({
			id: 'work-air-2',
			anchor: 'group-shore-power',
			groups: ['shore-power']
		});
	});

	test('an unknown category or part is an error that says what exists', () => {
		expect(() => workPart(year, 'nope')).toThrow(/No work category "nope" with figures in 2024/);
		// Water's work is in words only: no figures, no part.
		expect(() => workPart(year, 'water')).toThrow(/"water" has 0 part\(s\) in 2024, not part 1/);
		expect(() => workPart(year, 'air', 4)).toThrow(/has 3 part\(s\) in 2024, not part 4/);
	});
});
