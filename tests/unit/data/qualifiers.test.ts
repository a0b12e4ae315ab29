import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { directoryReader } from '../../../src/lib/pipeline/run';
import { metricQualifier } from '../../../src/lib/text/qualified';

const { dataset } = buildDataset(directoryReader('data'));

describe('the data marks approximate and lower-bound values in the metric id (README convention)', () => {
	test('a metric labelled 约数/approx. has an id ending in _approx, and the other way round', () => {
		for (const m of dataset.metrics) {
			const saysApprox = m.label.zh.includes('约数') || m.label.en.includes('approx');
			expect(metricQualifier(m.id) === 'approx', m.id).toBe(saysApprox);
		}
	});

	test('a metric labelled 下限/lower bound has an id ending in _min, and the other way round', () => {
		for (const m of dataset.metrics) {
			const saysMin = m.label.zh.includes('下限') || m.label.en.includes('lower bound');
			expect(metricQualifier(m.id) === 'lower_bound', m.id).toBe(saysMin);
		}
	});

	test('a figure whose note quotes 约/大约/逾 belongs to such a metric', () => {
		for (const f of dataset.figures) {
			if (/约|逾/.test(f.note)) expect(metricQualifier(f.metric), `${f.metric} ${f.year}`).not.toBe('exact');
		}
	});

	test('Fujian-wide figures are scoped "fujian", never the city', () => {
		const fujianSources = ['fujian-2023-bulletin-mirror', 'fujian-2024-coastal-release'];
		for (const f of dataset.figures.filter((f) => fujianSources.includes(f.sourceId))) {
			expect(f.scope, `${f.metric} ${f.year}`).toBe('fujian');
		}
	});
});
