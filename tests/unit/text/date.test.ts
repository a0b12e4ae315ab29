import { describe, expect, test } from 'vitest';
import { formatDay } from '../../../src/lib/text/date';

describe('formatDay', () => {
	test.each([
		{ date: '2023-01-20', zh: '2023年1月20日', en: '20 January 2023' },
		{ date: '2024-02-29', zh: '2024年2月29日', en: '29 February 2024' },
		{ date: '', zh: '', en: '' },
		{ date: '2023-1-2', zh: '2023-1-2', en: '2023-1-2' },
		{ date: '2023-13-45', zh: '2023-13-45', en: '2023-13-45' }
	])('"$date"', ({ date, zh, en }) => {
		expect(formatDay(date, 'zh')).toBe(zh);
		expect(formatDay(date, 'en')).toBe(en);
	});
});
