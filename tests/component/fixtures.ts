import { buildDataset } from '../../src/lib/pipeline/build';
import { dataWith, memoryReader } from '../unit/pipeline/helpers';
import { overwriteGetLocale } from '../../src/lib/paraglide/runtime';
import type { Locale } from '../../src/lib/text/format';

/** The minimal test dataset (tests/fixtures/data/minimal.ts), built by the real pipeline. */
export const testDataset = buildDataset(memoryReader(dataWith())).dataset;
export const testSources = Object.fromEntries(testDataset.sources.map((s) => [s.id, s]));

/** Renders messages in the given language for the rest of the test. */
export function useLocale(locale: Locale) {
	overwriteGetLocale(() => locale);
}
