import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../src/lib/pipeline/csv';
import { formatIssue } from '../../../src/lib/pipeline/errors';
import { validateTable } from '../../../src/lib/pipeline/table';
import {
	decimal,
	identifier,
	integer,
	oneOf,
	optionalText,
	orEmpty,
	partialDate,
	optionalUrl
} from '../../../src/lib/data/schema/cells';

const columns = { year: integer(1980, 2100), metric: identifier(), value: decimal(), note: optionalText() };
const check = (text: string) => validateTable(parseCsv('data/t.csv', text), columns);

describe('validateTable', () => {
	test('valid rows come out typed, with their lines and published decimals', () => {
		const { rows, issues } = check('year,metric,value,note\n2024,rate,99.50,x\n2023,rate,-3,');
		expect(issues).toEqual([]);
		expect(rows).toEqual([
			{ line: 2, row: { year: 2024, metric: 'rate', value: { value: 99.5, decimals: 2 }, note: 'x' } },
			{ line: 3, row: { year: 2023, metric: 'rate', value: { value: -3, decimals: 0 }, note: '' } }
		]);
	});

	test.each([
		{
			name: 'bad number',
			text: 'year,metric,value,note\n2024,rate,9o.5,',
			expected: 'data/t.csv:2:3 value: got "9o.5", expected a number'
		},
		{
			name: 'number with unit',
			text: 'year,metric,value,note\n2024,rate,99.5%,',
			expected: 'data/t.csv:2:3 value: got "99.5%"'
		},
		{
			name: 'thousands separator',
			text: 'year,metric,value,note\n2024,rate,"1,000",',
			expected: 'data/t.csv:2:3 value: got "1,000"'
		},
		{
			name: 'year out of range',
			text: 'year,metric,value,note\n1850,rate,1,',
			expected: 'data/t.csv:2:1 year: got "1850", expected a whole number between 1980 and 2100'
		},
		{
			name: 'empty required cell',
			text: 'year,metric,value,note\n2024,,1,',
			expected: 'data/t.csv:2:2 metric: got ""'
		},
		{
			name: 'ragged row',
			text: 'year,metric,value,note\n2024,rate,1',
			expected: 'data/t.csv:2 (row): got "3 cells", expected 4 cells'
		},
		{
			name: 'missing column',
			text: 'year,metric,note\n2024,rate,',
			expected: 'data/t.csv:1 (header): got "year,metric,note", expected a column named "value"'
		},
		{
			name: 'unknown column',
			text: 'year,metric,value,note,extra\n2024,rate,1,,',
			expected: 'data/t.csv:1:5 (header): got "extra"'
		},
		{
			name: 'duplicated column',
			text: 'year,metric,value,note,value\n2024,rate,1,,2',
			expected: 'data/t.csv:1:5 (header): got "value", expected each column once (also column 3)'
		}
	])('$name', ({ text, expected }) => {
		const { issues } = check(text);
		expect(issues.map(formatIssue).join('\n')).toContain(expected);
	});

	test('every problem in every row is reported, not just the first', () => {
		const { rows, issues } = check('year,metric,value,note\nyear,rate,x,\n2024,Rate!,1,\n2024,ok,1,\n2024,rate,1.2.3,');
		expect(rows.map((r) => r.line)).toEqual([4]);
		expect(issues.map((i) => `${i.line}:${i.column}`)).toEqual(['2:1', '2:3', '3:2', '5:3']);
	});

	test('columns may come in any order', () => {
		const { rows, issues } = check('note,value,metric,year\n,1,rate,2024');
		expect(issues).toEqual([]);
		expect(rows[0]!.row.year).toBe(2024);
	});
});

describe('cell schemas', () => {
	const ok = <T>(schema: Parameters<typeof validateTable>[1][string], input: string) => {
		const { rows, issues } = validateTable(parseCsv('c.csv', `c,d\n"${input}",x`), { c: schema, d: optionalText() });
		return issues.length === 0 ? (rows[0]!.row.c as T) : undefined;
	};
	test.each([
		{ schema: partialDate(), input: '2025', out: '2025' },
		{ schema: partialDate(), input: '2025-02-18', out: '2025-02-18' },
		{ schema: partialDate(), input: '2013-12/2017-01', out: '2013-12/2017-01' },
		{ schema: partialDate(), input: '2025-13', out: undefined },
		{ schema: partialDate(), input: '18/02/2025', out: undefined },
		{ schema: optionalUrl(), input: '', out: '' },
		{ schema: optionalUrl(), input: 'https://example.org/a?b=1', out: 'https://example.org/a?b=1' },
		{ schema: optionalUrl(), input: 'javascript:alert(1)', out: undefined },
		{ schema: optionalUrl(), input: 'example.org', out: undefined },
		{ schema: oneOf(['a', 'b'] as const), input: 'b', out: 'b' },
		{ schema: oneOf(['a', 'b'] as const), input: 'c', out: undefined },
		{ schema: orEmpty(oneOf(['higher', 'lower'] as const)), input: '', out: null },
		{ schema: orEmpty(oneOf(['higher', 'lower'] as const)), input: 'lower', out: 'lower' },
		{ schema: orEmpty(oneOf(['higher', 'lower'] as const)), input: 'up', out: undefined },
		{ schema: decimal(), input: '+1.50', out: { value: 1.5, decimals: 2 } },
		{ schema: decimal(), input: '1e3', out: undefined },
		{ schema: decimal(), input: 'NaN', out: undefined }
	])('$input', ({ schema, input, out }) => {
		expect(ok(schema, input)).toEqual(out);
	});
});
