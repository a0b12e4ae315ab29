import type { AnnualComputed, Dataset } from '../../../data/types';
import { figureFor } from '../../../data/query';
import { minValidDays, monthlyExcellentShare, yearsWithDays, dailySourceIds } from '../../../air/daily';
import { limitsFor } from '../../../standards';
import { yearRanges } from '../../../text/dates';
import type { ChartPage, ModelText } from '../../model';
import { yearLabel } from '../calendar/build';
import { lineChart, metricSeries, seriesNotes, yearSpan, gapYears, hasValues } from './build';
import type { LineChartModel, LinePoint, LineSeries } from './model';

/**
 * The line charts of the air data: the composite index (one builder for every page that shows it),
 * the national ranks, the shares of good and excellent days, NO2 against its limits, and the monthly
 * pattern of excellent days. Published figures come from data/figures/air.csv; values "computed from
 * monitoring data" from the national network's hourly data (dataset.monitoring), always in a series
 * of their own and labelled so.
 */

type AnnualKey = 'compositeIndex' | 'NO2';

/**
 * An annual statistic computed from monitoring data as a series: every year from `from` (default its
 * first value) to its last value, a gap where a year has none. No value at all: an empty series.
 */
function computedSeries(
	rows: AnnualComputed[],
	key: AnnualKey,
	series: { id: string; label: ModelText; decimals: number; from?: number; labelSide?: 'above' | 'below' }
): LineSeries {
	const byYear = new Map(rows.filter((a) => a[key] !== null).map((a) => [a.year, a]));
	const years = [...byYear.keys()];
	const span = years.length === 0 ? [] : yearSpan(Math.min(...years, series.from ?? Infinity), Math.max(...years));
	const points = span.map((year): LinePoint => {
		const a = byYear.get(year);
		return a
			? { x: year, y: a[key], decimals: series.decimals, sourceIds: a.sourceIds }
			: { x: year, y: null, decimals: series.decimals, sourceIds: [] };
	});
	return {
		id: series.id,
		label: series.label,
		kind: 'computed',
		marker: 'circle',
		points,
		...(series.labelSide ? { labelSide: series.labelSide } : {})
	};
}

/**
 * The air quality composite index: the published index (derived from a published change where only the
 * change was published), with the year whose change alone was published marked; with `withComputed`,
 * beside it the index this dashboard computes from monitoring data, and where the published and
 * computed values differ by rounding, said so. Every page, embed and slide that shows the composite
 * index builds it here (the overview shows the published index alone; the air page compares).
 */
export function compositeIndexChart(
	dataset: Dataset,
	id: string,
	page: ChartPage,
	options: { withComputed: boolean }
): LineChartModel {
	// Alone, the published index is named by its metric; beside the computed one, by how it came to be.
	const published = metricSeries(dataset, 'composite_index', {
		id: 'published',
		...(options.withComputed ? { label: 'air_series_published' as const } : {})
	});
	const computed = computedSeries(options.withComputed ? dataset.monitoring.annualComputed : [], 'compositeIndex', {
		id: 'computed',
		label: 'air_series_computed',
		decimals: 2,
		labelSide: 'below'
	});
	const change2020 = figureFor(dataset, 'composite_index_change_pct', 2020);
	const rounding = dataset.monitoring.annualComputed.flatMap((a) => {
		const f = figureFor(dataset, 'composite_index', a.year);
		return f && a.compositeIndex !== null
			? [
					{
						key: 'air_composite_note_rounding',
						params: {
							year: String(a.year),
							published: f.value.toFixed(f.decimals),
							computed: a.compositeIndex.toFixed(2)
						}
					}
				]
			: [];
	});
	return lineChart(
		dataset,
		{
			id,
			page,
			text: { title: 'composite_title', subtitle: 'composite_subtitle', summaryLabel: 'composite_summary_label' },
			unit: 'index',
			xFormat: 'year',
			annotations: change2020 ? [{ x: 2020, label: 'air_composite_annotation_2020' }] : [],
			invertY: false,
			includeZero: false,
			valueLabels: true,
			summary: { kind: 'trend', seriesId: 'published' },
			notes: [
				...seriesNotes([published]),
				...(change2020 ? ['composite_note_2020'] : []),
				...(hasValues(computed) ? ['air_composite_note_computed', ...rounding] : [])
			]
		},
		[published, ...(hasValues(computed) ? [computed] : [])],
		change2020 ? [change2020.sourceId] : []
	);
}

/** Xiamen's national rank among the 168 (and earlier the 74) key cities, 1st best. */
export function rankChart(dataset: Dataset, id: string, page: ChartPage): LineChartModel {
	const rank168 = metricSeries(dataset, 'rank_168_cities');
	const rank74 = metricSeries(dataset, 'rank_74_cities');
	const at2018 = rank168.points.find((p) => p.x === 2018 && p.y !== null);
	const years74 = rank74.points.filter((p) => p.y !== null).map((p) => p.x);
	return lineChart(
		dataset,
		{
			id,
			page,
			text: { title: 'air_rank_title', subtitle: 'air_rank_subtitle', summaryLabel: 'air_rank_summary_label' },
			unit: 'rank',
			xFormat: 'year',
			annotations: at2018 ? [{ x: 2018, y: at2018.y!, label: 'air_rank_annotation_2018' }] : [],
			invertY: true,
			includeZero: false,
			valueLabels: true,
			summary: { kind: 'rank', seriesId: 'rank_168_cities' },
			notes: [
				'air_rank_note_best',
				...seriesNotes([rank168, rank74]),
				...(years74.length > 0 ? [{ key: 'air_rank_note_74', params: { years: yearRanges(years74) } }] : [])
			]
		},
		[rank168, rank74].filter(hasValues)
	);
}

/** The shares of good and of excellent days, each published (derived where only a change was). */
export function goodDaysChart(dataset: Dataset, id: string, page: ChartPage): LineChartModel {
	const good = metricSeries(dataset, 'good_rate_pct');
	const excellent = metricSeries(dataset, 'excellent_rate_pct', { labelSide: 'below' });
	// A derived value beside a different published one: only the published one is drawn; say so.
	const differs = [good, excellent].flatMap((s) =>
		(s.besides ?? []).flatMap((d) => {
			const drawn = s.points.find((p) => p.x === d.x);
			return drawn && drawn.y !== null && drawn.y !== d.y
				? [
						{
							key: 'air_rates_note_derived_differs',
							params: {
								series: s.label as { zh: string; en: string },
								year: String(d.x),
								published: `${drawn.y.toFixed(drawn.decimals)}%`,
								derived: `${d.y!.toFixed(d.decimals)}%`
							}
						}
					]
				: [];
		})
	);
	return lineChart(
		dataset,
		{
			id,
			page,
			text: { title: 'air_rates_title', subtitle: 'air_rates_subtitle', summaryLabel: 'good_rate_summary_label' },
			unit: 'percent',
			xFormat: 'year',
			invertY: false,
			includeZero: false,
			valueLabels: true,
			summary: { kind: 'trend', seriesId: 'good_rate_pct' },
			notes: [...seriesNotes([good, excellent]), ...differs]
		},
		[good, excellent]
	);
}

/**
 * The annual mean of NO2 computed from monitoring data against the GB 3095-2012 limit and the final
 * GB 3095-2026 one, with every published change of NO2 marked on its year. The axis starts at the
 * first of those years, so a year between them without a computed value is a visible gap.
 */
export function no2Chart(dataset: Dataset, id: string, page: ChartPage): LineChartModel {
	const changes = dataset.figures
		.filter((f) => f.metric === 'no2_change_pct' && f.scope === 'city')
		.sort((a, b) => a.year - b.year);
	const series = computedSeries(dataset.monitoring.annualComputed, 'NO2', {
		id: 'no2_computed',
		label: 'air_series_computed',
		decimals: 0,
		from: changes[0]?.year
	});
	const gaps = gapYears(series);
	const limit2012 = limitsFor('2012').NO2;
	// The final GB 3095-2026 limit, in force from 2031 (after the 2026–2030 transition).
	const limitFinal = limitsFor('2026', '2031-01-01').NO2;
	const change = (value: number) => `${value < 0 ? '−' : '+'}${Math.abs(value)}%`;
	return lineChart(
		dataset,
		{
			id,
			page,
			text: { title: 'air_no2_title', subtitle: 'air_no2_subtitle', summaryLabel: 'air_no2_summary_label' },
			unit: 'ug_m3',
			xFormat: 'year',
			references: [
				{ y: limit2012, label: { key: 'air_no2_reference_2012', params: { limit: String(limit2012) } } },
				{ y: limitFinal, label: { key: 'air_no2_reference_2031', params: { limit: String(limitFinal) } } }
			],
			annotations: changes.map((c) => ({
				x: c.year,
				label: { key: 'air_no2_annotation_change', params: { year: String(c.year), change: change(c.value) } }
			})),
			invertY: false,
			includeZero: true,
			valueLabels: true,
			summary: { kind: 'vs-limit', seriesId: 'no2_computed', limit: limit2012 },
			notes: [
				...(hasValues(series) ? [] : seriesNotes([series])),
				...(gaps.length > 0 ? [{ key: 'air_no2_note_gap', params: { years: yearRanges(gaps) } }] : []),
				...changes.map((c) => ({
					key: 'air_no2_note_change',
					params: { year: String(c.year), change: change(c.value) }
				})),
				'air_note_computed_annual',
				'air_no2_note_limits'
			]
		},
		[series],
		changes.map((c) => c.sourceId)
	);
}

/**
 * The share of excellent days in each month, one series per year with daily data; a month with too
 * few valid days has no share (a gap, named in the notes). The summary speaks of the latest whole year.
 */
export function monthlyExcellentChart(
	dataset: Dataset,
	id: string,
	page: ChartPage,
	years: readonly number[]
): LineChartModel {
	const daily = dataset.monitoring.dailyCity;
	const withDays = yearsWithDays(daily, years);
	const invalid: ModelText[] = [];
	const series: LineSeries[] = withDays.map((y) => {
		const months = monthlyExcellentShare(y.data.days, y.year);
		for (const mo of months.filter((x) => x.share === null)) {
			invalid.push({
				key: 'air_monthly_note_invalid',
				params: {
					year: String(y.year),
					month: String(mo.month),
					days: String(mo.validDays),
					min: String(minValidDays(mo.month))
				}
			});
		}
		const sourceIds = dailySourceIds(daily, y.year).slice(0, 1);
		return {
			id: String(y.year),
			label: yearLabel(y.year, y.data.days.length, y.whole),
			kind: 'computed',
			marker: 'circle',
			points: months.map((mo) => ({
				x: mo.month,
				y: mo.share,
				decimals: 1,
				sourceIds: mo.share === null ? [] : sourceIds
			}))
		};
	});
	const whole = withDays.filter((y) => y.whole);
	const summaryYear = String((whole.at(-1) ?? withDays.at(-1))?.year ?? '');
	return lineChart(
		dataset,
		{
			id,
			page,
			text: { title: 'air_monthly_title', subtitle: 'air_monthly_subtitle', summaryLabel: 'air_monthly_summary_label' },
			unit: 'percent',
			xFormat: 'month',
			invertY: false,
			includeZero: true,
			valueLabels: false,
			summary: { kind: 'peak', seriesId: summaryYear },
			notes: ['air_monthly_note_validity', ...invalid, 'air_calendar_note_computed']
		},
		series
	);
}
