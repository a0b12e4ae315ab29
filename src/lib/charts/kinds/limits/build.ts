import type { Dataset } from '../../../data/types';
import { derivedFor, figureFor } from '../../../data/query';
import { limitsFor, versionFor, POLLUTANTS, type Pollutant } from '../../../standards';
import { sourcesFor, type ChartPage } from '../../model';
import type { LimitRowModel, LimitsChartModel } from './model';

/**
 * Pollutants against their limits: each pollutant's annual statistic, published where a source gives
 * it, computed from monitoring data otherwise (with its valid days), derived from a published change
 * last; every value found for the year is kept (the others are listed beside the one drawn).
 */

/** Which statistic each pollutant is judged by (GB 3095), its unit, and where its values come from. */
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

/** A year's pollutants against the limits in force at its end (GB 3095-2012 for every year up to 2025). */
export function pollutantsAgainstLimits(dataset: Dataset, id: string, page: ChartPage, year: number): LimitsChartModel {
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
		page,
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

function ensureOrder(pollutants: Pollutant[]) {
	if (pollutants.join() !== POLLUTANTS.join()) throw new Error('pollutant rows must follow HJ 633 order');
}
