/**
 * From distinct readings to the records of the derived tables (src/lib/data/schema/waterNetwork.ts). Pure module.
 *
 * Rules: only readings taken in normal operation (`正常`) are assessed and kept (SOURCES.md: values from a
 * station not in normal operation "are not readings to assess"); the others are counted per station and month.
 * A reading belongs to the month of its own time.
 */
import * as v from 'valibot';
import {
	CLASS_PARAMETERS,
	DISAGREEMENT_CAUSES,
	MONTHLY_STATISTICS,
	publishedValues,
	seasonOf,
	WATER_DECIMALS,
	WATER_PARAMETERS,
	waterReadingTable,
	type ClassCounts,
	type ParameterStats,
	type PublishedValues,
	type StationGroup,
	type WaterDisagreement,
	type WaterMonth,
	type WaterParameter,
	type WaterReading,
	type WaterStation
} from '../../data/schema/waterNetwork';
import { WATER_CLASSES, type WaterClass } from '../../standards/index';
import { byCodeUnit } from '../order';
import { roundHalfEven } from '../round';
import { assess, disagreement, rank, type Assessment, type Disagreement } from './classes';
import type { Reading } from './readings';
import { RENAMED, stationBody, stationGroup } from './stations';
import { hoursBefore } from './time';

const INDEX: Readonly<Record<WaterParameter, number>> = Object.fromEntries(
	WATER_PARAMETERS.map((p, i) => [p, i])
) as never;

/** A kept reading with its recomputed class and the comparison with the network's. */
export interface Assessed {
	reading: Reading;
	assessment: Assessment;
	disagreement: Disagreement | null;
}

/** Assesses every reading taken in normal operation (input sorted by station, then time). */
export function assessAll(readings: readonly Reading[]): Assessed[] {
	const kept = readings.filter((r) => r.status === '正常');
	const classes = new Map<string, WaterClass | null>();
	const assessments = kept.map((r) => {
		const a = assess(r.values, stationBody(r.station));
		classes.set(`${r.station}\u0000${r.time}`, a.class);
		return a;
	});
	return kept.map((reading, i) => {
		const assessment = assessments[i]!;
		const previous = classes.get(`${reading.station}\u0000${hoursBefore(reading.time, 4)}`);
		return {
			reading,
			assessment,
			disagreement: disagreement(
				reading.networkClass,
				assessment,
				reading.values,
				stationBody(reading.station),
				previous
			)
		};
	});
}

/**
 * The published values of `params` in a reading, each read by its column's own cell rule (the reading's value
 * text as published: its number and the decimals it was printed with).
 */
function published<P extends WaterParameter>(r: Reading, params: readonly P[]): PublishedValues<P> {
	const texts = r.texts.split(',');
	const row = Object.fromEntries(
		params.map((p) => [p, v.parse(waterReadingTable.columns[p], texts[INDEX[p]]!)])
	) as Parameters<typeof publishedValues<P>>[0];
	return publishedValues(row, params);
}

/** Record of water-readings-*.csv. */
export function readingRecord(a: Assessed): WaterReading {
	const { reading: r, assessment: s, disagreement: d } = a;
	return {
		station: r.station,
		time: r.time,
		networkClass: r.networkClass,
		class: s.class,
		limiting: s.limiting,
		cause: d?.cause ?? null,
		tnClass: s.tnClass,
		...published(r, WATER_PARAMETERS)
	};
}

/** Record of water-disagreements.csv (a reading whose classes differ). */
export function disagreementRecord(a: Assessed): WaterDisagreement {
	const { reading: r, assessment: s, disagreement: d } = a;
	return {
		station: r.station,
		time: r.time,
		networkClass: r.networkClass!,
		class: s.class!,
		cause: d!.cause,
		parameters: d!.parameters,
		...published(r, CLASS_PARAMETERS)
	};
}

/** Running sums of one station-month. */
interface MonthTally {
	readings: number;
	maintenance: number;
	notOperating: number;
	network: number[];
	classes: number[];
	compared: number;
	agree: number;
	causes: Record<string, number>;
	limiting: Record<string, number>;
	n: Record<string, number>;
	sum: Record<string, number>;
	min: Record<string, number>;
	max: Record<string, number>;
}

const STAT_PARAMETERS = Object.keys(MONTHLY_STATISTICS) as (keyof typeof MONTHLY_STATISTICS)[];

function newTally(): MonthTally {
	return {
		readings: 0,
		maintenance: 0,
		notOperating: 0,
		network: new Array(7).fill(0),
		classes: new Array(7).fill(0),
		compared: 0,
		agree: 0,
		causes: Object.fromEntries(DISAGREEMENT_CAUSES.map((c) => [c, 0])),
		limiting: Object.fromEntries(CLASS_PARAMETERS.map((p) => [p, 0])),
		n: {},
		sum: {},
		min: {},
		max: {}
	};
}

/** Index 0–5 for a class, 6 for none. */
const slot = (c: WaterClass | null) => (c === null ? 6 : rank(c));

/** Class counts from the tally's slots (0–5 = I…劣V, 6 = none). */
const counts = (slots: readonly number[]): ClassCounts => ({
	...(Object.fromEntries(WATER_CLASSES.map((c, i) => [c, slots[i]!])) as Record<WaterClass, number>),
	none: slots[6]!
});

/**
 * Records of water-monthly.csv, sorted by station then month: kept readings' classes, agreement and statistics,
 * and the readings dropped for status, per station and month of reading time. Means, minima and maxima are
 * rounded to the published decimals (GB/T 8170).
 */
export function monthlyRecords(distinct: readonly Reading[], assessed: readonly Assessed[]): WaterMonth[] {
	const tallies = new Map<string, MonthTally>();
	const tally = (station: string, time: string) => {
		const key = `${station}\u0000${time.slice(0, 7)}`;
		let t = tallies.get(key);
		if (!t) tallies.set(key, (t = newTally()));
		return t;
	};
	for (const r of distinct) {
		if (r.status === '维护') tally(r.station, r.time).maintenance++;
		else if (r.status === '不具备运行条件') tally(r.station, r.time).notOperating++;
	}
	for (const { reading: r, assessment: s, disagreement: d } of assessed) {
		const t = tally(r.station, r.time);
		t.readings++;
		t.network[slot(r.networkClass)]!++;
		t.classes[slot(s.class)]!++;
		if (r.networkClass !== null && s.class !== null) {
			t.compared++;
			if (d === null) t.agree++;
			else t.causes[d.cause]!++;
		}
		if (s.class !== null && rank(s.class) > 2) for (const p of s.limiting) t.limiting[p]!++;
		for (const p of STAT_PARAMETERS) {
			const x = r.values[INDEX[p]]!;
			if (Number.isNaN(x)) continue;
			t.n[p] = (t.n[p] ?? 0) + 1;
			t.sum[p] = (t.sum[p] ?? 0) + x;
			t.min[p] = Math.min(t.min[p] ?? Infinity, x);
			t.max[p] = Math.max(t.max[p] ?? -Infinity, x);
		}
	}
	return [...tallies.keys()].sort(byCodeUnit).map((key) => {
		const [station, month] = key.split('\u0000') as [string, string];
		const t = tallies.get(key)!;
		const stat = (p: (typeof STAT_PARAMETERS)[number]): ParameterStats => {
			const n = t.n[p] ?? 0;
			const value = { mean: n ? t.sum[p]! / n : undefined, min: t.min[p], max: t.max[p] };
			return {
				n,
				...Object.fromEntries(
					MONTHLY_STATISTICS[p].map((s) => {
						const x = value[s];
						return [s, n && x !== undefined ? roundHalfEven(x, WATER_DECIMALS[p]) : null];
					})
				)
			};
		};
		return {
			station,
			month,
			season: seasonOf(month),
			readings: t.readings,
			maintenance: t.maintenance,
			notOperating: t.notOperating,
			network: counts(t.network),
			class: counts(t.classes),
			compared: t.compared,
			agree: t.agree,
			causes: t.causes as WaterMonth['causes'],
			limiting: t.limiting as WaterMonth['limiting'],
			stats: Object.fromEntries(STAT_PARAMETERS.map((p) => [p, stat(p)])) as WaterMonth['stats']
		};
	});
}

/** Readings a monthly record accounts for: kept plus dropped for status. */
export const monthTotal = (m: WaterMonth) => m.readings + m.maintenance + m.notOperating;

/**
 * Records of water-stations.csv from the monthly records (after any merge), sorted by station. `basins` gives
 * each station's basin (from the files, or from the stations table already committed).
 */
export function stationRecords(monthly: readonly WaterMonth[], basins: ReadonlyMap<string, string>): WaterStation[] {
	const by = new Map<string, WaterMonth[]>();
	for (const m of monthly) {
		const list = by.get(m.station);
		if (list) list.push(m);
		else by.set(m.station, [m]);
	}
	return [...by.keys()].sort(byCodeUnit).map((station) => {
		const months = by.get(station)!.sort((a, b) => byCodeUnit(a.month, b.month));
		const sum = (f: (m: WaterMonth) => number) => months.reduce((s, m) => s + f(m), 0);
		const totals = (pick: (m: WaterMonth) => ClassCounts) => ({
			classified: sum((m) => WATER_CLASSES.reduce((s, c) => s + pick(m)[c], 0)),
			excellent: sum((m) => WATER_CLASSES.slice(0, 3).reduce((s, c) => s + pick(m)[c], 0)),
			worseThanIII: sum((m) => WATER_CLASSES.slice(3).reduce((s, c) => s + pick(m)[c], 0))
		});
		return {
			station,
			basin: basins.get(station) ?? '',
			group: stationGroup(station),
			body: stationBody(station),
			renamedTo: RENAMED[station] ?? null,
			firstMonth: months[0]!.month,
			lastMonth: months[months.length - 1]!.month,
			months: months.length,
			readings: sum((m) => m.readings),
			maintenance: sum((m) => m.maintenance),
			notOperating: sum((m) => m.notOperating),
			network: totals((m) => m.network),
			class: totals((m) => m.class),
			compared: sum((m) => m.compared),
			agree: sum((m) => m.agree)
		};
	});
}

/** Which derived readings file a station's readings go to, if any. */
export function readingsGroup(station: string): Exclude<StationGroup, 'fujian'> | null {
	const g = stationGroup(station);
	return g === 'fujian' ? null : g;
}
