import { describe, expect, test } from 'vitest';
import {
	choroplethBins,
	choroplethKey,
	classIn,
	countByKey,
	locationCounts,
	seaLegend,
	stationKey,
	stationLegend,
	waterKey,
	waterLegend
} from '../../../src/lib/map/legend';
import type { DistrictChoropleth, MapStation, MapWaterSite, StationDay } from '../../../src/lib/map/types';
import { realMap } from './data';

const counts = (entries: { key: string; count: number }[]) =>
	Object.fromEntries(entries.filter((e) => e.count > 0).map((e) => [e.key, e.count]));

describe('countByKey', () => {
	test.each([
		{ keys: [], of: ['a'], expected: {} },
		{ keys: ['a', 'b'], of: [], expected: { a: 0, b: 0 } },
		{ keys: ['a', 'b'], of: ['a', 'a', 'c'], expected: { a: 2, b: 0 } }
	])('$of over $keys', ({ keys, of, expected }) => {
		expect(countByKey(of, keys)).toEqual(expected);
	});
});

describe('stations', () => {
	const station = (code: string) => ({ code }) as MapStation;
	const day = (level: StationDay['level']): StationDay => ({
		aqi: level ? level * 40 : null,
		level,
		primary: [],
		sourceId: 's'
	});

	test.each<{ name: string; day: Record<string, StationDay> | undefined; expected: Record<string, number> }>([
		{ name: 'no station data that day', day: undefined, expected: { 'no-data': 3 } },
		{
			name: 'a day with a missing station and a null AQI',
			day: { A: day(1), B: day(null) },
			expected: { 'aqi-1': 1, 'no-data': 2 }
		},
		{ name: 'several categories', day: { A: day(1), B: day(3), C: day(3) }, expected: { 'aqi-1': 1, 'aqi-3': 2 } }
	])('$name', ({ day: d, expected }) => {
		const entries = stationLegend(['A', 'B', 'C'].map(station), d);
		expect(entries.map((e) => e.key)).toEqual(['aqi-1', 'aqi-2', 'aqi-3', 'aqi-4', 'aqi-5', 'aqi-6', 'no-data']);
		expect(counts(entries)).toEqual(expected);
	});

	test('the colours are the standards engine’s (HJ 633 Table A.1)', () => {
		const entries = stationLegend([], undefined);
		expect(entries.slice(0, 6).map((e) => e.colour)).toEqual([
			'#00E400',
			'#FFFF00',
			'#FF7E00',
			'#FF0000',
			'#99004C',
			'#7E0023'
		]);
	});

	test('the real sample day: five stations at level 1, Xidong (1286A) without values', () => {
		const d = realMap.stationDays['2023-01-20'];
		expect(counts(stationLegend(realMap.stations, d))).toEqual({ 'aqi-1': 5, 'no-data': 1 });
		expect(stationKey(d, '1286A')).toBe('no-data');
		expect(stationKey(realMap.stationDays['2023-01-21'], '1287A')).toBe('no-data');
	});
});

describe('water', () => {
	const site = (id: string, location: MapWaterSite['location'], classes: [number, string][]): MapWaterSite => ({
		id,
		name: { zh: id, en: id },
		kind: 'reservoir',
		district: null,
		location,
		place: null,
		classes: classes.map(([year, c]) => ({
			year,
			class: c as MapWaterSite['classes'][number]['class'],
			sourceId: 's'
		})),
		sourceId: 's'
	});
	const sites = [
		site('a', 'district', [
			[2015, 'III'],
			[2024, 'II']
		]),
		site('b', 'none', [[2015, '劣V']]),
		site('c', 'approximate', [])
	];

	test.each([
		{ year: 2024, expected: { 'class-II': 1, 'no-class': 2 } },
		{ year: 2015, expected: { 'class-III': 1, 'class-劣V': 1, 'no-class': 1 } },
		{ year: 1990, expected: { 'no-class': 3 } }
	])('classes in $year', ({ year, expected }) => {
		expect(counts(waterLegend(sites, year))).toEqual(expected);
	});

	test('classIn, waterKey and location counts', () => {
		expect(classIn(sites[0]!, 2024)).toBe('II');
		expect(classIn(sites[2]!, 2024)).toBeNull();
		expect(waterKey(sites[1]!, 2015)).toBe('class-劣V');
		expect(locationCounts(sites)).toEqual({ point: 0, approximate: 1, district: 1, none: 1 });
		expect(locationCounts([])).toEqual({ point: 0, approximate: 0, district: 0, none: 0 });
	});

	test('the real data: two class II reservoirs in 2024 (Bantou–Shidou, Tingxi)', () => {
		expect(counts(waterLegend(realMap.water, 2024))).toEqual({ 'class-II': 2, 'no-class': realMap.water.length - 2 });
		expect(realMap.water.filter((s) => classIn(s, 2024) === 'II').map((s) => s.id)).toEqual([
			'bantou-shidou-reservoir',
			'tingxi-reservoir'
		]);
	});
});

describe('sea', () => {
	test('the 2014 bulletin categories of the seven areas', () => {
		expect(counts(seaLegend(realMap.sea, 2014))).toEqual({
			'sea-clean': 1,
			'sea-relatively_clean': 2,
			'sea-slightly_polluted': 1,
			'sea-moderately_polluted': 2,
			'sea-severely_polluted': 1
		});
		expect(counts(seaLegend(realMap.sea, 2020))).toEqual({ 'no-status': 7 });
	});
});

describe('choropleth bins', () => {
	const choropleth = (values: Record<string, number | null>, decimals = 0): DistrictChoropleth => ({
		id: 'x',
		label: 'map_choropleth_stations_label',
		unit: 'count',
		decimals,
		values,
		sourceIds: []
	});

	test('few distinct values: one bin each, light to dark, with counts', () => {
		const bins = choroplethBins(choropleth({ a: 0, b: 2, c: 1, d: 2, e: null }));
		expect(bins.map((b) => [b.from, b.to, b.count])).toEqual([
			[0, 0, 1],
			[1, 1, 1],
			[2, 2, 2]
		]);
		expect(bins[0]!.colour).not.toBe(bins[2]!.colour);
	});

	test('many values: equal-width bins over the range; edges rounded; each value in one bin', () => {
		const bins = choroplethBins(choropleth({ a: 0, b: 1.5, c: 3, d: 4.5, e: 6, f: 7.5, g: 10 }, 1), 5);
		expect(bins.map((b) => [b.from, b.to])).toEqual([
			[0, 2],
			[2, 4],
			[4, 6],
			[6, 8],
			[8, 10]
		]);
		expect(bins.reduce((n, b) => n + b.count, 0)).toBe(7);
		expect(choroplethKey(bins, 6)).toBe('bin-3');
		expect(choroplethKey(bins, 10)).toBe('bin-4');
	});

	test.each<{ name: string; values: Record<string, number | null> }>([
		{ name: 'no values', values: {} },
		{ name: 'only nulls', values: { a: null } }
	])('$name: no bins, every district "no-value"', ({ values }) => {
		const bins = choroplethBins(choropleth(values));
		expect(bins).toEqual([]);
		expect(choroplethKey(bins, 3)).toBe('no-value');
	});

	test('a single value: one bin', () => {
		const bins = choroplethBins(choropleth({ a: 4 }));
		expect(bins).toHaveLength(1);
		expect(choroplethKey(bins, null)).toBe('no-value');
		expect(choroplethKey(bins, 4)).toBe('bin-0');
	});
});
