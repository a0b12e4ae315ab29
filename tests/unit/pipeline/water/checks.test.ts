import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../../src/lib/pipeline/build';
import { DataError, formatIssue } from '../../../../src/lib/pipeline/errors';
import { MINIMAL_DATA } from '../../../fixtures/data/minimal';
import { dataWith, memoryReader } from '../helpers';

/** The formatted issues a data directory produces (empty when it is valid). */
function problems(changes: Record<string, string | null>, today?: string): string[] {
	try {
		buildDataset(memoryReader(dataWith(changes)), { today });
		return [];
	} catch (error) {
		if (error instanceof DataError) return error.issues.map(formatIssue);
		throw error;
	}
}

const MONTHLY = 'derived/water-monthly.csv';
const XIAMEN = 'derived/water-readings-xiamen.csv';
const STATIONS = 'derived/water-stations.csv';
const DISAGREEMENTS = 'derived/water-disagreements.csv';
const INPUTS = 'derived/water-inputs.csv';

/** The minimal fixture's table with `from` replaced by `to` (which must occur). */
function edit(file: string, from: string, to: string): Record<string, string> {
	const text = MINIMAL_DATA[file]!;
	if (!text.includes(from)) throw new Error(`${from} is not in ${file}`);
	return { [file]: text.replace(from, to) };
}
const withoutLine = (file: string, start: string) => ({
	[file]: MINIMAL_DATA[file]!.split('\n')
		.filter((l) => !l.startsWith(start))
		.join('\n')
});

describe('checkWaterNetwork: the network tables come into the dataset', () => {
	test('the minimal tables give 隘头潭’s readings, every month, the stations, the disagreements and the sources', () => {
		const { waterNetwork } = buildDataset(memoryReader(dataWith()), { today: '2026-12-06' }).dataset;
		expect(waterNetwork.sourceIds).toEqual(['doc-a']);
		expect(waterNetwork.xiamenReadings).toEqual([
			expect.objectContaining({
				time: '2021-08-06T08:00',
				networkClass: '劣V',
				class: '劣V',
				limiting: ['TP'],
				values: expect.objectContaining({ TP: 0.418 })
			}),
			expect.objectContaining({ time: '2021-09-23T12:00', networkClass: 'III', class: 'III', limiting: ['TP'] })
		]);
		expect(waterNetwork.months.map((m) => `${m.station} ${m.month} ${m.season} ${m.readings}`)).toEqual([
			'隘头潭 2021-08 flood 1',
			'隘头潭 2021-09 flood 1',
			'上坂 2021-10 dry 1'
		]);
		expect(waterNetwork.stations.map((s) => [s.station, s.group])).toEqual([
			['上坂', 'jiulong'],
			['隘头潭', 'xiamen']
		]);
		expect(waterNetwork.disagreements).toEqual([
			expect.objectContaining({ station: '上坂', cause: 'on_limit', networkClass: 'IV', class: 'III' })
		]);
	});
});

describe('checkWaterNetwork: a hand-edited or half-copied table names file, line, column, value and what was expected', () => {
	test.each([
		{
			name: 'class counts that do not add up to the readings',
			changes: edit(MONTHLY, '隘头潭,2021-09,flood,1,0,0,0,0,1,', '隘头潭,2021-09,flood,1,0,0,0,0,2,'),
			expected:
				'data/derived/water-monthly.csv:3:13 network_none: got "0", expected -1: the network_* counts add up to the readings (1)'
		},
		{
			name: 'a season that is not the month’s',
			changes: edit(MONTHLY, '上坂,2021-10,dry,', '上坂,2021-10,flood,'),
			expected: 'data/derived/water-monthly.csv:4:3 season: got "flood", expected dry (flood season is April–September)'
		},
		{
			name: 'a month of a station the stations table does not list',
			changes: edit(MONTHLY, '上坂,2021-10,', '下坂,2021-10,'),
			expected:
				'data/derived/water-monthly.csv:4:1 station: got "下坂", expected a station of data/derived/water-stations.csv'
		},
		{
			name: 'disagreements by cause that do not add up to compared − agree',
			changes: edit(MONTHLY, ',1,0,1,0,0,0,0,0,0,0,0,1,7.27', ',1,0,0,0,0,0,0,0,0,0,0,1,7.27'),
			expected:
				'data/derived/water-monthly.csv:4:26 network_better: got "0", expected counts by cause that add up to compared − agree (1)'
		},
		{
			name: 'a reading missing from the readings file',
			changes: withoutLine(XIAMEN, '隘头潭,2021-09-23'),
			expected:
				'data/derived/water-readings-xiamen.csv:1 station, time: got "0 readings of 隘头潭 2021-09", expected 1, as data/derived/water-monthly.csv says'
		},
		{
			name: 'a reading of a station-month the monthly table does not have',
			changes: edit(XIAMEN, '隘头潭,2021-09-23T12:00', '隘头潭,2021-11-23T12:00'),
			expected:
				'data/derived/water-readings-xiamen.csv:3 station, time: got "1 readings of 隘头潭 2021-11", expected a station-month of data/derived/water-monthly.csv'
		},
		{
			name: 'a reading of another group’s station in Xiamen’s readings',
			changes: edit(XIAMEN, '隘头潭,2021-09-23T12:00', '上坂,2021-09-23T12:00'),
			expected:
				'data/derived/water-readings-xiamen.csv:3:1 station: got "上坂", expected a station of data/derived/water-stations.csv in group xiamen'
		},
		{
			name: 'the same reading twice',
			changes: { [XIAMEN]: MINIMAL_DATA[XIAMEN]! + '\n' + MINIMAL_DATA[XIAMEN]!.split('\n')[2] },
			expected:
				'data/derived/water-readings-xiamen.csv:4:1 station, time: got "隘头潭, 2021-09-23T12:00", expected a unique value (also at line 3)'
		},
		{
			name: 'a disagreement the monthly table does not count',
			changes: {
				[DISAGREEMENTS]:
					MINIMAL_DATA[DISAGREEMENTS]! + '\n上坂,2021-10-28T16:00,IV,III,on_limit,DO,7.27,5.00,2.44,0.220,0.112'
			},
			expected:
				'data/derived/water-disagreements.csv:2 station, time: got "2 disagreements of 上坂 2021-10", expected 1, as data/derived/water-monthly.csv says'
		},
		{
			name: 'station totals that are not the sums of its months',
			changes: edit(
				STATIONS,
				'隘头潭,浙闽片河流,xiamen,river,,2021-08,2021-09,2,2,',
				'隘头潭,浙闽片河流,xiamen,river,,2021-08,2021-09,2,3,'
			),
			expected:
				'data/derived/water-stations.csv:3:9 readings: got "3", expected 2, from data/derived/water-monthly.csv (run npm run import:water)'
		},
		{
			name: 'an input file citing an unknown source',
			changes: edit(INPUTS, ',doc-a', ',doc-x'),
			expected:
				'data/derived/water-inputs.csv:2:9 source_id: got "doc-x", expected the id of a source in data/sources.csv'
		}
	])('$name', ({ changes, expected }) => {
		expect(problems(changes, '2026-12-06')).toContain(expected);
	});

	test('a month that has not begun', () => {
		expect(problems({}, '2021-09-30')).toContain(
			'data/derived/water-monthly.csv:4:2 month: got "2021-10", expected a month that has begun (today is 2021-09-30)'
		);
	});
});
