import { describe, expect, it } from 'vitest';
import { ImportError } from '$lib/pipeline/importError';
import { mergeRecords } from '$lib/pipeline/merge';
import { checkNoShrink } from '$lib/pipeline/water/importer';
import type { WaterMonth } from '$lib/data/schema/waterNetwork';
import { counts } from './helpers';

/**
 * The surface-water import's merge rule on the pipeline's one merge (src/lib/pipeline/merge.ts): by station and
 * month, a covered station-month comes from the import, `--replace` covers everything.
 */
interface Row {
	station: string;
	time: string;
	class: string;
}
const r = (station: string, time: string, cls = 'II'): Row => ({ station, time, class: cls });
const key = (x: Row) => `${x.station} ${x.time}`;
const unit = (x: Row) => `${x.station} ${x.time.slice(0, 7)}`;
const covered = (...units: string[]) => new Set(units);
const m = (station: string, month: string, readings: number, maintenance = 0) =>
	({ station, month, readings, maintenance, notOperating: 0 }) as WaterMonth;

/** The water import's merge of one table: `--replace` covers every unit, else the station-months it holds. */
function mergeTable(t: { existing: Row[] | null; fresh: Row[] }, c: Set<string>, replace: boolean) {
	const { records, report } = mergeRecords(t.existing ?? [], t.fresh, {
		key,
		cells: (x) => ({ ...x }),
		covers: (x) => replace || c.has(unit(x))
	});
	return { rows: records, summary: { table: 't', ...counts({ file: 't', report, lost: [] }) } };
}

describe('the water rule on the one merge: updates add, never silently remove', () => {
	const existing = [r('隘头潭', '2022-01-01T00:00'), r('隘头潭', '2022-01-01T04:00'), r('隘头潭', '2023-09-01T00:00')];

	it.each([
		{
			what: 'a later import adds its months and keeps the earlier ones',
			fresh: [r('隘头潭', '2024-01-01T00:00')],
			covered: covered('隘头潭 2024-01'),
			replace: false,
			rows: ['2022-01-01T00:00', '2022-01-01T04:00', '2023-09-01T00:00', '2024-01-01T00:00'],
			summary: { added: 1, changed: 0, unchanged: 0, kept: 3, removed: 0 }
		},
		{
			what: 'the same reading again replaces itself (changed when it differs)',
			fresh: [r('隘头潭', '2022-01-01T00:00', 'III'), r('隘头潭', '2022-01-01T04:00')],
			covered: covered('隘头潭 2022-01'),
			replace: false,
			rows: ['2022-01-01T00:00', '2022-01-01T04:00', '2023-09-01T00:00'],
			summary: { added: 0, changed: 1, unchanged: 1, kept: 1, removed: 0 }
		},
		{
			what: 'a covered month’s row the import no longer has is removed (e.g. a disagreement that is gone)',
			fresh: [r('隘头潭', '2022-01-01T04:00')],
			covered: covered('隘头潭 2022-01'),
			replace: false,
			rows: ['2022-01-01T04:00', '2023-09-01T00:00'],
			summary: { added: 0, changed: 0, unchanged: 1, kept: 1, removed: 1 }
		},
		{
			what: '--replace writes exactly the import and counts what it removes',
			fresh: [r('隘头潭', '2024-01-01T00:00')],
			covered: covered('隘头潭 2024-01'),
			replace: true,
			rows: ['2024-01-01T00:00'],
			summary: { added: 1, changed: 0, unchanged: 0, kept: 0, removed: 3 }
		},
		{
			what: 'into nothing (no table yet): sorted',
			start: null,
			fresh: [r('隘头潭', '2024-01-01T04:00'), r('隘头潭', '2024-01-01T00:00')],
			covered: covered('隘头潭 2024-01'),
			replace: false,
			rows: ['2024-01-01T00:00', '2024-01-01T04:00'],
			summary: { added: 2, changed: 0, unchanged: 0, kept: 0, removed: 0 }
		}
	] as {
		what: string;
		start?: null;
		fresh: Row[];
		covered: Set<string>;
		replace: boolean;
		rows: string[];
		summary: object;
	}[])('$what', ({ start, fresh, covered: c, replace, rows, summary }) => {
		const out = mergeTable({ existing: start === null ? null : existing, fresh }, c, replace);
		expect(out.rows.map((x) => x.time)).toEqual(rows);
		expect(out.summary).toEqual({ table: 't', ...summary });
	});
});

describe('checkNoShrink: a covered month may not lose readings without --replace', () => {
	const existing = [m('隘头潭', '2023-09', 100, 5), m('隘头潭', '2023-10', 150)];

	it('a month with as many or more readings (kept + dropped for status) passes', () => {
		expect(
			checkNoShrink('m.csv', existing, [m('隘头潭', '2023-09', 95, 10), m('隘头潭', '2023-11', 1)], false)
		).toEqual([]);
	});

	it('fewer readings is refused, naming the months', () => {
		expect(() => checkNoShrink('m.csv', existing, [m('隘头潭', '2023-09', 39)], false)).toThrow(
			new ImportError(
				{ file: 'm.csv' },
				'the import would shrink 1 station-month(s): 隘头潭 2023-09 from 105 to 39 readings. These files hold fewer readings of those months than the committed tables: import all the files together, or rerun with --replace to write exactly this import'
			)
		);
	});

	it('--replace lets it through and says what shrinks', () => {
		expect(checkNoShrink('m.csv', existing, [m('隘头潭', '2023-09', 39)], true)).toEqual([
			{ station: '隘头潭', month: '2023-09', from: 105, to: 39 }
		]);
	});

	it('nothing committed yet: nothing can shrink', () => {
		expect(checkNoShrink('m.csv', [], [m('隘头潭', '2023-09', 1)], false)).toEqual([]);
	});
});
