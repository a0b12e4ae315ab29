import { describe, expect, test } from 'vitest';
import { learnContent } from '../../../src/lib/learn/content';
import { floodSeasonQuestion, worksheetQuestions } from '../../../src/lib/learn/worksheet';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { dataWith, memoryReader } from '../pipeline/helpers';
import { realDataset } from '../map/data';

const minimal = buildDataset(memoryReader(dataWith())).dataset;

describe('the classroom: why a flood season can be worse, with 隘头潭’s readings', () => {
	test.each([
		{
			locale: 'en' as const,
			heading: "Why a river's class can be worse in the flood season",
			data: [
				'of the readings saved from Jun 2021 to Dec 2023, 213 of 1,048 (20.3%) in the flood season were worse than class III, against 94 of 1,400 (6.7%) in the dry season',
				'total phosphorus set the class of 240 of 302 (79.5%)',
				"computed by this dashboard from the network's instantaneous readings"
			]
		},
		{
			locale: 'zh' as const,
			heading: '为什么汛期河水的类别会变差',
			data: [
				'汛期有213/1,048（20.3%）劣于Ⅲ类，枯水期只有94/1,400（6.7%）',
				'240/302（79.5%）由总磷决定类别',
				'瞬时读数计算'
			]
		}
	])(
		'$locale: the explanation, then the figures labelled computed, with their sources',
		({ locale, heading, data }) => {
			const flood = learnContent(realDataset, locale).flood!;
			expect(flood.heading).toBe(heading);
			expect(flood.paragraphs).toHaveLength(2);
			for (const d of data) expect(flood.data.text).toContain(d);
			expect(flood.data.sources.map((s) => s.id)).toEqual(['cnemc-water-ecoaudit', 'std-gb-3838-2002']);
		}
	);

	test('data without a dry-season reading of the Xiamen station: no lesson and no question (never filled in)', () => {
		// The minimal fixture holds 隘头潭's 2021-08 and 2021-09 only: both flood season.
		expect(learnContent(minimal, 'en').flood).toBeNull();
		expect(floodSeasonQuestion(minimal, 'en')).toBeNull();
	});
});

describe('the worksheet question on the flood season', () => {
	test.each([
		{
			locale: 'en' as const,
			question: /^At the Aitoutan station, in which season were more readings worse than class III/,
			answer:
				'The flood season: 20.3%, against 6.7% in the dry season, about 3.0 times as many (computed from instantaneous readings).'
		},
		{
			locale: 'zh' as const,
			question: /^隘头潭站的读数中，汛期（4–9月）和枯水期（10–3月）/,
			answer: '汛期更高：20.3%，枯水期6.7%，约为3.0倍（根据瞬时读数计算）。'
		}
	])('$locale', ({ locale, question, answer }) => {
		const q = floodSeasonQuestion(realDataset, locale)!;
		expect(q.question).toMatch(question);
		expect(q.answer).toBe(answer);
		expect(q.sourceIds).toEqual(['cnemc-water-ecoaudit']);
		expect(worksheetQuestions(realDataset, [], locale).map((w) => w.id)).toContain('flood-season');
	});
});
