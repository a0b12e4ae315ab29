import { describe, expect, test } from 'vitest';
import { dataset } from '../../../src/lib/server/dataset';
import { buildChart, chartIds } from '../../../src/lib/charts/registry';
import type { AnnualComputed, Dataset } from '../../../src/lib/data/types';

/**
 * Missing data never hangs or silently breaks the build (issue 14): every registered chart is built
 * from the site's data with each series emptied in turn (every metric's figures and derived values,
 * every annual statistic computed from monitoring data) and with each whole table emptied. A chart
 * either builds a plain model (a series without values is a visible, labelled gap) or fails at once
 * with an error that names the chart and the reason. A builder that looped would time the test out.
 */

/** Builds every chart; returns the errors, each of which must name its chart. */
function buildAll(data: Dataset): { id: string; message: string }[] {
	const errors: { id: string; message: string }[] = [];
	for (const id of chartIds()) {
		try {
			const model = buildChart(id, data);
			expect(model.id).toBe(id);
		} catch (error) {
			errors.push({ id, message: error instanceof Error ? error.message : String(error) });
		}
	}
	return errors;
}

/** Every error names its chart and says why it could not be built. */
const expectNamed = (errors: { id: string; message: string }[]) => {
	for (const e of errors) expect(e.message).toMatch(new RegExp(`^Chart "${e.id}" cannot be built: .+`));
};

const ANNUAL_KEYS = ['SO2', 'NO2', 'PM10', 'PM2_5', 'CO_p95', 'O3_8h_p90', 'compositeIndex'] as const;

describe('every chart built from data with a series missing', () => {
	test('the site’s own data: every chart builds', () => {
		expect(buildAll(dataset)).toEqual([]);
	});

	test.each(dataset.metrics.map((m) => m.id))('metric %s emptied', (metric) => {
		const data: Dataset = {
			...dataset,
			figures: dataset.figures.filter((f) => f.metric !== metric),
			derived: dataset.derived.filter((d) => d.metric !== metric)
		};
		expectNamed(buildAll(data));
	});

	test.each(ANNUAL_KEYS)('annual %s computed from monitoring data emptied', (key) => {
		const annualComputed: AnnualComputed[] = dataset.monitoring.annualComputed.map((a) => ({ ...a, [key]: null }));
		const errors = buildAll({ ...dataset, monitoring: { ...dataset.monitoring, annualComputed } });
		// A missing computed series is a labelled gap, not an error.
		expect(errors).toEqual([]);
	});
});

describe('every chart built from data with a whole table missing', () => {
	const tables = (Object.keys(dataset) as (keyof Dataset)[]).filter((k) => Array.isArray(dataset[k]));
	const monitoring = (Object.keys(dataset.monitoring) as (keyof Dataset['monitoring'])[]).filter((k) =>
		Array.isArray(dataset.monitoring[k])
	);

	test.each(tables)('%s emptied', (table) => {
		expectNamed(buildAll({ ...dataset, [table]: [] }));
	});

	test.each(monitoring)('monitoring.%s emptied', (table) => {
		expectNamed(buildAll({ ...dataset, monitoring: { ...dataset.monitoring, [table]: [] } }));
	});

	test('annual statistics emptied: NO2 (the build that once looped for ever) is an empty, labelled series', () => {
		const model = buildChart('air-no2', { ...dataset, monitoring: { ...dataset.monitoring, annualComputed: [] } });
		expect(model.kind).toBe('line');
		if (model.kind !== 'line') return;
		expect(model.series[0]!.points).toEqual([]);
		expect(model.notes).toContainEqual({
			key: 'chart_series_empty_note',
			params: { series: { key: 'air_series_computed' } }
		});
	});
});
