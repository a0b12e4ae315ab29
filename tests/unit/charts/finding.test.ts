import { describe, expect, test } from 'vitest';
import { asHeading, findingTitle } from '../../../src/lib/charts/finding';

describe('the finding title: the first sentence of the computed summary', () => {
	test.each([
		{ summary: '', expected: '' },
		{ summary: '综合指数从2018年的3.1降至2024年的2.34。', expected: '综合指数从2018年的3.1降至2024年的2.34。' },
		{
			summary: '综合指数从2018年的3.1降至2024年的2.34。排名全国第3。',
			expected: '综合指数从2018年的3.1降至2024年的2.34。'
		},
		{ summary: 'No share was published.', expected: 'No share was published.' },
		{
			summary: 'The index fell from 3.1 in 2018 to 2.34 in 2024. Xiamen ranked 3rd.',
			expected: 'The index fell from 3.1 in 2018 to 2.34 in 2024.'
		},
		{
			summary: 'Good days rose from 87.3% in 2021 to 91.7% in 2024. 2022: no published figure.',
			expected: 'Good days rose from 87.3% in 2021 to 91.7% in 2024.'
		},
		{
			summary: 'PM2.5 was 18 µg/m³ in 2024, below the limit of 35 µg/m³.',
			expected: 'PM2.5 was 18 µg/m³ in 2024, below the limit of 35 µg/m³.'
		},
		{ summary: '  Ranked No. 3 in 2024. Up 2 places.  ', expected: 'Ranked No. 3 in 2024.' }
	])('"$summary" → "$expected"', ({ summary, expected }) => {
		expect(findingTitle(summary)).toBe(expected);
	});
});

describe('a sentence as a heading: its closing full stop dropped, nothing else', () => {
	test.each([
		['综合指数降至2.34。', '综合指数降至2.34'],
		['The index fell to 2.34.', 'The index fell to 2.34'],
		[' 2.34 ', '2.34'],
		['综合指数降至2.34', '综合指数降至2.34'],
		['Up 2.5 points!', 'Up 2.5 points!'],
		['一。二。', '一。二']
	])('%j → %j', (sentence, heading) => {
		expect(asHeading(sentence)).toBe(heading);
	});
});
