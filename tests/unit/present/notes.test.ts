import { describe, expect, test } from 'vitest';
import {
	changePhrase,
	classesNote,
	groupNote,
	metricNote,
	previousNote,
	slideNotes
} from '../../../src/lib/present/notes';
import type { ClassesItem, GroupItem, MetricItem } from '../../../src/lib/present/model';
import type { Unit } from '../../../src/lib/data/types';

type Change = MetricItem['change'];

/** A metric item as buildDeck makes it, with only what a test varies. */
function item(options: {
	label?: [string, string];
	value: number;
	decimals: number;
	unit: Unit;
	change?: Change;
	previous?: MetricItem['previous'];
	related?: MetricItem['related'];
}): MetricItem {
	const [zh, en] = options.label ?? ['综合指数', 'Composite index'];
	return {
		kind: 'metric',
		id: 'm',
		label: { zh, en },
		shortLabel: null,
		year: 2024,
		current: { value: options.value, decimals: options.decimals, unit: options.unit },
		change: options.change ?? null,
		previous: options.previous ?? null,
		related: options.related ?? [],
		sourceIds: ['doc']
	};
}
const change = (value: number, decimals: number, unit: Unit, direction: NonNullable<Change>['direction']) => ({
	value,
	decimals,
	unit,
	direction
});

describe('metricNote: one sentence per figure, from the figure', () => {
	test.each([
		{
			name: 'an index that improved (percent change)',
			item: item({ value: 2.34, decimals: 2, unit: 'index', change: change(-10.3, 1, 'percent_change', 'better') }),
			zh: '综合指数2.34，同比改善10.3%。',
			en: 'Composite index: 2.34, an improvement of 10.3% on the previous year.'
		},
		{
			name: 'an index that got worse',
			item: item({ value: 2.61, decimals: 2, unit: 'index', change: change(4.2, 1, 'percent_change', 'worse') }),
			zh: '综合指数2.61，同比恶化4.2%。',
			en: 'Composite index: 2.61, a deterioration of 4.2% on the previous year.'
		},
		{
			name: 'an index change in index points',
			item: item({ value: 3.31, decimals: 2, unit: 'index', change: change(-0.06, 2, 'index_points', 'better') }),
			zh: '综合指数3.31，同比改善0.06。',
			en: 'Composite index: 3.31, an improvement of 0.06 on the previous year.'
		},
		{
			name: 'a rank that moved up',
			item: item({
				label: ['全国排名', 'National rank'],
				value: 3,
				decimals: 0,
				unit: 'rank',
				change: change(4, 0, 'places', 'better')
			}),
			zh: '全国排名第3位，同比上升4位。',
			en: 'National rank: 3rd, up 4 places on the previous year.'
		},
		{
			name: 'a rank that moved down one place',
			item: item({
				label: ['全国排名', 'National rank'],
				value: 9,
				decimals: 0,
				unit: 'rank',
				change: change(-1, 0, 'places', 'worse')
			}),
			zh: '全国排名第9位，同比下降1位。',
			en: 'National rank: 9th, down 1 place on the previous year.'
		},
		{
			name: 'a share up in percentage points (never "%")',
			item: item({
				label: ['优级率', 'Excellent days'],
				value: 70.8,
				decimals: 1,
				unit: 'percent',
				change: change(10.5, 1, 'percentage_point', 'better')
			}),
			zh: '优级率70.8%，同比上升10.5个百分点。',
			en: 'Excellent days: 70.8%, up 10.5\u00a0percentage points on the previous year.'
		},
		{
			name: 'a concentration down in percent (not judged as an index is)',
			item: item({
				label: ['PM2.5浓度', 'PM2.5'],
				value: 19,
				decimals: 0,
				unit: 'ug_m3',
				change: change(-5, 1, 'percent_change', 'better')
			}),
			zh: 'PM2.5浓度19\u00a0µg/m³，同比下降5.0%。',
			en: 'PM2.5: 19\u00a0µg/m³, down 5.0% on the previous year.'
		},
		{
			name: 'no change',
			item: item({
				label: ['优良率', 'Good days'],
				value: 99.7,
				decimals: 1,
				unit: 'percent',
				change: change(0, 1, 'percentage_point', 'same')
			}),
			zh: '优良率99.7%，与上年持平。',
			en: 'Good days: 99.7%, unchanged on the previous year.'
		},
		{
			name: 'no published change',
			item: item({ label: ['优良率', 'Good days'], value: 99.5, decimals: 1, unit: 'percent' }),
			zh: '优良率99.5%。',
			en: 'Good days: 99.5%.'
		},
		{
			name: 'a related figure',
			item: item({
				label: ['入海排放口达标率', 'Outfalls meeting the standard'],
				value: 100,
				decimals: 0,
				unit: 'percent',
				related: [
					{
						id: 'n',
						label: { zh: '入海排放口数量', en: 'Sea outfalls' },
						figure: { value: 412, decimals: 0, unit: 'count' }
					}
				]
			}),
			zh: '入海排放口达标率100%（入海排放口数量412个）。',
			en: 'Outfalls meeting the standard: 100% (Sea outfalls: 412).'
		}
	])('$name', ({ item, zh, en }) => {
		expect(metricNote(item, 'zh')).toBe(zh);
		expect(metricNote(item, 'en')).toBe(en);
	});

	test('changePhrase is null without a published change', () => {
		expect(changePhrase(item({ value: 1, decimals: 0, unit: 'index' }), 'zh')).toBeNull();
	});
});

describe('previousNote: last year, saying when it is derived', () => {
	test.each([
		{ derived: false, zh: '2023年为2.61。', en: 'In 2023: 2.61.' },
		{
			derived: true,
			zh: '2023年为2.61（由公布的变化推算，非公布值）。',
			en: 'In 2023: 2.61 (derived from the published change, not a published figure).'
		}
	])('derived: $derived', ({ derived, zh, en }) => {
		const it = item({
			value: 2.34,
			decimals: 2,
			unit: 'index',
			previous: { value: 2.61, decimals: 2, unit: 'index', year: 2023, derived, sourceIds: ['x'] }
		});
		expect(previousNote(it, 'zh')).toBe(zh);
		expect(previousNote(it, 'en')).toBe(en);
	});

	test('no previous value, no sentence', () => {
		expect(previousNote(item({ value: 1, decimals: 0, unit: 'index' }), 'en')).toBeNull();
	});
});

describe('groupNote and classesNote', () => {
	const group = (values: number[]): GroupItem => ({
		kind: 'group',
		id: 'g',
		label: 'four_100_title',
		members: values.map((value, i) => ({
			id: `m${i}`,
			label: { zh: `指标${i + 1}`, en: `Metric ${i + 1}` },
			figure: { value, decimals: 0, unit: 'percent' }
		})),
		sourceIds: ['doc']
	});
	const classes = (list: ('II' | 'III')[]): ClassesItem => ({
		kind: 'classes',
		id: 'c',
		label: 'reservoirs_title',
		sites: list.map((c, i) => ({ id: `s${i}`, name: { zh: `${i + 1}号水库`, en: `Reservoir ${i + 1}` }, class: c })),
		sourceIds: ['doc']
	});

	test.each([
		{
			name: 'all equal',
			it: group([100, 100]),
			zh: '水质达标“四个100%”：指标1、指标2均为100%。',
			en: "Water quality: the 'four 100%' — Metric 1; Metric 2: all 100%."
		},
		{
			name: 'different values are each named',
			it: group([100, 98]),
			zh: '水质达标“四个100%”：指标1为100%，指标2为98%。',
			en: "Water quality: the 'four 100%' — Metric 1: 100%; Metric 2: 98%."
		}
	])('group, $name', ({ it, zh, en }) => {
		expect(groupNote(it, 'zh')).toBe(zh);
		expect(groupNote(it, 'en')).toBe(en);
	});

	test.each([
		{
			name: 'one class for all',
			it: classes(['II', 'II']),
			zh: '1号水库、2号水库水质均为II类。',
			en: 'Reservoir 1 and Reservoir 2: Class II.'
		},
		{ name: 'a single site', it: classes(['III']), zh: '1号水库水质为III类。', en: 'Reservoir 1: Class III.' },
		{
			name: 'different classes',
			it: classes(['II', 'III']),
			zh: '1号水库水质为II类，2号水库水质为III类。',
			en: 'Reservoir 1: Class II; Reservoir 2: Class III.'
		}
	])('classes, $name', ({ it, zh, en }) => {
		expect(classesNote(it, 'zh')).toBe(zh);
		expect(classesNote(it, 'en')).toBe(en);
	});
});

describe('slideNotes of slides without figures', () => {
	test('the sources slide counts its sources', () => {
		const slide = { kind: 'sources' as const, id: 's', sources: [] };
		expect(slideNotes(slide, 'zh')).toEqual(['本演示共引用0个来源。']);
		expect(slideNotes(slide, 'en')).toEqual(['This deck cites 0 sources.']);
	});

	test('a problems slide with no problems has no notes', () => {
		expect(slideNotes({ kind: 'problems', id: 'p', year: 2024, rows: [] }, 'en')).toEqual([]);
	});
});
