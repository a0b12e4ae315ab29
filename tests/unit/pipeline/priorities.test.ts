import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { DataError, formatIssue } from '../../../src/lib/pipeline/errors';
import { parseCsv } from '../../../src/lib/pipeline/csv';
import { datasetFiles } from '../../../src/lib/pipeline/outputs';
import { dataWith, memoryReader } from './helpers';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const HEADER = 'id,domain,year,text_zh,text_en,source_id,quote';

function issues(changes: Parameters<typeof dataWith>[0]): string[] {
	try {
		buildDataset(memoryReader(dataWith(changes)));
		return [];
	} catch (error) {
		if (error instanceof DataError) return error.issues.map(formatIssue);
		throw error;
	}
}

describe('data/text/priorities.csv (work the founding document names on its problems)', () => {
	test('is validated and published as priorities.json, in the problems’ shape', () => {
		const { dataset } = buildDataset(memoryReader(dataWith()));
		expect(dataset.priorities).toEqual([
			{ id: 'w1', domain: 'air', year: 2024, text: { zh: '工作', en: 'Work' }, sourceId: 'doc-a', quote: '原文' }
		]);
		expect(JSON.parse(datasetFiles(dataset)['dataset.json']!).priorities).toEqual(dataset.priorities);
	});

	test.each([
		{
			name: 'an unknown source id',
			csv: `${HEADER}\nw1,air,2024,工作,Work,doc-x,原文`,
			expected: 'data/text/priorities.csv:2:6 source_id: got "doc-x", expected the id of a source in data/sources.csv'
		},
		{
			name: 'an unknown domain',
			csv: `${HEADER}\nw1,soil,2024,工作,Work,doc-a,原文`,
			expected: 'data/text/priorities.csv:2:2 domain: got "soil"'
		},
		{
			name: 'a missing quote',
			csv: `${HEADER}\nw1,air,2024,工作,Work,doc-a,`,
			expected: 'data/text/priorities.csv:2:7 quote'
		},
		{
			name: 'a missing file',
			csv: null,
			expected: 'data/text/priorities.csv:1 (file): got "(missing or unreadable)"'
		}
	])('$name is reported with file, line and column', ({ csv, expected }) => {
		expect(issues({ 'text/priorities.csv': csv }).join('\n')).toContain(expected);
	});
});

/** The problems and the work named on them, as the tables in data/text/ hold them (their quotes: tests/unit/data/quotes.test.ts). */
describe('data/text/problems.csv and priorities.csv', () => {
	const rows = ['problems.csv', 'priorities.csv'].flatMap((name) => {
		const text = readFileSync(path.join(REPO_ROOT, 'data/text', name), 'utf8');
		const table = parseCsv(name, text);
		const at = (key: string) => table.header.indexOf(key);
		return table.records.map((r) => ({ name, domain: r.cells[at('domain')]! }));
	});

	test('every domain with a named problem has named work, and no work is without a problem', () => {
		const domains = (name: string) => [...new Set(rows.filter((r) => r.name === name).map((r) => r.domain))].sort();
		expect(domains('problems.csv')).toEqual(['air', 'coast', 'water']);
		expect(domains('priorities.csv')).toEqual(domains('problems.csv'));
	});
});
