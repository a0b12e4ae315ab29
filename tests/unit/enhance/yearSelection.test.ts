import { describe, expect, test } from 'vitest';
import { yearFromQuery, yearOrDefault } from '../../../src/lib/enhance/yearSelection';

const years = [2020, 2022, 2023, 2024];
describe('yearFromQuery', () => {
	test.each([
		{ search: '?year=2022', expected: 2022 },
		{ search: 'year=2024', expected: 2024 },
		{ search: '?lang=en&year=2020', expected: 2020 },
		{ search: '', expected: 2023 },
		{ search: '?year=', expected: 2023 },
		{ search: '?year=2019', expected: 2023 },
		{ search: '?year=abc', expected: 2023 },
		{ search: '?year=2022.5', expected: 2023 },
		{ search: '?year=1e3', expected: 2023 },
		{ search: '?year=%3Cscript%3E', expected: 2023 },
		{ search: '?year=20222', expected: 2023 }
	])('$search → $expected', ({ search, expected }) => {
		expect(yearFromQuery(search, years, 2023)).toBe(expected);
	});
});

describe('yearOrDefault', () => {
	test.each([
		{ args: [2022, [2022, 2023, 2024], 2023], expected: 2022 },
		{ args: [2020, [2022, 2023, 2024], 2023], expected: 2023 },
		{ args: [2024, [], 2023], expected: 2023 }
	] as const)('$args → $expected', ({ args, expected }) => {
		expect(yearOrDefault(args[0], args[1], args[2])).toBe(expected);
	});
});
