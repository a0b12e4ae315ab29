import { describe, expect, test } from 'vitest';
import { shortSourceLine } from '../../../src/lib/sources/shortLine';
import type { Source } from '../../../src/lib/data/types';

const source = (id: string, zh: string, en: string): Source => ({
	id,
	title: `${id} full title`,
	short: { zh, en },
	publisher: 'p',
	date: '2024',
	url: '',
	kind: 'official_document',
	reliability: 'high',
	note: { zh: '', en: '' }
});
const summary = source('eeb-2024-summary', '2024年工作总结', '2024 work summary');
const bulletin = source('bulletin-2024', '2024年公报报道', '2024 bulletin report');
const ranking = source('ranking-2022', '2022年城市排名报道', '2022 city ranking report');

describe('the one-line citation', () => {
	test.each([
		{ sources: [], locale: 'zh', expected: '' },
		{ sources: [summary], locale: 'zh', expected: '来源：2024年工作总结' },
		{ sources: [summary], locale: 'en', expected: 'Source: 2024 work summary' },
		{ sources: [summary, bulletin], locale: 'zh', expected: '来源：2024年工作总结等2项' },
		{ sources: [summary, bulletin], locale: 'en', expected: 'Source: 2024 work summary and 1 more' },
		{ sources: [summary, bulletin, ranking], locale: 'zh', expected: '来源：2024年工作总结等3项' },
		{ sources: [summary, bulletin, ranking], locale: 'en', expected: 'Source: 2024 work summary and 2 more' },
		{ sources: [ranking, summary], locale: 'en', expected: 'Source: 2022 city ranking report and 1 more' }
	] as const)('$locale, $sources.length sources → "$expected"', ({ sources, locale, expected }) => {
		expect(shortSourceLine(sources, locale)).toBe(expected);
	});
});
