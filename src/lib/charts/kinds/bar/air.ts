import type { Dataset } from '../../../data/types';
import { AQI_CATEGORIES } from '../../../standards';
import {
	categoryCounts,
	dailySourceIds,
	PRIMARY_POLLUTANTS,
	primaryPollutantCounts,
	yearsWithDays
} from '../../../air/daily';
import { sourcesFor, type ChartPage, type ValueKind } from '../../model';
import { yearLabel } from '../calendar/build';
import type { BarChartModel } from './model';

/**
 * The bar charts of the daily air data, computed from the national network's hourly data: the share
 * of days in each AQI category per year, and how often each pollutant was the primary one.
 */

/**
 * Days per AQI category in each year with daily data, stacked to 100% in the official colours; days
 * without a valid AQI are their own hatched segment. The summary speaks of the latest whole year.
 */
export function aqiCategoryShares(
	dataset: Dataset,
	id: string,
	page: ChartPage,
	years: readonly number[]
): BarChartModel {
	const daily = dataset.monitoring.dailyCity;
	const withDays = yearsWithDays(daily, years);
	const counts = withDays.map((y) => categoryCounts(y.data.days));
	const levels = AQI_CATEGORIES.filter((c) => counts.some((k) => k.levels[c.level] > 0));
	const anyMissing = counts.some((k) => k.missing > 0);
	const latest = withDays.filter((y) => y.whole).at(-1) ?? withDays.at(-1);
	return {
		kind: 'bar',
		page,
		id,
		mode: 'stacked100',
		unit: 'days',
		decimals: 0,
		text: { title: 'air_shares_title', subtitle: 'air_shares_subtitle', summaryLabel: 'air_shares_summary_label' },
		rows: withDays.map((y) => ({ id: String(y.year), label: yearLabel(y.year, y.data.days.length, y.whole) })),
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
		summary: { kind: 'shares', rowId: String(latest?.year ?? '') },
		notes: ['air_shares_note_denominator', 'air_calendar_note_edition_2012', 'air_calendar_note_computed'],
		sources: sourcesFor(
			dataset,
			withDays.flatMap((y) => dailySourceIds(daily, y.year))
		)
	};
}

/**
 * Days on which each pollutant was the primary one, per whole year (a partial year is named in a note,
 * not compared); pollutants that never were are named too.
 */
export function primaryPollutantDays(
	dataset: Dataset,
	id: string,
	page: ChartPage,
	years: readonly number[]
): BarChartModel {
	const daily = dataset.monitoring.dailyCity;
	const all = yearsWithDays(daily, years);
	const whole = all.filter((y) => y.whole);
	const partial = all.filter((y) => !y.whole);
	const counts = whole.map((y) => primaryPollutantCounts(y.data.days));
	const total = (p: (typeof PRIMARY_POLLUTANTS)[number]) => counts.reduce((s, c) => s + c.byPollutant[p], 0);
	const shown = PRIMARY_POLLUTANTS.filter((p) => total(p) > 0).sort((a, b) => total(b) - total(a));
	const never = PRIMARY_POLLUTANTS.filter((p) => total(p) === 0);
	const joint = counts.reduce((s, c) => s + c.joint, 0);
	return {
		kind: 'bar',
		page,
		id,
		mode: 'grouped',
		unit: 'days',
		decimals: 0,
		text: { title: 'air_primary_title', subtitle: 'air_primary_subtitle', summaryLabel: 'air_primary_summary_label' },
		rows: shown.map((p) => ({ id: p, label: { key: `air_pollutant_${p.replace('.', '')}` } })),
		segments: whole.map((y, i) => ({
			id: String(y.year),
			label: yearLabel(y.year, y.data.days.length, true),
			kind: 'computed',
			colour: { series: i }
		})),
		values: shown.map((p) => counts.map((c) => c.byPollutant[p])),
		summary: { kind: 'top', segmentId: String(whole.at(-1)?.year ?? '') },
		notes: [
			{
				key: 'air_primary_note_none',
				params: { counts: whole.map((y, i) => `${y.year}: ${counts[i]!.none}`).join('; ') }
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
			whole.flatMap((y) => dailySourceIds(daily, y.year))
		)
	};
}
