import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { directoryReader } from '../../../src/lib/pipeline/run';
import { classAgreement, limitingParameters, monthlyClassShares, seasonComparison } from '../../../src/lib/water/story';
import {
	agreementNote,
	explanation,
	findingTitle,
	gapNotes,
	monthText,
	parameterName,
	percent,
	shareOf
} from '../../../src/lib/water/text';
import { aitoutanSection } from '../../../src/lib/water/section';

describe('numbers and months in words', () => {
	test.each([
		{ share: 213 / 1048, zh: '20.3%', en: '20.3%' },
		{ share: 0, zh: '0.0%', en: '0.0%' },
		{ share: null, zh: '—', en: '—' }
	])('percent($share)', ({ share, zh, en }) => {
		expect([percent(share, 'zh'), percent(share, 'en')]).toEqual([zh, en]);
	});
	test.each([
		{ c: 240, t: 302, zh: '240/302（79.5%）', en: '240 of 302 (79.5%)' },
		{ c: 1, t: 1400, zh: '1/1,400（0.1%）', en: '1 of 1,400 (0.1%)' },
		{ c: 0, t: 0, zh: '0/0（—）', en: '0 of 0 (—)' }
	])('shareOf($c, $t)', ({ c, t, zh, en }) => {
		expect([shareOf(c, t, 'zh'), shareOf(c, t, 'en')]).toEqual([zh, en]);
	});
	test.each([
		['2022-08', '2022年8月', 'Aug 2022'],
		['2023-12', '2023年12月', 'Dec 2023']
	])('monthText(%s)', (month, zh, en) => expect([monthText(month, 'zh'), monthText(month, 'en')]).toEqual([zh, en]));
	test('parameter names', () => {
		expect([parameterName('TP', 'zh'), parameterName('TP', 'en'), parameterName('DO', 'en')]).toEqual([
			'总磷',
			'total phosphorus',
			'dissolved oxygen'
		]);
	});
});

describe('the 隘头潭 sentences on the committed tables', () => {
	const { months } = buildDataset(directoryReader('data')).dataset.waterNetwork;
	const monthly = monthlyClassShares(months, '隘头潭');
	const seasons = seasonComparison(months, '隘头潭');
	const limiting = limitingParameters(months, '隘头潭');
	test('the finding title states both seasons’ shares', () => {
		expect(findingTitle(seasons, 'zh')).toBe('汛期，隘头潭20.3%的读数劣于Ⅲ类；枯水期为6.7%');
		expect(findingTitle(seasons, 'en')).toBe(
			"Aitoutan's readings worse than class III: flood season 20.3%, dry season 6.7%"
		);
	});
	test('the explanation gives the counts it rests on', () => {
		const en = explanation(monthly, seasons, limiting, 'en');
		expect(en).toContain('Of the 2,448 readings taken in normal operation and saved from Jun 2021 to Dec 2023');
		expect(en).toContain('213 of 1,048 (20.3%) in the flood season');
		expect(en).toContain('against 94 of 1,400 (6.7%) in the dry season');
		expect(en).toContain('each of the 3 years');
		expect(en).toContain('(240 of 302 (79.5%))');
		expect(explanation(monthly, seasons, limiting, 'zh')).toContain('汛期有213/1,048（20.3%）劣于Ⅲ类');
	});
	test('the gap notes name the months without readings and the thin months', () => {
		expect(gapNotes(monthly, 'en')).toEqual([
			'Aug 2022, Sep 2022, Oct 2022 and Aug 2023: no reading at all (snapshots missing); left blank, never filled in.',
			'Jun 2021, Aug 2021, Sep 2021, Oct 2021 and Jan 2022: fewer than 30 readings (a full month has about 180); the shares rest on a few days.'
		]);
		expect(gapNotes(monthly, 'zh')[0]).toBe(
			'2022年8月、2022年9月、2022年10月和2023年8月没有任何读数（快照缺失），图中留空，不做填补。'
		);
	});
	test('the agreement note', () => {
		expect(agreementNote(classAgreement(months, '隘头潭'), 'en')).toMatch(/^2,424 of 2,448 readings compared agree\./);
	});
});

describe('aitoutanSection: the prose of the /water/ section', () => {
	const { dataset } = buildDataset(directoryReader('data'));
	test.each(['zh', 'en'] as const)(
		'%s: the finding as title, the explanation, the computed note, the source',
		(locale) => {
			const s = aitoutanSection(dataset, locale);
			expect(s.station).toBe('隘头潭');
			expect(s.title).toBe(findingTitle(seasonComparison(dataset.waterNetwork.months, '隘头潭'), locale));
			expect(s.explanation).toContain(locale === 'zh' ? '2,448条' : '2,448 readings');
			expect(s.computedNote).toMatch(
				locale === 'zh'
					? /瞬时读数计算，不是断面的月度或年度官方评价/
					: /not the section's official monthly or annual assessment/
			);
			expect(s.sourceIds).toEqual(['cnemc-water-ecoaudit']);
		}
	);
});
