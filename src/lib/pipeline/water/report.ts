/**
 * The facts an import reports (provenance file and CLI): counts per file and station, the copies dropped, the
 * agreement between the network's class and the recomputed one, the flood/dry-season split. Pure module: built
 * from the parsed inputs and the merged tables, so it describes what the tables hold.
 */
import {
	DISAGREEMENT_CAUSES,
	type DisagreementCause,
	type StationGroup,
	type WaterMonth
} from '../../data/schema/waterNetwork';
import { WATER_CLASSES, type WaterClass } from '../../standards/index';
import { byCodeUnit } from '../order';
import type { LineStats } from '../lines';
import { assess } from './classes';
import type { FileSummary } from './parse';
import type { DroppedCopy, Reading } from './readings';

import { RESERVOIR_STATIONS, stationBody, stationGroup, XIAMEN_STATION } from './stations';
import type { Assessed } from './tables';
import { hoursBefore } from './time';
import type { InputFormat, Status } from './vocabulary';

/** One data file read. */
export interface FileReport {
	file: string;
	bytes: number;
	sha256: string;
	lines: LineStats;
	summary: FileSummary;
	/** Rows of this file dropped as later copies of a reading: identical, and differing in some cell. */
	laterCopies: { identical: number; differing: number };
	/** Distinct readings whose kept copy is from this file, by status. */
	distinct: Record<Status, number>;
}

/** One station name. */
export interface StationReport {
	station: string;
	basin: string;
	group: StationGroup;
	rows: number;
	noTime: number;
	laterCopies: number;
	distinct: number;
	firstDistinct: string;
	lastDistinct: string;
	byStatus: Record<Status, number>;
	firstKept: string | null;
	lastKept: string | null;
}

/** Class counts of a group of readings (index 0–5 = I…劣V, 6 = none). */
export type ClassCounts = number[];

/** Totals of the merged monthly table (all stations). */
export interface AgreementReport {
	readings: number;
	compared: number;
	agree: number;
	causes: Record<DisagreementCause, number>;
	networkNone: number;
	classNone: number;
}

/** One season of one station (from the merged monthly table). */
export interface SeasonReport {
	season: 'flood' | 'dry';
	months: number;
	readings: number;
	network: ClassCounts;
	classes: ClassCounts;
}

/** Everything the provenance file and the CLI report. */
export interface WaterReport {
	inputDir: string;
	sourceId: string;
	files: FileReport[];
	originals: {
		file: string;
		sha256: string;
		listed: Record<InputFormat, number>;
		snapshotsChecked: number;
	} | null;
	notRead: string[];
	stations: StationReport[];
	/** Later copies whose cells differ (all listed). */
	differingCopies: DroppedCopy[];
	/** Later copies dropped: identical within a file, identical across the two files. */
	identicalCopies: { sameFile: number; otherFile: number };
	agreement: AgreementReport;
	/** For the two reservoir points: agreement with the lake/reservoir TP column (used) and with the river column. */
	reservoirs: { station: string; compared: number; agreeLake: number; agreeRiver: number }[];
	/** Disagreements whose network class equals the class recomputed 4 h earlier / 4 h later. */
	lag: { disagreements: number; previous: number; next: number };
	/** 隘头潭 by season. */
	xiamenSeasons: SeasonReport[];
	/** 隘头潭: every month from its first to its last, with its readings (kept + dropped for status; 0 = none). */
	xiamenMonths: { month: string; readings: number }[];
	outputs: { file: string; rows: number; columns: string[] }[];
	/** Station-months of the committed tables that this import did not cover, kept as they were. */
	keptStationMonths: number;
}

const STATUS_KEYS: readonly Status[] = ['正常', '维护', '不具备运行条件'];
const zeroStatus = (): Record<Status, number> => ({ 正常: 0, 维护: 0, 不具备运行条件: 0 });

/** Per-station counts of this import. */
export function stationReports(
	distinct: readonly Reading[],
	rowsByStation: ReadonlyMap<string, number>,
	noTimeByStation: ReadonlyMap<string, number>,
	dropped: readonly DroppedCopy[],
	basin: (station: string) => string | undefined
): StationReport[] {
	const copies = new Map<string, number>();
	for (const d of dropped) copies.set(d.station, (copies.get(d.station) ?? 0) + 1);
	const out = new Map<string, StationReport>();
	for (const station of rowsByStation.keys())
		out.set(station, {
			station,
			basin: basin(station) ?? '',
			group: stationGroup(station),
			rows: rowsByStation.get(station) ?? 0,
			noTime: noTimeByStation.get(station) ?? 0,
			laterCopies: copies.get(station) ?? 0,
			distinct: 0,
			firstDistinct: '',
			lastDistinct: '',
			byStatus: zeroStatus(),
			firstKept: null,
			lastKept: null
		});
	for (const r of distinct) {
		const s = out.get(r.station)!;
		s.distinct++;
		if (!s.firstDistinct || r.time < s.firstDistinct) s.firstDistinct = r.time;
		if (r.time > s.lastDistinct) s.lastDistinct = r.time;
		s.byStatus[r.status]++;
		if (r.status === '正常') {
			if (s.firstKept === null || r.time < s.firstKept) s.firstKept = r.time;
			if (s.lastKept === null || r.time > s.lastKept) s.lastKept = r.time;
		}
	}
	return [...out.values()].sort((a, b) => byCodeUnit(a.station, b.station));
}

/** Distinct readings by the file of their kept copy, and status. */
export function distinctByFile(distinct: readonly Reading[]): Map<string, Record<Status, number>> {
	const m = new Map<string, Record<Status, number>>();
	for (const r of distinct) {
		let c = m.get(r.file);
		if (!c) m.set(r.file, (c = zeroStatus()));
		c[r.status]++;
	}
	return m;
}

/** Totals of the merged monthly table. */
export function agreementReport(monthly: readonly WaterMonth[]): AgreementReport {
	const n = (f: (m: WaterMonth) => number) => monthly.reduce((s, m) => s + f(m), 0);
	return {
		readings: n((m) => m.readings),
		compared: n((m) => m.compared),
		agree: n((m) => m.agree),
		causes: Object.fromEntries(DISAGREEMENT_CAUSES.map((c) => [c, n((m) => m.causes[c])])) as Record<
			DisagreementCause,
			number
		>,
		networkNone: n((m) => m.network.none),
		classNone: n((m) => m.class.none)
	};
}

/** A station's flood- and dry-season class counts, from the merged monthly table. */
export function seasonReports(monthly: readonly WaterMonth[], station: string): SeasonReport[] {
	return (['flood', 'dry'] as const).map((season) => {
		const rows = monthly.filter((m) => m.station === station && m.season === season);
		const counts = (pick: (m: WaterMonth) => WaterMonth['network']) => [
			...WATER_CLASSES.map((c) => rows.reduce((s, m) => s + pick(m)[c], 0)),
			rows.reduce((s, m) => s + pick(m).none, 0)
		];
		return {
			season,
			months: rows.length,
			readings: rows.reduce((s, m) => s + m.readings, 0),
			network: counts((m) => m.network),
			classes: counts((m) => m.class)
		};
	});
}

/** Every month from a station's first to its last in the monthly table, with its readings (0 when it has no row). */
export function monthCoverage(monthly: readonly WaterMonth[], station: string): { month: string; readings: number }[] {
	const have = new Map(
		monthly.filter((m) => m.station === station).map((m) => [m.month, m.readings + m.maintenance + m.notOperating])
	);
	const months = [...have.keys()].sort(byCodeUnit);
	if (!months.length) return [];
	const out: { month: string; readings: number }[] = [];
	let [y, mo] = months[0]!.split('-').map(Number) as [number, number];
	const last = months[months.length - 1]!;
	for (;;) {
		const month = `${y}-${String(mo).padStart(2, '0')}`;
		out.push({ month, readings: have.get(month) ?? 0 });
		if (month >= last) return out;
		if (++mo === 13) [y, mo] = [y + 1, 1];
	}
}

/** Agreement of the reservoir points' network class with the lake/reservoir and the river TP column. */
export function reservoirCheck(assessed: readonly Assessed[]): WaterReport['reservoirs'] {
	return RESERVOIR_STATIONS.map((station) => {
		let compared = 0;
		let agreeLake = 0;
		let agreeRiver = 0;
		for (const { reading: r, assessment: a } of assessed) {
			if (r.station !== station || r.networkClass === null || a.class === null) continue;
			compared++;
			if (assess(r.values, stationBody(station)).class === r.networkClass) agreeLake++;
			if (assess(r.values, 'river').class === r.networkClass) agreeRiver++;
		}
		return { station, compared, agreeLake, agreeRiver };
	});
}

/** How often a disagreeing network class equals the recomputed class 4 h before, and 4 h after. */
export function lagEvidence(assessed: readonly Assessed[]): WaterReport['lag'] {
	const classes = new Map<string, WaterClass | null>();
	for (const a of assessed) classes.set(`${a.reading.station}\u0000${a.reading.time}`, a.assessment.class);
	let disagreements = 0;
	let previous = 0;
	let next = 0;
	for (const { reading: r, disagreement: d } of assessed) {
		if (!d) continue;
		disagreements++;
		if (classes.get(`${r.station}\u0000${hoursBefore(r.time, 4)}`) === r.networkClass) previous++;
		if (classes.get(`${r.station}\u0000${hoursBefore(r.time, -4)}`) === r.networkClass) next++;
	}
	return { disagreements, previous, next };
}

export { STATUS_KEYS, XIAMEN_STATION };
