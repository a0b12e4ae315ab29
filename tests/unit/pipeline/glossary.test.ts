import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { DataError, formatIssue } from '../../../src/lib/pipeline/errors';
import { datasetFiles } from '../../../src/lib/pipeline/outputs';
import { realDataset } from '../map/data';
import { dataWith, memoryReader } from './helpers';

const HEADER = 'id,term_zh,term_en,definition_zh,definition_en,source_id';

function issues(changes: Parameters<typeof dataWith>[0]): string[] {
	try {
		buildDataset(memoryReader(dataWith(changes)));
		return [];
	} catch (error) {
		if (error instanceof DataError) return error.issues.map(formatIssue);
		throw error;
	}
}

describe('data/text/glossary.csv (the terms the site uses, explained)', () => {
	test('is validated and published as glossary.json', () => {
		const { dataset } = buildDataset(memoryReader(dataWith()));
		expect(dataset.glossary).toEqual([
			{
				id: 'aqi',
				term: { zh: '空气质量指数', en: 'Air quality index' },
				definition: { zh: '说明', en: 'Definition, with a comma' },
				sourceId: 'doc-a'
			}
		]);
		expect(JSON.parse(datasetFiles(dataset)['dataset.json']!).glossary).toEqual(dataset.glossary);
	});

	test.each([
		{
			name: 'an unknown source id',
			csv: `${HEADER}\naqi,指数,Index,说明,Definition,doc-x`,
			expected: 'data/text/glossary.csv:2:6 source_id: got "doc-x", expected the id of a source in data/sources.csv'
		},
		{
			name: 'an id that cannot be an anchor',
			csv: `${HEADER}\nAQI term,指数,Index,说明,Definition,doc-a`,
			expected: 'data/text/glossary.csv:2:1 id: got "AQI term"'
		},
		{
			name: 'a duplicated id',
			csv: `${HEADER}\naqi,指数,Index,说明,Definition,doc-a\naqi,指数,Index,说明,Definition,doc-a`,
			expected: 'data/text/glossary.csv:3:1 id: got "aqi", expected a unique value (also at line 2)'
		},
		{
			name: 'a missing English definition',
			csv: `${HEADER}\naqi,指数,Index,说明,,doc-a`,
			expected: 'data/text/glossary.csv:2:5 definition_en'
		},
		{
			name: 'a missing file',
			csv: null,
			expected: 'data/text/glossary.csv:1 (file): got "(missing or unreadable)"'
		}
	])('$name is reported with file, line and column', ({ csv, expected }) => {
		expect(issues({ 'text/glossary.csv': csv }).join('\n')).toContain(expected);
	});
});

describe('the real glossary', () => {
	const byId = new Map(realDataset.glossary.map((t) => [t.id, t]));
	const sources = new Map(realDataset.sources.map((s) => [s.id, s]));

	test('has every term the site uses, each explained in both languages', () => {
		const required = [
			'aqi',
			'iaqi',
			'primary-pollutant',
			'pm25',
			'pm10',
			'o3-8h',
			'composite-index',
			'good-day-rate',
			'excellent-day-rate',
			'percentage-point',
			'gb3838-classes',
			'worse-than-v',
			'gb3097-classes',
			'worse-than-4',
			'monitoring-section',
			'national-control',
			'reference-station',
			'composite-ranking',
			'litter-density',
			'approximate-position',
			'derived-value',
			'computed-value',
			'gcj02-wgs84'
		];
		expect([...byId.keys()].sort()).toEqual([...required].sort());
		for (const term of realDataset.glossary) {
			expect(term.definition.zh.length, term.id).toBeGreaterThan(20);
			expect(term.definition.en.length, term.id).toBeGreaterThan(40);
			// Chinese text in the zh column, none in the en column (names in brackets excepted).
			expect(term.definition.zh, term.id).toMatch(/[\u4e00-\u9fff]/);
			expect(term.definition.en.replace(/[（(][^）)]*[）)]/g, ''), term.id).not.toMatch(/[\u4e00-\u9fff]{3}/);
		}
	});

	test.each([
		{ id: 'aqi', source: 'std-hj-633-2012' },
		{ id: 'iaqi', source: 'std-hj-633-2012' },
		{ id: 'pm25', source: 'std-gb-3095-2012' },
		{ id: 'gb3838-classes', source: 'std-gb-3838-2002' },
		{ id: 'worse-than-v', source: 'std-gb-3838-2002' },
		{ id: 'gb3097-classes', source: 'std-gb-3097-1997' },
		{ id: 'composite-index', source: 'std-city-ranking-rules' }
	])('$id rests on the standard ($source), an official document read via a cited copy', ({ id, source }) => {
		expect(byId.get(id)?.sourceId).toBe(source);
		const row = sources.get(source)!;
		expect(row.kind).toBe('official_document');
		expect(row.note.en).toMatch(/docs\/standards\.md/);
	});

	test('the registry has every standard the site computes with', () => {
		for (const id of [
			'std-hj-633-2012',
			'std-hj-633-2026',
			'std-gb-3095-2012',
			'std-gb-3095-2026',
			'std-gb-3838-2002',
			'std-gb-3097-1997',
			'std-hj-663-2013'
		]) {
			expect(sources.get(id)?.kind, id).toBe('official_document');
			expect(sources.get(id)?.note.zh, id).toMatch(/docs\/standards\.md/);
		}
	});

	test('numbers in the definitions agree with the standards engine', async () => {
		const { LIMITS, BREAKPOINTS_2012, BREAKPOINTS_2026 } = await import('../../../src/lib/standards');
		expect(byId.get('pm25')!.definition.en).toContain(`annual limit is ${LIMITS['2012']['PM2.5']} µg/m³`);
		expect(byId.get('pm10')!.definition.en).toContain(`annual limit is ${LIMITS['2012'].PM10} µg/m³`);
		expect(byId.get('o3-8h')!.definition.en).toContain(`limit is ${LIMITS['2012'].O3} µg/m³`);
		expect(BREAKPOINTS_2012['PM2.5']['24h']![2]).toBe(75);
		expect(BREAKPOINTS_2026['PM2.5']['24h']![2]).toBe(60);
		expect(byId.get('iaqi')!.definition.en).toContain('75 µg/m³ is exactly an IAQI of 100 (60 in the 2026 edition)');
	});
});
