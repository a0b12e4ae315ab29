import type { Dataset } from '../../../data/types';
import { WATER_DECIMALS } from '../../../data/schema/waterNetwork';
import { formatNumber } from '../../../text/format';
import { monthIndex } from '../../../text/dates';
import { parameterAgainstLimits, type LimitParameter } from '../../../water/limits';
import { monthlyClassShares } from '../../../water/story';
import { classKey } from '../class-months/build';
import type { ChartPage, ModelText } from '../../model';
import { lineChart } from './build';
import type { LineChartModel, LinePoint } from './model';

/**
 * A class-setting parameter of a station's readings against its GB 3838-2002 class III, IV and V limits, month
 * by month (issue 16): the median and the worst of the month's instantaneous readings, both computed, each a
 * series with its gaps; the limits are labelled reference lines from the standards engine.
 */
export function parameterLimitsChart(
	dataset: Pick<Dataset, 'waterNetwork' | 'sources'>,
	station: string,
	parameter: LimitParameter,
	chart: { id: string; page: ChartPage; notes?: ModelText[] }
): LineChartModel {
	const network = dataset.waterNetwork;
	const body = network.stations.find((s) => s.station === station)?.body ?? 'river';
	const span = monthlyClassShares(network.months, station);
	const model = parameterAgainstLimits(network.xiamenReadings, parameter, body, { first: span.first, last: span.last });
	const decimals = WATER_DECIMALS[parameter];
	const sourceIds = network.sourceIds;
	const points = (pick: 'median' | 'worst') =>
		model.months.map((m): LinePoint => ({
			x: monthIndex(m.month),
			y: m[pick],
			decimals,
			sourceIds: m[pick] === null ? [] : sourceIds
		}));
	const worstLabel = model.worse === 'higher' ? 'wn_series_max' : 'wn_series_min';
	const n = (v: number) => formatNumber(v, 0, 'en');
	const iii = model.limits[0]!.value;
	return lineChart(
		dataset,
		{
			id: chart.id,
			page: chart.page,
			text: {
				title: `wn_limits_title_${parameter}`,
				subtitle: model.worse === 'higher' ? 'wn_limits_subtitle_max' : 'wn_limits_subtitle_min',
				summaryLabel: `wn_param_${parameter}`
			},
			textParams: { from: span.first, to: span.last },
			unit: 'mg_l',
			xFormat: 'year-month',
			invertY: false,
			includeZero: true,
			valueLabels: false,
			references: model.limits.map((l) => ({
				y: l.value,
				label: { key: 'wn_limit_line', params: { class: { key: classKey(l.class) }, value: String(l.value) } }
			})),
			summary: {
				kind: 'text',
				text: {
					key: model.worse === 'higher' ? 'wn_limits_summary_max' : 'wn_limits_summary_min',
					params: {
						param: { key: `wn_param_${parameter}` },
						limit: String(iii),
						months: n(model.monthsWithValues),
						worse: n(model.medianWorseThanIII.length),
						readings: n(model.readings),
						readingsWorse: n(model.readingsWorseThanIII),
						value: model.extreme ? formatNumber(model.extreme.value, decimals, 'en') : '—',
						time: model.extreme ? model.extreme.time.replace('T', ' ') : '—'
					}
				}
			},
			notes: chart.notes ?? []
		},
		[
			{ id: 'median', label: 'wn_series_median', kind: 'computed', marker: 'circle', points: points('median') },
			{ id: 'worst', label: worstLabel, kind: 'computed', marker: 'square', points: points('worst') }
		]
	);
}
