import { buildDataset } from '../../../src/lib/pipeline/build';
import { memoryReader } from '../../unit/pipeline/helpers';
import { AIR_DATA } from '../../fixtures/data/air';
import { buildChart } from '../../../src/lib/charts/registry';
import type { ChartModel } from '../../../src/lib/charts/kinds';

/** The air test dataset (tests/fixtures/data/air.ts), built by the real pipeline. */
export const airDataset = buildDataset(memoryReader(AIR_DATA)).dataset!;

/** A registered chart's model built from the air test dataset, narrowed to its kind. */
export function airChart<K extends ChartModel['kind']>(id: string, kind: K): Extract<ChartModel, { kind: K }> {
	const model = buildChart(id, airDataset);
	if (model.kind !== kind) throw new Error(`${id} is a ${model.kind} chart, not ${kind}`);
	return model as Extract<ChartModel, { kind: K }>;
}

/** Text of an element with runs of white space collapsed. */
export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of each child element, e.g. the lines of a tooltip or the cells of a table row. */
export const parts = (el: Element | null | undefined) => [...(el?.children ?? [])].map((c) => text(c));
