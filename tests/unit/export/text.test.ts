import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { breakPieces, dateEnd, latestDate, sidecarText, sourceText, wrapText } from '../../../src/lib/export/text';

/** One unit per character: CJK and Latin alike (a monospace measure). */
const mono = (s: string) => [...s].length;

describe('wrapText', () => {
	test.each([
		{ name: 'empty', text: '', width: 10, expected: [] },
		{ name: 'fits', text: 'short', width: 10, expected: ['short'] },
		{ name: 'words', text: 'the composite index fell', width: 10, expected: ['the', 'composite', 'index fell'] },
		{ name: 'collapses spaces', text: '  a   b  ', width: 10, expected: ['a b'] },
		{
			name: 'CJK breaks between characters',
			text: '空气质量综合指数',
			width: 3,
			expected: ['空气质', '量综合', '指数']
		},
		{ name: 'no closing punctuation at a line start', text: '甲乙丙，丁', width: 3, expected: ['甲乙丙，', '丁'] },
		{ name: 'no opening bracket at a line end', text: '甲乙（丙）', width: 3, expected: ['甲乙', '（丙）'] },
		{
			// Found by the property below: only the leading punctuation stays, the rest of the word wraps.
			name: 'closing punctuation stays, the rest of its word wraps',
			text: '⺀%//<',
			width: 1,
			expected: ['⺀%', '/', '/', '<']
		},
		{ name: 'a bracket closes, the word after it wraps', text: '甲乙丙),and', width: 3, expected: ['甲乙丙),', 'and'] },
		{
			name: 'a long URL is cut',
			text: 'see http://example.org/a',
			width: 8,
			expected: ['see', 'http://e', 'xample.o', 'rg/a']
		},
		{
			name: 'mixed',
			text: '来源：Xiamen Daily（2025）',
			width: 8,
			expected: ['来源：', 'Xiamen ', 'Daily', '（2025）'].map((s) => s.trimEnd())
		}
	])('$name', ({ text, width, expected }) => {
		expect(wrapText(text, width, mono)).toEqual(expected);
	});

	test('keeps every non-space character, in order, and lines stay near the width', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (text, width) => {
				const lines = wrapText(text, width, mono);
				expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
				// A line may run over only by closing punctuation kept at its end (or a bracket carried down).
				for (const line of lines)
					expect(mono(line)).toBeLessThanOrEqual(
						width + 2 + [...line].filter((c) => /[，。、；：？！）》」』】〕…—,.;:?!)\]}%]/.test(c)).length
					);
			})
		);
	});

	test('breakPieces splits CJK per character and keeps spaces with words', () => {
		expect(breakPieces('PM2.5 浓度 down')).toEqual(['PM2.5 ', '浓', '度', ' ', 'down']);
	});
});

describe('dates', () => {
	test.each([
		{ args: ['2013-12/2017-01'], expected: '2017-01' },
		{ args: ['2025-02-18'], expected: '2025-02-18' },
		{ args: [''], expected: '' }
	])('dateEnd($args.0)', ({ args, expected }) => {
		expect(dateEnd(args[0]!)).toBe(expected);
	});
	test.each([
		{ dates: ['2025-02-18', '2025-06', '2024'], expected: '2025-06' },
		{ dates: ['2013-12/2017-01', '2016-06-06'], expected: '2017-01' },
		{ dates: ['', 'P. Wessel'], expected: null },
		{ dates: [], expected: null },
		{ dates: ['2024'], expected: '2024' }
	])('latestDate($dates)', ({ dates, expected }) => {
		expect(latestDate(dates)).toBe(expected);
	});
});

describe('sourceText', () => {
	const sources = [
		{ title: '工作总结', date: '2025-02-18' },
		{ title: 'Mirror', date: '' }
	];
	test.each([
		{ lang: 'zh', label: '来源', expected: '来源：工作总结（2025-02-18）；Mirror' },
		{ lang: 'en', label: 'Sources', expected: 'Sources: 工作总结 (2025-02-18); Mirror' }
	] as const)('$lang', ({ lang, label, expected }) => {
		expect(sourceText(sources, lang, label)).toBe(expected);
	});
	test('no sources, no line', () => {
		expect(sourceText([], 'en', 'Source')).toBe('');
	});
});

describe('sidecarText', () => {
	test('title, page, file, every source with its address, licence', () => {
		const text = sidecarText({
			title: 'Composite index',
			subtitle: 'Lower is cleaner',
			pageUrl: 'https://x.org/en/#c',
			csvFile: 'c.csv',
			sources: [
				{ title: 'Summary', publisher: 'Bureau', date: '2025-02-18', url: '' },
				{ title: 'Report', publisher: 'Daily', date: '2013-12/2017-01', url: 'http://r.example/1' }
			],
			licence: 'Cite the sources.',
			labels: { sources: 'Sources', licence: 'Licence', page: 'Chart page', data: 'Data file', noUrl: '(no address)' }
		});
		expect(text.split('\r\n')).toEqual([
			'Composite index',
			'Lower is cleaner',
			'',
			'Chart page: https://x.org/en/#c',
			'Data file: c.csv',
			'',
			'Sources:',
			'- Summary, Bureau, 2025-02-18',
			'  (no address)',
			'- Report, Daily, 2017-01',
			'  http://r.example/1',
			'',
			'Licence:',
			'Cite the sources.',
			''
		]);
	});
});
