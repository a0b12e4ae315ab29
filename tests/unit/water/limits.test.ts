import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { directoryReader } from '../../../src/lib/pipeline/run';
import { classLimits, parameterAgainstLimits, worseThan } from '../../../src/lib/water/limits';
import { xiamenStation } from '../../../src/lib/water/stations';

/** A reading at `time` with only `values` published (the other class parameters null). */
const reading = (time: string, values: { TP?: number; DO?: number }) => ({
	time,
	values: { pH: null, DO: values.DO ?? null, CODMn: null, NH3N: null, TP: values.TP ?? null }
});

describe('classLimits: GB 3838-2002 Table 1, classes III, IV, V', () => {
	test.each([
		{ parameter: 'TP', body: 'river', expected: [0.2, 0.3, 0.4] },
		{ parameter: 'TP', body: 'lake', expected: [0.05, 0.1, 0.2] },
		{ parameter: 'DO', body: 'river', expected: [5, 3, 2] },
		{ parameter: 'NH3N', body: 'river', expected: [1.0, 1.5, 2.0] },
		{ parameter: 'CODMn', body: 'lake', expected: [6, 10, 15] }
	] as const)('$parameter ($body) → $expected', ({ parameter, body, expected }) => {
		expect(classLimits(parameter, body)).toEqual([
			{ class: 'III', value: expected[0] },
			{ class: 'IV', value: expected[1] },
			{ class: 'V', value: expected[2] }
		]);
	});
});

describe('worseThan: a value on the limit meets it', () => {
	test.each([
		{ value: 0.2, limit: 0.2, worse: 'higher', expected: false },
		{ value: 0.201, limit: 0.2, worse: 'higher', expected: true },
		{ value: 5, limit: 5, worse: 'lower', expected: false },
		{ value: 4.99, limit: 5, worse: 'lower', expected: true },
		{ value: 6, limit: 5, worse: 'lower', expected: false }
	] as const)('$value against $limit ($worse is worse) → $expected', ({ value, limit, worse, expected }) =>
		expect(worseThan(value, limit, worse)).toBe(expected)
	);
});

describe('parameterAgainstLimits', () => {
	test('no reading: no month, no extreme', () => {
		const model = parameterAgainstLimits([], 'TP', 'river');
		expect(model.months).toEqual([]);
		expect(model.extreme).toBeNull();
		expect([model.readings, model.monthsWithValues, model.medianWorseThanIII]).toEqual([0, 0, []]);
	});

	test('a single reading: its month, median and maximum are that value', () => {
		const model = parameterAgainstLimits([reading('2022-08-01T04:00', { TP: 0.25 })], 'TP', 'river');
		expect(model.months).toEqual([{ month: '2022-08', n: 1, median: 0.25, worst: 0.25 }]);
		expect(model.medianWorseThanIII).toEqual(['2022-08']);
		expect(model.extreme).toEqual({ time: '2022-08-01T04:00', value: 0.25 });
	});

	test('median of an even count is the mean of the middle two (HJ 663 p50); a month without values is a gap, never filled', () => {
		const model = parameterAgainstLimits(
			[
				reading('2022-03-02T00:00', { TP: 0.3 }),
				reading('2022-01-01T00:00', { TP: 0.1 }),
				reading('2022-01-01T04:00', { TP: 0.4 }),
				reading('2022-01-02T00:00', { TP: 0.2 }),
				reading('2022-01-03T00:00', { TP: 0.05 }),
				reading('2022-02-01T00:00', { DO: 7 }) // no TP: February is a gap
			],
			'TP',
			'river'
		);
		expect(model.months).toEqual([
			{ month: '2022-01', n: 4, median: 0.15000000000000002, worst: 0.4 },
			{ month: '2022-02', n: 0, median: null, worst: null },
			{ month: '2022-03', n: 1, median: 0.3, worst: 0.3 }
		]);
		expect([model.readings, model.readingsWorseThanIII, model.monthsWithValues]).toEqual([5, 2, 2]);
		expect(model.medianWorseThanIII).toEqual(['2022-03']);
		expect(model.extreme).toEqual({ time: '2022-01-01T04:00', value: 0.4 });
	});

	test('dissolved oxygen: lower is worse (the minimum, below the limit); ties: the first reading in time', () => {
		const model = parameterAgainstLimits(
			[
				reading('2021-07-03T08:00', { DO: 2.5 }),
				reading('2021-07-03T04:00', { DO: 2.5 }),
				reading('2021-07-04T00:00', { DO: 6 })
			],
			'DO',
			'river'
		);
		expect(model.worse).toBe('lower');
		expect(model.months).toEqual([{ month: '2021-07', n: 3, median: 2.5, worst: 2.5 }]);
		expect(model.medianWorseThanIII).toEqual(['2021-07']);
		expect(model.readingsWorseThanIII).toBe(2);
		expect(model.extreme).toEqual({ time: '2021-07-03T04:00', value: 2.5 });
	});

	test('a span wider than the readings adds gap months at both ends', () => {
		const model = parameterAgainstLimits([reading('2022-02-01T00:00', { TP: 0.1 })], 'TP', 'river', {
			first: '2022-01',
			last: '2022-03'
		});
		expect(model.months.map((m) => [m.month, m.n])).toEqual([
			['2022-01', 0],
			['2022-02', 1],
			['2022-03', 0]
		]);
	});
});

describe('隘头潭 with the real data', () => {
	const network = buildDataset(directoryReader('data')).dataset.waterNetwork;
	const station = xiamenStation(network);
	test('total phosphorus: 240 readings above the class III limit, as many as it sets the class of (water-monthly.csv)', () => {
		const tp = parameterAgainstLimits(network.xiamenReadings, 'TP', 'river');
		expect([tp.readings, tp.readingsWorseThanIII]).toEqual([2448, 240]);
		const limiting = network.months.filter((m) => m.station === station).reduce((n, m) => n + m.limiting.TP, 0);
		expect(limiting).toBe(240);
		expect(tp.extreme).toEqual({ time: '2022-06-14T08:00', value: 1.091 });
		expect(tp.months).toHaveLength(31);
		expect(tp.months.filter((m) => m.n === 0).map((m) => m.month)).toEqual([
			'2022-08',
			'2022-09',
			'2022-10',
			'2023-08'
		]);
	});
	test('dissolved oxygen: 46 readings below the class III limit (5 mg/L)', () => {
		const d = parameterAgainstLimits(network.xiamenReadings, 'DO', 'river');
		expect(d.readingsWorseThanIII).toBe(46);
		expect(d.medianWorseThanIII).toEqual([]);
	});
});
