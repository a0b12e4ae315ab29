import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { memoryReader } from '../pipeline/helpers';
import { AIR_DATA } from '../../fixtures/data/air';
import { AIR_CHARTS } from '../../../src/lib/charts/definitions/air';
import { buildChart, chartIds } from '../../../src/lib/charts/registry';
import { localizeText as resolveText } from '../../../src/lib/server/localizeChart';
import type { ModelText } from '../../../src/lib/charts/model';
import type { ChartModel } from '../../../src/lib/charts/kinds';

const dataset = buildDataset(memoryReader(AIR_DATA)).dataset!;
const build = <K extends ChartModel['kind']>(id: string, kind: K) => {
	const model = buildChart(id, dataset);
	expect(model.kind).toBe(kind);
	return model as Extract<ChartModel, { kind: K }>;
};

/** Every piece of text in a model, so each can be resolved in both languages. */
function texts(model: ChartModel): ModelText[] {
	const out: ModelText[] = [
		model.text.title,
		model.text.summaryLabel,
		...(model.text.subtitle ? [model.text.subtitle] : [])
	];
	out.push(...model.notes);
	if (model.kind === 'line') {
		out.push(
			...model.series.map((s) => s.label),
			...model.references.map((r) => r.label),
			...model.annotations.map((a) => a.label)
		);
	} else if (model.kind === 'bar') {
		out.push(...model.rows.map((r) => r.label), ...model.segments.map((s) => s.label));
	} else if (model.kind === 'multiples') {
		out.push(...model.items.map((i) => i.label), ...model.panels.map((p) => p.label), model.summary.itemsWord);
		out.push(...model.panels.flatMap((p) => (p.reference ? [p.reference.label] : [])));
	}
	return out;
}

describe('air chart definitions', () => {
	test('ids are stable, registered and page-scoped', () => {
		const ids = AIR_CHARTS.map((c) => c.id);
		expect(ids).toEqual([
			'air-composite-trend',
			'air-rank-trend',
			'air-good-rates',
			'air-no2',
			'air-pollutants-2020',
			'air-pollutants-2022',
			'air-pollutants-2023',
			'air-pollutants-2024',
			'air-daily-calendar-2022',
			'air-daily-calendar-2023',
			'air-daily-calendar-2024',
			'air-category-shares',
			'air-monthly-pattern',
			'air-primary-pollutants',
			'air-stations-2023-01-20'
		]);
		for (const id of ids) expect(chartIds()).toContain(id);
	});

	test.each(AIR_CHARTS.map((c) => c.id))(
		'%s: builds, is plain data (no functions), and every text resolves in zh and en',
		(id) => {
			const model = buildChart(id, dataset);
			expect(model.page).toBe('air');
			expect(JSON.parse(JSON.stringify(model))).toEqual(model);
			for (const text of texts(model)) {
				expect(resolveText(text, 'zh')).not.toBe('');
				expect(resolveText(text, 'en')).not.toBe('');
			}
			for (const [sid, source] of Object.entries(model.sources)) expect(source.id).toBe(sid);
		}
	);

	test('composite index: the published series (derived where only a change was published) beside the computed one; the ±0.01 note names both values', () => {
		const model = build('air-composite-trend', 'line');
		const series = Object.fromEntries(model.series.map((s) => [s.id, s]));
		expect(series.published!.kind).toBe('published');
		expect(series.published!.points.map((p) => [p.x, p.y, p.kind])).toEqual([
			[2017, 3.37, 'derived'],
			[2018, 3.31, undefined],
			[2019, null, undefined],
			[2020, null, undefined],
			[2021, null, undefined],
			[2022, null, undefined],
			[2023, 2.61, undefined],
			[2024, 2.34, undefined]
		]);
		expect(series.computed!.points.map((p) => [p.x, p.y])).toEqual([[2023, 2.6]]);
		expect(series.computed!.kind).toBe('computed');
		expect(model.notes).toContainEqual({
			key: 'air_composite_note_rounding',
			params: { year: '2023', published: '2.61', computed: '2.60' }
		});
		expect(model.notes).toContainEqual({ key: 'chart_gap_note', params: { years: '2019–2022' } });
		expect(model.notes).toContain('chart_series_derived_note');
		expect(model.annotations).toEqual([{ x: 2020, label: 'air_composite_annotation_2020' }]);
		expect(model.summary).toEqual({ kind: 'trend', seriesId: 'published' });
	});

	test('rank: inverted axis; the 74-city ranking is its own series; 2018 is annotated (169 cities)', () => {
		const model = build('air-rank-trend', 'line');
		expect(model.invertY).toBe(true);
		expect(model.series.map((s) => s.id)).toEqual(['rank_168_cities', 'rank_74_cities']);
		expect(model.series[1]!.points.map((p) => [p.x, p.y])).toEqual([[2014, 8]]);
		expect(model.annotations).toEqual([{ x: 2018, y: 7, label: 'air_rank_annotation_2018' }]);
		expect(model.notes).toContainEqual({ key: 'air_rank_note_74', params: { years: '2014' } });
	});

	test('rates: derived values only where nothing is published, marked derived in the metric’s own series', () => {
		const model = build('air-good-rates', 'line');
		expect(model.series.map((s) => s.id)).toEqual(['good_rate_pct', 'excellent_rate_pct']);
		const excellent = model.series[1]!;
		expect(excellent.points.filter((p) => p.kind === 'derived').map((p) => [p.x, p.y])).toEqual([[2023, 60.3]]);
		expect(model.series[0]!.points.some((p) => p.kind === 'derived')).toBe(false);
		// The fixture publishes no change of the good-day share, so no derived value can disagree with it.
		expect(
			model.notes.some((n) => typeof n === 'object' && 'key' in n && n.key === 'air_rates_note_derived_differs')
		).toBe(false);
	});

	test('rates: a derived value that differs from the published one is not drawn, and a note says so', () => {
		const variant = buildDataset(
			memoryReader({
				...AIR_DATA,
				'metrics.csv': `${AIR_DATA['metrics.csv']}\ngood_rate_change_pt,air,percentage_point,higher,good_rate_pct,,,优良率变化,Good rate change,说明,Description`,
				'figures/air.csv': `${AIR_DATA['figures/air.csv']}\n2015,good_rate_pct,99.2,percent,city,news-b,,\n2015,good_rate_change_pt,3.8,percentage_point,city,news-b,,`
			})
		).dataset!;
		const model = buildChart('air-good-rates', variant) as Extract<ChartModel, { kind: 'line' }>;
		const good = model.series[0]!;
		expect(good.points.find((p) => p.x === 2014)).toMatchObject({ y: 95.3 });
		expect(good.besides).toEqual([{ x: 2014, y: 95.4, decimals: 1, kind: 'derived', sourceIds: ['news-b'] }]);
		expect(model.notes).toContainEqual({
			key: 'air_rates_note_derived_differs',
			params: { series: { zh: '优良率', en: 'Good rate' }, year: '2014', published: '95.3%', derived: '95.4%' }
		});
	});

	test('NO2: computed means against 40 (GB 3095-2012) and 30 (GB 3095-2026 from 2031); the published 2018 change annotated', () => {
		const model = build('air-no2', 'line');
		expect(model.references.map((r) => r.y)).toEqual([40, 30]);
		expect(model.series[0]!.points.map((p) => [p.x, p.y])).toEqual([
			[2018, null],
			[2019, null],
			[2020, null],
			[2021, null],
			[2022, null],
			[2023, 20]
		]);
		expect(model.annotations[0]).toEqual({
			x: 2018,
			label: { key: 'air_no2_annotation_change', params: { year: '2018', change: '−3.1%' } }
		});
		expect(model.summary).toEqual({ kind: 'vs-limit', seriesId: 'no2_computed', limit: 40 });
		expect(model.sources['news-b']).toBeDefined();
	});

	test('pollutants 2023: computed statistics against the GB 3095-2012 limits; derived values kept beside them', () => {
		const model = build('air-pollutants-2023', 'limits');
		expect(model.limitsEdition).toBe('2012');
		const row = (p: string) => model.rows.find((r) => r.pollutant === p)!;
		expect(row('NO2')).toMatchObject({ limit: 40, value: { value: 20, kind: 'computed' }, validDays: 363 });
		expect(row('CO')).toMatchObject({ limit: 4, statistic: 'p95_24h', value: { value: 0.7, decimals: 1 } });
		expect(row('O3')).toMatchObject({ limit: 160, statistic: 'p90_8h', value: { value: 124 } });
		expect(row('PM2.5').others).toEqual([{ value: 20, decimals: 0, kind: 'derived', sourceIds: ['doc-a'] }]);
	});

	test('pollutants 2024: published figures only; too few days for a computed statistic; the rest named missing', () => {
		const model = build('air-pollutants-2024', 'limits');
		expect(model.rows.filter((r) => r.value).map((r) => [r.pollutant, r.value!.value, r.value!.kind])).toEqual([
			['PM10', 32, 'published'],
			['PM2.5', 19, 'published']
		]);
		expect(model.notes).toContainEqual({ key: 'air_pollutants_note_too_few', params: { year: '2024', days: '55' } });
		expect(model.notes).toContainEqual({
			key: 'air_pollutants_note_missing',
			params: { year: '2024', names: 'SO2, NO2, CO, O3' }
		});
	});

	test('calendar 2023: every day of the data, the missing day noted; 2024 is partial and says so', () => {
		const c2023 = build('air-daily-calendar-2023', 'calendar');
		expect(c2023.days).toHaveLength(365);
		expect(c2023.days.find((d) => d.date === '2023-01-06')).toEqual({
			date: '2023-01-06',
			aqi: 120,
			level: 3,
			primary: ['PM10', 'PM2.5']
		});
		expect(c2023.notes).toContainEqual({ key: 'air_calendar_note_missing', params: { dates: '2023-01-05' } });
		expect(c2023.edition).toBe('2012');
		const c2024 = build('air-daily-calendar-2024', 'calendar');
		expect([c2024.from, c2024.to]).toEqual(['2024-01-01', '2024-01-03']);
		expect(c2024.notes[0]).toEqual({
			key: 'air_calendar_note_partial',
			params: { from: '2024-01-01', to: '2024-01-03', days: '3' }
		});
		const none = build('air-daily-calendar-2022', 'calendar');
		expect(none.days).toEqual([]);
	});

	test('calendar: days with hourly values flagged suspect are named with their number; none, no note', () => {
		const keys = (m: { notes: ModelText[] }) =>
			m.notes.map((n) => (typeof n === 'string' ? n : 'key' in n ? n.key : ''));
		expect(keys(build('air-daily-calendar-2023', 'calendar'))).not.toContain('air_calendar_note_suspect');
		const flagged = {
			...dataset,
			monitoring: {
				...dataset.monitoring,
				dailyCity: dataset.monitoring.dailyCity.map((d) =>
					d.date === '2023-01-06' ? { ...d, suspectHours: 2 } : d.date === '2023-01-02' ? { ...d, suspectHours: 1 } : d
				)
			}
		};
		const model = buildChart('air-daily-calendar-2023', flagged) as { notes: ModelText[] };
		expect(model.notes).toContainEqual({
			key: 'air_calendar_note_suspect',
			params: { dates: '2023-01-02 (1), 2023-01-06 (2)' }
		});
		for (const lang of ['zh', 'en'] as const)
			expect(resolveText({ key: 'air_calendar_note_suspect', params: { dates: 'D' } }, lang)).toContain('D');
	});

	test('category shares: one row per year with data, only the levels that occur, missing days as their own segment', () => {
		const model = build('air-category-shares', 'bar');
		expect(model.mode).toBe('stacked100');
		expect(model.rows.map((r) => r.id)).toEqual(['2023', '2024']);
		expect(model.segments.map((s) => s.id)).toEqual(['level-1', 'level-2', 'level-3', 'missing']);
		expect(model.values).toEqual([
			[339, 24, 1, 1],
			[0, 3, 0, 0]
		]);
		expect(model.rows[1]!.label).toEqual({ key: 'air_year_partial_label', params: { year: '2024', days: '3' } });
		expect(model.summary).toEqual({ kind: 'shares', rowId: '2023' });
	});

	test('monthly pattern: months with too few valid days are gaps with a note', () => {
		const model = build('air-monthly-pattern', 'line');
		expect(model.xFormat).toBe('month');
		const s2023 = model.series.find((s) => s.id === '2023')!;
		expect(s2023.points.slice(0, 2).map((p) => [p.x, p.y])).toEqual([
			[1, 90],
			[2, 92.9]
		]);
		expect(s2023.points).toHaveLength(12);
		const s2024 = model.series.find((s) => s.id === '2024')!;
		expect(s2024.points.map((p) => [p.x, p.y])).toEqual([[1, null]]);
		expect(model.notes).toContainEqual({
			key: 'air_monthly_note_invalid',
			params: { year: '2024', month: '1', days: '3', min: '27' }
		});
		expect(model.summary).toEqual({ kind: 'peak', seriesId: '2023' });
	});

	test('primary pollutants: whole years only, sorted by days; joint days and never-primary pollutants noted', () => {
		const model = build('air-primary-pollutants', 'bar');
		expect(model.segments.map((s) => s.id)).toEqual(['2023']);
		expect(model.rows.map((r) => r.id)).toEqual(['O3', 'NO2', 'PM2.5', 'PM10']);
		expect(model.values).toEqual([[12], [12], [1], [1]]);
		expect(model.notes).toContainEqual({ key: 'air_primary_note_joint', params: { count: '1' } });
		expect(model.notes).toContainEqual({ key: 'air_primary_note_never', params: { names: 'SO2, CO' } });
		expect(model.notes).toContainEqual({ key: 'air_primary_note_partial', params: { year: '2024', days: '3' } });
		expect(model.notes).toContainEqual({ key: 'air_primary_note_none', params: { counts: '2023: 339' } });
	});

	test('stations: sorted by code; a station without data that day is null, never zero; the city value is the reference', () => {
		const model = build('air-stations-2023-01-20', 'multiples');
		expect(model.items.map((i) => i.id)).toEqual(['1286A', '1288A']);
		const aqi = model.panels.find((p) => p.id === 'aqi')!;
		expect(aqi.values).toEqual([null, 48]);
		expect(aqi.reference).toEqual({ value: 60, label: 'air_stations_city' });
		expect(model.notes).toContainEqual({
			key: 'air_stations_note_missing_reference',
			params: { zh: '溪东', en: 'Xidong', code: '1286A' }
		});
	});
});
