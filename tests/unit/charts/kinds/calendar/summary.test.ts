import { describe, expect, test } from 'vitest';
import { calendarSentence } from '../../../../../src/lib/charts/kinds/calendar/summary';

describe('calendarSentence', () => {
	const counts = (l: number[], missing: number) => ({
		levels: { 1: l[0]!, 2: l[1]!, 3: l[2]!, 4: l[3]!, 5: l[4]!, 6: l[5]! },
		missing,
		total: l.reduce((a, b) => a + b, 0) + missing
	});
	test.each([
		{
			name: 'a year with a missing day',
			args: [2023, counts([221, 143, 0, 0, 0, 0], 1)],
			zh: '2023年数据覆盖的365天中，优221天、良143天、污染0天，另有1天没有有效AQI。',
			en: 'Of the 365 days of 2023 covered by the data, 221 were excellent, 143 good and 0 polluted; 1 had no valid AQI.'
		},
		{
			name: 'polluted days add up levels 3–6; a partial year says how many days',
			args: [2024, counts([26, 28, 1, 0, 0, 0], 0)],
			zh: '2024年数据覆盖的55天中，优26天、良28天、污染1天。',
			en: 'Of the 55 days of 2024 covered by the data, 26 were excellent, 28 good and 1 polluted.'
		},
		{
			name: 'every level counted as polluted above 100',
			args: [2022, counts([1, 1, 1, 1, 1, 1], 0)],
			zh: '2022年数据覆盖的6天中，优1天、良1天、污染4天。',
			en: 'Of the 6 days of 2022 covered by the data, 1 were excellent, 1 good and 4 polluted.'
		}
	] as const)('$name', ({ args, zh, en }) => {
		expect(calendarSentence(args[0], args[1], 'zh')).toBe(zh);
		expect(calendarSentence(args[0], args[1], 'en')).toBe(en);
	});
});
