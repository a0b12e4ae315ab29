import type { Dataset, DailyAir, DailyValueKey, Unit } from '../../data/types';
import { derivedFor, figureFor, yearlySeries } from '../../data/query';
import { AQI_CATEGORIES, limitsFor, versionFor, POLLUTANTS, type Pollutant } from '../../standards';
import {
	categoryCounts,
	isWholeYear,
	minValidDays,
	monthlyExcellentShare,
	PRIMARY_POLLUTANTS,
	primaryPollutantCounts,
	yearDays
} from '../../air/daily';
import { yearRanges } from '../../text/summary';
import {
	sourcesFor,
	type BarChartModel,
	type CalendarChartModel,
	type ChartDefinition,
	type LimitPanelModel,
	type LimitRowModel,
	type LineChartModel,
	type LineSeriesModel,
	type ModelText,
	type SmallMultiplesModel,
	type ValueKind
} from '../model';
import type { ChartPoint } from '../series';

/**
 * Charts on the /air/ page. Published figures come from data/figures/air.csv; values "computed from
 * monitoring data" from the national network's hourly data (dataset.monitoring), always in their own
 * series and labelled so. Ids are stable once published: they name embeds, downloads and slides.
 */

/** Years with daily monitoring data (one calendar each); 2024 has 55 days only. */
export const AIR_CALENDAR_YEARS = [2022, 2023, 2024] as const;
/** Years with at least one annual pollutant statistic (published or computed). */
export const AIR_POLLUTANT_YEARS = [2020, 2022, 2023, 2024] as const;
/** The sample day with station-level data. */
export const AIR_STATION_DAY = '2023-01-20';

const PAGE = 'air' as const;

// ---------------------------------------------------------------- helpers

const yearsOf = (years: number[]) => years.filter((y, i, all) => all.indexOf(y) === i).sort((a, b) => a - b);

/** A metric's published values from `from` to `to` (null where not published). */
function publishedPoints(dataset: Dataset, metric: string, from?: number, to?: number): ChartPoint[] {
	return yearlySeries(dataset, metric, { from, to }).map((p) => ({
		x: p.year,
		y: p.value,
		decimals: p.decimals,
		sourceId: p.sourceId
	}));
}

/** Values derived from a published change, only for years without a published figure (derived never hides published). */
function derivedPoints(dataset: Dataset, metric: string): ChartPoint[] {
	return dataset.derived
		.filter((d) => d.metric === metric && d.scope === 'city' && !figureFor(dataset, metric, d.year))
		.sort((a, b) => a.year - b.year)
		.map((d) => ({ x: d.year, y: d.value, decimals: d.decimals, sourceId: d.sourceIds[0] ?? null }));
}

/** Years of a series without a value, within its first and last x. */
function gapYears(points: ChartPoint[]): number[] {
	return points.filter((p) => p.y === null).map((p) => p.x);
}

function gapNote(series: ModelText, points: ChartPoint[]): ModelText[] {
	const gaps = gapYears(points);
	if (gaps.length === 0) return [];
	const label = typeof series === 'object' && 'zh' in series ? series : null;
	return label
		? [{ key: 'air_gap_note_series', params: { series_zh: label.zh, series_en: label.en, years: yearRanges(gaps) } }]
		: [{ key: 'chart_gap_note', params: { years: yearRanges(gaps) } }];
}

function sourceIdsOf(series: { points: ChartPoint[] }[]): string[] {
	return [...new Set(series.flatMap((s) => s.points.map((p) => p.sourceId)).filter((id): id is string => !!id))];
}

function lineChart(
	dataset: Dataset,
	base: Omit<LineChartModel, 'kind' | 'page' | 'sources' | 'notes'> & { notes: ModelText[] },
	extraSourceIds: string[] = []
): LineChartModel {
	const series = base.series.filter((s) => s.points.length > 0);
	return {
		kind: 'line',
		page: PAGE,
		...base,
		series,
		sources: sourcesFor(dataset, [...sourceIdsOf(series), ...extraSourceIds])
	};
}

const metricLabel = (dataset: Dataset, id: string): { zh: string; en: string } => {
	const metric = dataset.metrics.find((m) => m.id === id);
	if (!metric) throw new Error(`Unknown metric "${id}"`);
	return metric.label;
};

const yearLabel = (year: number, days: number, full: boolean): ModelText =>
	full
		? { key: 'air_year_label', params: { year: String(year) } }
		: { key: 'air_year_partial_label', params: { year: String(year), days: String(days) } };

// ---------------------------------------------------------------- composite index, rank, rates, NO2

const compositeTrend: ChartDefinition = {
	id: 'air-composite-trend',
	build(dataset) {
		const computed = dataset.monitoring.annualComputed.filter((a) => a.compositeIndex !== null);
		const derived = derivedPoints(dataset, 'composite_index');
		const published = yearlySeries(dataset, 'composite_index');
		const years = yearsOf([
			...published.map((p) => p.year),
			...derived.map((p) => p.x),
			...computed.map((a) => a.year)
		]);
		const to = years[years.length - 1];
		const publishedSeries = publishedPoints(dataset, 'composite_index', published[0]?.year, to);
		const series: LineSeriesModel[] = [
			{ id: 'published', label: 'air_series_published', kind: 'published', points: publishedSeries },
			{
				id: 'computed',
				label: 'air_series_computed',
				kind: 'computed',
				labelPosition: 'below',
				points: computed.map((a) => ({
					x: a.year,
					y: a.compositeIndex,
					decimals: 2,
					sourceId: a.sourceIds[0] ?? null
				}))
			},
			{ id: 'derived', label: 'air_series_derived', kind: 'derived', labelPosition: 'below', points: derived }
		];
		const change2020 = figureFor(dataset, 'composite_index_change_pct', 2020);
		return lineChart(
			dataset,
			{
				id: 'air-composite-trend',
				text: { title: 'composite_title', subtitle: 'composite_subtitle', summaryLabel: 'composite_summary_label' },
				unit: 'index',
				xFormat: 'year',
				series,
				references: [],
				annotations: change2020 ? [{ x: 2020, label: 'air_composite_annotation_2020' }] : [],
				invertY: false,
				includeZero: false,
				valueLabels: true,
				summary: { kind: 'trend', seriesId: 'published' },
				notes: [
					...gapNote('air_series_published', publishedSeries),
					...(change2020 ? ['composite_note_2020'] : []),
					'air_composite_note_computed',
					...computed.flatMap((a) => {
						const f = figureFor(dataset, 'composite_index', a.year);
						return f
							? [
									{
										key: 'air_composite_note_rounding',
										params: {
											year: String(a.year),
											published: f.value.toFixed(f.decimals),
											computed: a.compositeIndex!.toFixed(2)
										}
									}
								]
							: [];
					}),
					...(derived.length > 0 ? ['air_note_derived'] : [])
				]
			},
			[...(change2020 ? [change2020.sourceId] : [])]
		);
	}
};

const rankTrend: ChartDefinition = {
	id: 'air-rank-trend',
	build(dataset) {
		const rank168 = publishedPoints(dataset, 'rank_168_cities');
		const rank74 = publishedPoints(dataset, 'rank_74_cities');
		const label168 = metricLabel(dataset, 'rank_168_cities');
		const has2018 = rank168.some((p) => p.x === 2018 && p.y !== null);
		return lineChart(dataset, {
			id: 'air-rank-trend',
			text: { title: 'air_rank_title', subtitle: 'air_rank_subtitle', summaryLabel: 'air_rank_summary_label' },
			unit: 'rank',
			xFormat: 'year',
			series: [
				{ id: 'rank_168_cities', label: label168, kind: 'published', points: rank168 },
				{ id: 'rank_74_cities', label: metricLabel(dataset, 'rank_74_cities'), kind: 'published', points: rank74 }
			],
			references: [],
			annotations: has2018
				? [{ x: 2018, y: rank168.find((p) => p.x === 2018)!.y!, label: 'air_rank_annotation_2018' }]
				: [],
			invertY: true,
			includeZero: false,
			valueLabels: true,
			summary: { kind: 'rank', seriesId: 'rank_168_cities' },
			notes: [
				'air_rank_note_best',
				...gapNote(label168, rank168),
				...(rank74.some((p) => p.y !== null)
					? [
							{
								key: 'air_rank_note_74',
								params: { years: yearRanges(rank74.filter((p) => p.y !== null).map((p) => p.x)) }
							}
						]
					: [])
			]
		});
	}
};

const goodRates: ChartDefinition = {
	id: 'air-good-rates',
	build(dataset) {
		const good = publishedPoints(dataset, 'good_rate_pct');
		const excellent = publishedPoints(dataset, 'excellent_rate_pct');
		const derivedExcellent = derivedPoints(dataset, 'excellent_rate_pct');
		const derivedGood = derivedPoints(dataset, 'good_rate_pct');
		const goodLabel = metricLabel(dataset, 'good_rate_pct');
		const excellentLabel = metricLabel(dataset, 'excellent_rate_pct');
		return lineChart(dataset, {
			id: 'air-good-rates',
			text: { title: 'air_rates_title', subtitle: 'air_rates_subtitle', summaryLabel: 'good_rate_summary_label' },
			unit: 'percent',
			xFormat: 'year',
			series: [
				{ id: 'good_rate_pct', label: goodLabel, kind: 'published', points: good },
				{ id: 'excellent_rate_pct', label: excellentLabel, kind: 'published', points: excellent },
				{
					id: 'excellent_rate_pct_derived',
					label: { key: 'air_series_derived_of', params: { zh: excellentLabel.zh, en: excellentLabel.en } },
					kind: 'derived',
					labelPosition: 'above',
					points: derivedExcellent
				},
				{
					id: 'good_rate_pct_derived',
					label: { key: 'air_series_derived_of', params: { zh: goodLabel.zh, en: goodLabel.en } },
					kind: 'derived',
					labelPosition: 'below',
					points: derivedGood
				}
			],
			references: [],
			annotations: [],
			invertY: false,
			includeZero: false,
			valueLabels: true,
			summary: { kind: 'trend', seriesId: 'good_rate_pct' },
			notes: [
				...gapNote(goodLabel, good),
				...gapNote(excellentLabel, excellent),
				...(derivedExcellent.length + derivedGood.length > 0 ? ['air_note_derived'] : []),
				...[goodLabel, excellentLabel].flatMap((label, i) => {
					const metric = i === 0 ? 'good_rate_pct' : 'excellent_rate_pct';
					// A derived value beside a different published one: only the published one is drawn; say so.
					return dataset.derived
						.filter((d) => d.metric === metric && d.scope === 'city')
						.flatMap((d) => {
							const f = figureFor(dataset, metric, d.year);
							return f && f.value !== d.value
								? [
										{
											key: 'air_rates_note_derived_differs',
											params: {
												series_zh: label.zh,
												series_en: label.en,
												year: String(d.year),
												published: `${f.value.toFixed(f.decimals)}%`,
												derived: `${d.value.toFixed(d.decimals)}%`
											}
										}
									]
								: [];
						});
				})
			]
		});
	}
};

const no2Chart: ChartDefinition = {
	id: 'air-no2',
	build(dataset) {
		const change = dataset.figures
			.filter((f) => f.metric === 'no2_change_pct' && f.scope === 'city')
			.sort((a, b) => a.year - b.year);
		const computed = dataset.monitoring.annualComputed;
		const lastComputed = Math.max(...computed.filter((a) => a.NO2 !== null).map((a) => a.year), -Infinity);
		const firstChange = change[0]?.year ?? lastComputed;
		const from = Math.min(firstChange, lastComputed);
		const points: ChartPoint[] = [];
		for (let year = from; year <= lastComputed; year++) {
			const a = computed.find((c) => c.year === year && c.NO2 !== null);
			points.push({ x: year, y: a ? a.NO2 : null, decimals: 0, sourceId: a?.sourceIds[0] ?? null });
		}
		const limit2012 = limitsFor('2012').NO2;
		// The final GB 3095-2026 limit, in force from 2031 (after the 2026–2030 transition).
		const limitFinal = limitsFor('2026', '2031-01-01').NO2;
		return lineChart(
			dataset,
			{
				id: 'air-no2',
				text: { title: 'air_no2_title', subtitle: 'air_no2_subtitle', summaryLabel: 'air_no2_summary_label' },
				unit: 'ug_m3',
				xFormat: 'year',
				series: [{ id: 'no2_computed', label: 'air_series_computed', kind: 'computed', points }],
				references: [
					{ y: limit2012, label: { key: 'air_no2_reference_2012', params: { limit: String(limit2012) } } },
					{ y: limitFinal, label: { key: 'air_no2_reference_2031', params: { limit: String(limitFinal) } } }
				],
				annotations: change.map((c) => ({
					x: c.year,
					label: {
						key: 'air_no2_annotation_change',
						params: { year: String(c.year), change: `${c.value < 0 ? '−' : '+'}${Math.abs(c.value)}%` }
					}
				})),
				invertY: false,
				includeZero: true,
				valueLabels: true,
				summary: { kind: 'vs-limit', seriesId: 'no2_computed', limit: limit2012 },
				notes: [
					...(gapYears(points).length > 0
						? [{ key: 'air_no2_note_gap', params: { years: yearRanges(gapYears(points)) } }]
						: []),
					...change.map((c) => ({
						key: 'air_no2_note_change',
						params: { year: String(c.year), change: `${c.value < 0 ? '−' : '+'}${Math.abs(c.value)}%` }
					})),
					'air_note_computed_annual',
					'air_no2_note_limits'
				]
			},
			change.map((c) => c.sourceId)
		);
	}
};

// ---------------------------------------------------------------- pollutants against limits

const LIMIT_ROWS: {
	pollutant: Pollutant;
	statistic: LimitRowModel['statistic'];
	unit: LimitRowModel['unit'];
	computed: 'SO2' | 'NO2' | 'PM10' | 'PM2_5' | 'CO_p95' | 'O3_8h_p90';
	published: string | null;
}[] = [
	{ pollutant: 'SO2', statistic: 'annual_mean', unit: 'ug_m3', computed: 'SO2', published: null },
	{ pollutant: 'NO2', statistic: 'annual_mean', unit: 'ug_m3', computed: 'NO2', published: 'no2_ugm3' },
	{ pollutant: 'PM10', statistic: 'annual_mean', unit: 'ug_m3', computed: 'PM10', published: 'pm10_ugm3' },
	{ pollutant: 'PM2.5', statistic: 'annual_mean', unit: 'ug_m3', computed: 'PM2_5', published: 'pm25_ugm3' },
	{ pollutant: 'CO', statistic: 'p95_24h', unit: 'mg_m3', computed: 'CO_p95', published: null },
	{ pollutant: 'O3', statistic: 'p90_8h', unit: 'ug_m3', computed: 'O3_8h_p90', published: null }
];

function pollutantPanel(year: number): ChartDefinition {
	const id = `air-pollutants-${year}`;
	return {
		id,
		build(dataset): LimitPanelModel {
			// The limits in force at the end of the year (GB 3095-2012 for every year up to 2025).
			const version = versionFor(`${year}-12-31`);
			const limits = limitsFor(version, `${year}-12-31`);
			const annual = dataset.monitoring.annualComputed.find((a) => a.year === year);
			const rows: LimitRowModel[] = LIMIT_ROWS.map((r) => {
				const values: LimitRowModel['others'] = [];
				const published = r.published ? figureFor(dataset, r.published, year) : undefined;
				if (published)
					values.push({
						value: published.value,
						decimals: published.decimals,
						kind: 'published',
						sourceIds: [published.sourceId]
					});
				const computed = annual?.[r.computed] ?? null;
				if (annual && computed !== null)
					values.push({
						value: computed,
						decimals: r.unit === 'mg_m3' ? 1 : 0,
						kind: 'computed',
						sourceIds: annual.sourceIds
					});
				const derived = r.published ? derivedFor(dataset, r.published, year) : undefined;
				if (derived)
					values.push({
						value: derived.value,
						decimals: derived.decimals,
						kind: 'derived',
						sourceIds: derived.sourceIds
					});
				return {
					pollutant: r.pollutant,
					statistic: r.statistic,
					unit: r.unit,
					limit: limits[r.pollutant],
					value: values[0] ?? null,
					others: values.slice(1),
					validDays: annual && computed !== null ? annual.validDays : null
				};
			});
			ensureOrder(rows.map((r) => r.pollutant));
			const missing = rows.filter((r) => r.value === null).map((r) => r.pollutant);
			const usedSources = rows.flatMap((r) => [r.value, ...r.others]).flatMap((v) => v?.sourceIds ?? []);
			const computedDays = rows.find((r) => r.validDays !== null)?.validDays;
			const tooFew = annual && rows.every((r) => r.validDays === null) ? annual.validDays : null;
			return {
				kind: 'limits',
				page: PAGE,
				id,
				year,
				limitsEdition: version === '2012' ? '2012' : year > 2030 ? '2026-final' : '2026-transition',
				text: {
					title: 'air_pollutants_title',
					subtitle: 'air_pollutants_subtitle',
					summaryLabel: 'air_pollutants_summary_label'
				},
				textParams: { year: String(year) },
				rows,
				notes: [
					'air_pollutants_note_statistics',
					...(computedDays ? [{ key: 'air_pollutants_note_computed', params: { days: String(computedDays) } }] : []),
					...(tooFew !== null
						? [{ key: 'air_pollutants_note_too_few', params: { year: String(year), days: String(tooFew) } }]
						: []),
					...(missing.length > 0
						? [{ key: 'air_pollutants_note_missing', params: { year: String(year), names: missing.join(', ') } }]
						: []),
					...(rows.some((r) => [r.value, ...r.others].some((v) => v?.kind === 'derived'))
						? ['air_pollutants_note_derived']
						: [])
				],
				sources: sourcesFor(dataset, usedSources)
			};
		}
	};
}

function ensureOrder(pollutants: Pollutant[]) {
	if (pollutants.join() !== POLLUTANTS.join()) throw new Error('pollutant rows must follow HJ 633 order');
}

// ---------------------------------------------------------------- daily data: calendar, shares, months, primary

function calendarYears(dataset: Dataset) {
	return AIR_CALENDAR_YEARS.map((year) => ({ year, data: yearDays(dataset.monitoring.dailyCity, year) })).filter(
		(y): y is { year: (typeof AIR_CALENDAR_YEARS)[number]; data: NonNullable<ReturnType<typeof yearDays>> } =>
			y.data !== null
	);
}

const dailySources = (dataset: Dataset, year: number) => [
	...new Set(dataset.monitoring.dailyCity.filter((d) => d.date.startsWith(`${year}-`)).map((d) => d.sourceId))
];

function dailyCalendar(year: number): ChartDefinition {
	const id = `air-daily-calendar-${year}`;
	return {
		id,
		build(dataset): CalendarChartModel {
			const data = yearDays(dataset.monitoring.dailyCity, year);
			const days = data?.days ?? [];
			// No data for the year: an empty range (to before from), so no day is drawn as missing.
			const from = data?.from ?? `${year}-01-01`;
			const to = data?.to ?? `${year - 1}-12-31`;
			const missing = days.filter((d) => d.aqi === null).map((d) => d.date);
			const edition = data?.edition ?? versionFor(from);
			return {
				kind: 'calendar',
				page: PAGE,
				id,
				year,
				from,
				to,
				days,
				edition,
				text: {
					title: 'air_calendar_title',
					subtitle: 'air_calendar_subtitle',
					summaryLabel: 'air_calendar_summary_label'
				},
				textParams: { year: String(year) },
				notes: [
					...(data && !isWholeYear(year, from, to, days.length)
						? [{ key: 'air_calendar_note_partial', params: { from, to, days: String(days.length) } }]
						: []),
					...(missing.length > 0 ? [{ key: 'air_calendar_note_missing', params: { dates: missing.join(', ') } }] : []),
					edition === '2012' ? 'air_calendar_note_edition_2012' : 'air_calendar_note_edition_2026',
					'air_calendar_note_computed'
				],
				sources: sourcesFor(dataset, dailySources(dataset, year))
			};
		}
	};
}

const categoryShares: ChartDefinition = {
	id: 'air-category-shares',
	build(dataset): BarChartModel {
		const years = calendarYears(dataset);
		const counts = years.map((y) => categoryCounts(y.data.days));
		const levels = AQI_CATEGORIES.filter((c) => counts.some((k) => k.levels[c.level] > 0));
		const anyMissing = counts.some((k) => k.missing > 0);
		const full = years.filter((y) => isWholeYear(y.year, y.data.from, y.data.to, y.data.days.length));
		const latestFull = full[full.length - 1] ?? years[years.length - 1];
		return {
			kind: 'bar',
			page: PAGE,
			id: 'air-category-shares',
			mode: 'stacked100',
			unit: 'days',
			decimals: 0,
			text: { title: 'air_shares_title', subtitle: 'air_shares_subtitle', summaryLabel: 'air_shares_summary_label' },
			rows: years.map((y) => ({
				id: String(y.year),
				label: yearLabel(y.year, y.data.days.length, isWholeYear(y.year, y.data.from, y.data.to, y.data.days.length))
			})),
			segments: [
				...levels.map((c) => ({
					id: `level-${c.level}`,
					label: { zh: c.zh, en: c.en },
					kind: 'computed' as ValueKind,
					colour: { aqiLevel: c.level }
				})),
				...(anyMissing
					? [
							{
								id: 'missing',
								label: 'chart_no_valid_aqi',
								kind: 'computed' as ValueKind,
								colour: { missing: true as const }
							}
						]
					: [])
			],
			values: counts.map((k) => [...levels.map((c) => k.levels[c.level]), ...(anyMissing ? [k.missing] : [])]),
			summary: { kind: 'shares', rowId: String(latestFull?.year ?? '') },
			notes: ['air_shares_note_denominator', 'air_calendar_note_edition_2012', 'air_calendar_note_computed'],
			sources: sourcesFor(
				dataset,
				years.flatMap((y) => dailySources(dataset, y.year))
			)
		};
	}
};

const monthlyPattern: ChartDefinition = {
	id: 'air-monthly-pattern',
	build(dataset) {
		const years = calendarYears(dataset);
		const invalid: ModelText[] = [];
		const series: LineSeriesModel[] = years.map((y) => {
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
			const sourceId = dailySources(dataset, y.year)[0] ?? null;
			return {
				id: String(y.year),
				label: yearLabel(y.year, y.data.days.length, isWholeYear(y.year, y.data.from, y.data.to, y.data.days.length)),
				kind: 'computed',
				points: months.map((mo) => ({ x: mo.month, y: mo.share, decimals: 1, sourceId }))
			};
		});
		const full = years.filter((y) => isWholeYear(y.year, y.data.from, y.data.to, y.data.days.length));
		const summaryYear = String((full[full.length - 1] ?? years[years.length - 1])?.year ?? '');
		return lineChart(dataset, {
			id: 'air-monthly-pattern',
			text: { title: 'air_monthly_title', subtitle: 'air_monthly_subtitle', summaryLabel: 'air_monthly_summary_label' },
			unit: 'percent',
			xFormat: 'month',
			series,
			references: [],
			annotations: [],
			invertY: false,
			includeZero: true,
			valueLabels: false,
			summary: { kind: 'peak', seriesId: summaryYear },
			notes: ['air_monthly_note_validity', ...invalid, 'air_calendar_note_computed']
		});
	}
};

const primaryPollutants: ChartDefinition = {
	id: 'air-primary-pollutants',
	build(dataset): BarChartModel {
		const all = calendarYears(dataset);
		const years = all.filter((y) => isWholeYear(y.year, y.data.from, y.data.to, y.data.days.length));
		const partial = all.filter((y) => !isWholeYear(y.year, y.data.from, y.data.to, y.data.days.length));
		const counts = years.map((y) => primaryPollutantCounts(y.data.days));
		const total = (p: (typeof PRIMARY_POLLUTANTS)[number]) => counts.reduce((s, c) => s + c.byPollutant[p], 0);
		const shown = PRIMARY_POLLUTANTS.filter((p) => total(p) > 0).sort((a, b) => total(b) - total(a));
		const never = PRIMARY_POLLUTANTS.filter((p) => total(p) === 0);
		const joint = counts.reduce((s, c) => s + c.joint, 0);
		return {
			kind: 'bar',
			page: PAGE,
			id: 'air-primary-pollutants',
			mode: 'grouped',
			unit: 'days',
			decimals: 0,
			text: { title: 'air_primary_title', subtitle: 'air_primary_subtitle', summaryLabel: 'air_primary_summary_label' },
			rows: shown.map((p) => ({ id: p, label: { key: `air_pollutant_${p.replace('.', '')}` } })),
			segments: years.map((y, i) => ({
				id: String(y.year),
				label: yearLabel(y.year, y.data.days.length, true),
				kind: 'computed',
				colour: { series: i }
			})),
			values: shown.map((p) => counts.map((c) => c.byPollutant[p])),
			summary: { kind: 'top', segmentId: String(years[years.length - 1]?.year ?? '') },
			notes: [
				{
					key: 'air_primary_note_none',
					params: {
						counts: years.map((y, i) => `${y.year}: ${counts[i]!.none}`).join('; ')
					}
				},
				...(joint > 0 ? [{ key: 'air_primary_note_joint', params: { count: String(joint) } }] : []),
				...(never.length > 0 ? [{ key: 'air_primary_note_never', params: { names: never.join(', ') } }] : []),
				...partial.map((y) => ({
					key: 'air_primary_note_partial',
					params: { year: String(y.year), days: String(y.data.days.length) }
				})),
				'air_calendar_note_computed'
			],
			sources: sourcesFor(
				dataset,
				years.flatMap((y) => dailySources(dataset, y.year))
			)
		};
	}
};

// ---------------------------------------------------------------- stations on the sample day

const STATION_PANELS: { id: string; key: DailyValueKey | 'AQI'; unit: Unit; decimals: number }[] = [
	{ id: 'aqi', key: 'AQI', unit: 'index', decimals: 0 },
	{ id: 'pm25', key: 'PM2_5', unit: 'ug_m3', decimals: 0 },
	{ id: 'pm10', key: 'PM10', unit: 'ug_m3', decimals: 0 },
	{ id: 'no2', key: 'NO2', unit: 'ug_m3', decimals: 0 },
	{ id: 'o3', key: 'O3_8h_max', unit: 'ug_m3', decimals: 0 },
	{ id: 'so2', key: 'SO2', unit: 'ug_m3', decimals: 0 },
	{ id: 'co', key: 'CO', unit: 'mg_m3', decimals: 1 }
];

const stationsDay: ChartDefinition = {
	id: `air-stations-${AIR_STATION_DAY}`,
	build(dataset): SmallMultiplesModel {
		const stations = [...dataset.monitoring.stations].sort((a, b) => a.code.localeCompare(b.code));
		const rows = dataset.monitoring.dailyStations.filter((d) => d.date === AIR_STATION_DAY);
		const city = dataset.monitoring.dailyCity.find((d) => d.date === AIR_STATION_DAY);
		const valueOf = (row: DailyAir | undefined, key: DailyValueKey | 'AQI') =>
			row ? (key === 'AQI' ? row.aqi : row.values[key]) : null;
		const byStation = stations.map((s) => rows.find((r) => r.station === s.code));
		const missing = stations.filter((_, i) => byStation[i] === undefined || byStation[i]!.aqi === null);
		return {
			kind: 'multiples',
			page: PAGE,
			id: `air-stations-${AIR_STATION_DAY}`,
			text: {
				title: 'air_stations_title',
				subtitle: 'air_stations_subtitle',
				summaryLabel: 'air_stations_summary_label'
			},
			textParams: { date: AIR_STATION_DAY },
			items: stations.map((s) => ({ id: s.code, label: s.name })),
			panels: STATION_PANELS.map((p) => {
				const cityValue = valueOf(city, p.key);
				return {
					id: p.id,
					label: `air_stations_panel_${p.id}`,
					unit: p.unit,
					decimals: p.decimals,
					values: byStation.map((row) => valueOf(row, p.key)),
					reference: cityValue === null ? null : { value: cityValue, label: 'air_stations_city' }
				};
			}),
			summary: { panelId: 'aqi', itemsWord: 'air_stations_items' },
			notes: [
				'air_stations_note_sample',
				...missing.map((s) => ({
					key: s.referenceSite ? 'air_stations_note_missing_reference' : 'air_stations_note_missing',
					params: { zh: s.name.zh, en: s.name.en, code: s.code }
				})),
				'air_stations_note_city',
				'air_stations_note_scales',
				'air_calendar_note_computed'
			],
			sources: sourcesFor(dataset, [...new Set([...rows.map((r) => r.sourceId), ...(city ? [city.sourceId] : [])])])
		};
	}
};

/** Charts on the /air/ page (ids are stable once published). */
export const AIR_CHARTS: ChartDefinition[] = [
	compositeTrend,
	rankTrend,
	goodRates,
	no2Chart,
	...AIR_POLLUTANT_YEARS.map(pollutantPanel),
	...AIR_CALENDAR_YEARS.map(dailyCalendar),
	categoryShares,
	monthlyPattern,
	primaryPollutants,
	stationsDay
];
