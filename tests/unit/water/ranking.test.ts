import { describe, expect, test } from 'vitest';
import { buildDataset } from '../../../src/lib/pipeline/build';
import { directoryReader } from '../../../src/lib/pipeline/run';
import { MIN_RANKED_READINGS, stationRanking } from '../../../src/lib/water/ranking';

/** A station row with `classified` readings, `worse` of them worse than III. */
const row = (station: string, classified: number, worse: number, renamedTo: string | null = null) => ({
	station,
	renamedTo,
	group: 'fujian' as const,
	body: 'river' as const,
	network: { classified, excellent: classified - worse, worseThanIII: worse }
});
const summary = (r: ReturnType<typeof stationRanking>) => r.stations.map((s) => [s.station, s.rank, s.classified]);

describe('stationRanking', () => {
	test('no station: nothing ranked', () => {
		expect(stationRanking([])).toEqual({ stations: [], ranked: 0, total: 0 });
	});

	test('worst share first; equal shares (as fractions) share a rank, listed by name; the next rank skips', () => {
		const r = stationRanking([row('b', 2000, 200), row('a', 1000, 100), row('c', 1000, 500), row('d', 3000, 30)]);
		expect(summary(r)).toEqual([
			['c', 1, 1000],
			['a', 2, 1000],
			['b', 2, 2000],
			['d', 4, 3000]
		]);
		expect([r.ranked, r.total]).toEqual([4, 4]);
	});

	test(`fewer than ${MIN_RANKED_READINGS} readings: listed after the ranked, unranked, most readings first`, () => {
		const r = stationRanking([row('few', 88, 20), row('many', 1000, 1), row('some', 999, 999)]);
		expect(summary(r)).toEqual([
			['many', 1, 1000],
			['some', null, 999],
			['few', null, 88]
		]);
		expect(r.stations[1]!.share).toBe(1);
		expect([r.ranked, r.total]).toEqual([1, 3]);
	});

	test('a renamed station is one station under its new name, readings summed, old name first', () => {
		const r = stationRanking([row('新名', 600, 300), row('旧名', 600, 100, '新名')]);
		expect(r.stations).toEqual([
			expect.objectContaining({
				station: '新名',
				names: ['旧名', '新名'],
				classified: 1200,
				worseThanIII: 400,
				rank: 1
			})
		]);
		expect(r.total).toBe(1);
	});

	test('a station without a classified reading has no share', () => {
		expect(stationRanking([row('empty', 0, 0)]).stations[0]).toMatchObject({ share: null, rank: null });
	});
});

describe('the Fujian stations (data/derived/water-stations.csv)', () => {
	const r = stationRanking(buildDataset(directoryReader('data')).dataset.waterNetwork.stations);
	test('54 names are 52 stations; 49 ranked, 3 with too few readings', () => {
		expect([r.total, r.ranked]).toEqual([52, 49]);
		expect(r.stations.filter((s) => s.rank === null).map((s) => [s.station, s.classified])).toEqual([
			['福鼎会甲溪', 473],
			['白岩潭', 447],
			['闽侯大樟溪口', 88]
		]);
	});
	test('隘头潭 is 27th of 49 (12.5%, 307 of 2,448 readings worse than class III); 南溪浮宫桥 is 1st', () => {
		const own = r.stations.find((s) => s.station === '隘头潭')!;
		expect([own.rank, own.worseThanIII, own.classified]).toEqual([27, 307, 2448]);
		expect(r.stations[0]).toMatchObject({ station: '南溪浮宫桥', rank: 1, worseThanIII: 1254, classified: 1867 });
	});
	test('the Jiulong River: 6 of its 7 stations have a higher share than 隘头潭 (all but 浦南水文站)', () => {
		const own = r.stations.find((s) => s.station === '隘头潭')!;
		const jiulong = r.stations.filter((s) => s.group === 'jiulong');
		expect(jiulong).toHaveLength(7);
		expect(jiulong.filter((s) => s.share! <= own.share!).map((s) => s.station)).toEqual(['浦南水文站']);
	});
});
