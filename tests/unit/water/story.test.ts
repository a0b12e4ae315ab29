import { describe, expect, test } from 'vitest';
import type { ClassCounts } from '../../../src/lib/data/schema/waterNetwork';
import type { WaterMonth } from '../../../src/lib/data/types';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { directoryReader } from '../../../src/lib/pipeline/run';
import {
	classAgreement,
	classShares,
	limitingParameters,
	monthlyClassShares,
	monthsBetween,
	seasonComparison
} from '../../../src/lib/water/story';

/** Class counts from a short list `[I, II, III, IV, V, 劣V]` (none: 0). */
const counts = (c: number[], none = 0): ClassCounts => ({
	I: c[0]!,
	II: c[1]!,
	III: c[2]!,
	IV: c[3]!,
	V: c[4]!,
	劣V: c[5]!,
	none
});
const zero = { pH: 0, DO: 0, CODMn: 0, NH3N: 0, TP: 0 };
/** A month of station `s` whose network and recomputed classes are `network` and `computed`. */
function month(
	s: string,
	m: string,
	network: number[],
	computed = network,
	extra: Partial<Pick<WaterMonth, 'limiting' | 'agree' | 'causes'>> = {}
): WaterMonth {
	const readings = network.reduce((a, b) => a + b, 0);
	const mo = Number(m.slice(5));
	return {
		station: s,
		month: m,
		season: mo >= 4 && mo <= 9 ? 'flood' : 'dry',
		readings,
		maintenance: 0,
		notOperating: 0,
		network: counts(network),
		class: counts(computed),
		compared: readings,
		agree: extra.agree ?? readings,
		causes: extra.causes ?? { on_limit: 0, previous_reading: 0, network_worse: 0, network_better: 0 },
		limiting: extra.limiting ?? zero,
		stats: {} as WaterMonth['stats']
	};
}

describe('monthsBetween', () => {
	test.each([
		['2021-11', '2022-02', ['2021-11', '2021-12', '2022-01', '2022-02']],
		['2023-05', '2023-05', ['2023-05']],
		['2023-06', '2023-05', []]
	])('%s … %s', (a, b, expected) => expect(monthsBetween(a, b)).toEqual(expected));
	test('a value that is not a month is an error', () =>
		expect(() => monthsBetween('2021-1', '2021-03')).toThrow('not months'));
});

describe('classShares', () => {
	test.each([
		{ c: [0, 6, 2, 1, 0, 1], classified: 10, worse: 2, share: 0.2 },
		{ c: [0, 0, 0, 0, 0, 0], classified: 0, worse: 0, share: null },
		{ c: [1, 0, 0, 0, 0, 3], classified: 4, worse: 3, share: 0.75 }
	])('$c → $worse of $classified', ({ c, classified, worse, share }) => {
		const s = classShares(counts(c, 5));
		expect([s.classified, s.worseThanIII, s.worseShare]).toEqual([classified, worse, share]);
	});
});

describe('monthlyClassShares', () => {
	test('every month from the first to the last; a month without readings is a gap, a thin month is flagged', () => {
		const model = monthlyClassShares(
			[
				month('A', '2022-03', [0, 40, 0, 0, 0, 0]),
				month('B', '2022-04', [9, 0, 0, 0, 0, 0]),
				month('A', '2021-12', [0, 10, 0, 10, 0, 0], [0, 11, 0, 9, 0, 0]),
				month('A', '2022-01', [0, 1, 0, 0, 0, 0])
			],
			'A'
		);
		expect(model.months.map((m) => [m.month, m.season, m.readings, m.thin, m.network?.worseShare ?? null])).toEqual([
			['2021-12', 'dry', 20, true, 0.5],
			['2022-01', 'dry', 1, true, 0],
			['2022-02', 'dry', null, false, null],
			['2022-03', 'dry', 40, false, 0]
		]);
		expect(model.months[0]!.computed!.counts.II).toBe(11);
		expect(model.gaps).toEqual(['2022-02']);
		expect(model.thin).toEqual(['2021-12', '2022-01']);
		expect([model.first, model.last]).toEqual(['2021-12', '2022-03']);
	});
	test('a station without months is an error naming it', () =>
		expect(() => monthlyClassShares([month('A', '2022-03', [1, 0, 0, 0, 0, 0])], 'Z')).toThrow('station Z'));
});

describe('seasonComparison', () => {
	const months = [
		month('A', '2021-06', [0, 0, 6, 4, 0, 0]),
		month('A', '2021-11', [0, 9, 1, 0, 0, 0]),
		month('A', '2022-02', [0, 5, 0, 0, 0, 5]),
		month('A', '2022-07', [0, 8, 0, 2, 0, 0], [0, 9, 0, 1, 0, 0]),
		month('A', '2022-08', [0, 10, 0, 0, 0, 0])
	];
	const model = seasonComparison(months, 'A');
	test('flood season (April–September) against dry season over the whole period', () => {
		expect(
			model.overall.map((r) => [
				r.season,
				r.year,
				r.months,
				r.readings,
				r.network.worseThanIII,
				r.computed.worseThanIII
			])
		).toEqual([
			['flood', null, ['2021-06', '2022-07', '2022-08'], 30, 6, 5],
			['dry', null, ['2021-11', '2022-02'], 20, 5, 5]
		]);
		expect(model.overall[0].network.worseShare).toBeCloseTo(0.2);
		expect(model.overall[1].network.worseShare).toBeCloseTo(0.25);
	});
	test('year by year, with the years where the flood season was worse', () => {
		expect(model.byYear.map((r) => [r.year, r.season, r.readings, r.network.worseShare])).toEqual([
			[2021, 'flood', 10, 0.4],
			[2021, 'dry', 10, 0],
			[2022, 'flood', 20, 0.1],
			[2022, 'dry', 10, 0.5]
		]);
		expect(model.yearsWithBoth).toEqual([2021, 2022]);
		expect(model.floodWorseIn).toEqual([2021]);
	});
});

describe('limitingParameters', () => {
	test('counts per parameter, most frequent first, by season; a reading can count for two', () => {
		const model = limitingParameters(
			[
				month('A', '2022-06', [0, 0, 0, 3, 1, 0], undefined, { limiting: { ...zero, TP: 4, DO: 1 } }),
				month('A', '2022-12', [0, 0, 0, 2, 0, 0], undefined, { limiting: { ...zero, DO: 1, TP: 1 } })
			],
			'A'
		);
		expect(model.worseThanIII).toBe(6);
		expect(model.worseBySeason).toEqual({ flood: 4, dry: 2 });
		expect(model.rows.map((r) => [r.parameter, r.readings, r.bySeason.flood, r.bySeason.dry])).toEqual([
			['TP', 5, 4, 1],
			['DO', 2, 1, 1],
			['pH', 0, 0, 0],
			['CODMn', 0, 0, 0],
			['NH3N', 0, 0, 0]
		]);
		expect(model.leading).toBe('TP');
		expect(model.rows[0]!.share).toBeCloseTo(5 / 6);
	});
	test('no reading worse than III: no leading parameter and no share', () => {
		const model = limitingParameters([month('A', '2022-06', [0, 3, 0, 0, 0, 0])], 'A');
		expect([model.leading, model.rows[0]!.share]).toEqual([null, null]);
	});
});

describe('classAgreement', () => {
	test('compared, agreeing, causes, and each class counted by the network and recomputed', () => {
		const model = classAgreement(
			[
				month('A', '2022-06', [0, 2, 3, 0, 0, 0], [0, 3, 2, 0, 0, 0], {
					agree: 4,
					causes: { on_limit: 0, previous_reading: 1, network_worse: 0, network_better: 0 }
				}),
				month('A', '2022-07', [0, 0, 0, 5, 0, 0])
			],
			'A'
		);
		expect([model.compared, model.agree, model.share]).toEqual([10, 9, 0.9]);
		expect(model.causes.previous_reading).toBe(1);
		expect(model.classes.filter((c) => c.network + c.computed > 0)).toEqual([
			{ class: 'II', network: 2, computed: 3 },
			{ class: 'III', network: 3, computed: 2 },
			{ class: 'IV', network: 5, computed: 5 }
		]);
	});
});

describe('隘头潭 on the committed tables (the figures of data/derived/water-provenance.md)', () => {
	const { months } = buildDataset(directoryReader('data')).dataset.waterNetwork;
	test('31 months 2021-06 … 2023-12, with 2022-08, 2022-09, 2022-10 and 2023-08 as gaps', () => {
		const m = monthlyClassShares(months, '隘头潭');
		expect([m.first, m.last, m.months.length]).toEqual(['2021-06', '2023-12', 31]);
		expect(m.gaps).toEqual(['2022-08', '2022-09', '2022-10', '2023-08']);
		expect(m.thin).toEqual(['2021-06', '2021-08', '2021-09', '2021-10', '2022-01']);
	});
	test('flood season 213 of 1,048 readings worse than III (network), dry season 94 of 1,400; worse in every year', () => {
		const s = seasonComparison(months, '隘头潭');
		expect(
			s.overall.map((r) => [r.season, r.months.length, r.readings, r.network.worseThanIII, r.computed.worseThanIII])
		).toEqual([
			['flood', 13, 1048, 213, 209],
			['dry', 14, 1400, 94, 93]
		]);
		expect(s.floodWorseIn).toEqual([2021, 2022, 2023]);
	});
	test('total phosphorus sets the class of 240 of the 302 readings recomputed worse than III', () => {
		const l = limitingParameters(months, '隘头潭');
		expect([l.worseThanIII, l.leading, l.rows[0]!.readings, l.rows[1]!.parameter, l.rows[1]!.readings]).toEqual([
			302,
			'TP',
			240,
			'DO',
			46
		]);
	});
	test('the network and the recomputed class agree on 2,424 of 2,448 readings', () => {
		const a = classAgreement(months, '隘头潭');
		expect([a.compared, a.agree]).toEqual([2448, 2424]);
	});
});
