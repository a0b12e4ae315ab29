/**
 * From distinct readings to the rows of the derived tables (schema.ts), as CSV cells. Pure module.
 *
 * Rules: only readings taken in normal operation (`正常`) are assessed and kept (SOURCES.md: values from a
 * station not in normal operation "are not readings to assess"); the others are counted per station and month.
 * A reading belongs to the month of its own time.
 */
import { WATER_CLASSES, type WaterClass } from '../../standards/index';
import { formatRounded } from '../cnemc/round';
import { byCodeUnit } from '../cnemc/store';
import { assess, CAUSES, CLASS_PARAMETERS, disagreement, rank, type Assessment, type Disagreement } from './classes';
import type { Reading } from './readings';
import {
	CLASS_SUFFIX,
	disagreementColumns,
	monthlyColumns,
	readingColumns,
	stationColumns,
	type MonthlyRow
} from './schema';
import { RENAMED, stationBody, stationGroup, type StationGroup } from './stations';
import { hoursBefore, season } from './time';
import { PARAMETERS, SIGNATURE, type Parameter } from './vocabulary';

/** A table row as CSV cells, keyed by column name. */
export type Cells = Record<string, string>;

const INDEX: Readonly<Record<Parameter, number>> = Object.fromEntries(PARAMETERS.map((p, i) => [p, i])) as never;

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

/** Row of water-readings-*.csv. */
export function readingRow(a: Assessed): Cells {
	const { reading: r, assessment: s, disagreement: d } = a;
	const texts = r.texts.split(',');
	const row: Cells = {
		station: r.station,
		time: r.time,
		network_class: r.networkClass ?? '',
		class: s.class ?? '',
		limiting: s.limiting.join(';'),
		cause: d?.cause ?? '',
		TN_class: s.tnClass ?? ''
	};
	PARAMETERS.forEach((p, i) => (row[p] = texts[i]!));
	return ordered(row, readingColumns);
}

/** Row of water-disagreements.csv (a reading whose classes differ). */
export function disagreementRow(a: Assessed): Cells {
	const { reading: r, assessment: s, disagreement: d } = a;
	const texts = r.texts.split(',');
	const row: Cells = {
		station: r.station,
		time: r.time,
		network_class: r.networkClass!,
		class: s.class!,
		cause: d!.cause,
		parameters: d!.parameters.join(';')
	};
	for (const p of CLASS_PARAMETERS) row[p] = texts[INDEX[p]]!;
	return ordered(row, disagreementColumns);
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

const STAT_PARAMETERS = ['pH', 'DO', 'CODMn', 'NH3N', 'TP', 'TN'] as const;

function newTally(): MonthTally {
	return {
		readings: 0,
		maintenance: 0,
		notOperating: 0,
		network: new Array(7).fill(0),
		classes: new Array(7).fill(0),
		compared: 0,
		agree: 0,
		causes: Object.fromEntries(CAUSES.map((c) => [c, 0])),
		limiting: Object.fromEntries(CLASS_PARAMETERS.map((p) => [p, 0])),
		n: {},
		sum: {},
		min: {},
		max: {}
	};
}

/** Index 0–5 for a class, 6 for none. */
const slot = (c: WaterClass | null) => (c === null ? 6 : rank(c));

/**
 * Rows of water-monthly.csv, sorted by station then month: kept readings' classes, agreement and statistics,
 * and the readings dropped for status, per station and month of reading time.
 */
export function monthlyRows(distinct: readonly Reading[], assessed: readonly Assessed[]): Cells[] {
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
	const rows: Cells[] = [];
	for (const key of [...tallies.keys()].sort(byCodeUnit)) {
		const [station, month] = key.split('\u0000') as [string, string];
		const t = tallies.get(key)!;
		const row: Cells = {
			station,
			month,
			season: season(month),
			readings: String(t.readings),
			maintenance: String(t.maintenance),
			not_operating: String(t.notOperating),
			compared: String(t.compared),
			agree: String(t.agree)
		};
		WATER_CLASSES.forEach((c, i) => {
			row[`network_${CLASS_SUFFIX[c]}`] = String(t.network[i]);
			row[`class_${CLASS_SUFFIX[c]}`] = String(t.classes[i]);
		});
		row.network_none = String(t.network[6]);
		row.class_none = String(t.classes[6]);
		for (const c of CAUSES) row[c] = String(t.causes[c]);
		for (const p of CLASS_PARAMETERS) row[`limiting_${p}`] = String(t.limiting[p]);
		for (const p of STAT_PARAMETERS) {
			const n = t.n[p] ?? 0;
			const d = SIGNATURE[p].decimals;
			row[`${p}_n`] = String(n);
			row[`${p}_mean`] = n ? formatRounded(t.sum[p]! / n, d) : '';
			row[`${p}_min`] = n ? formatRounded(t.min[p]!, d) : '';
			row[`${p}_max`] = n ? formatRounded(t.max[p]!, d) : '';
		}
		rows.push(ordered(row, monthlyColumns));
	}
	return rows;
}

/**
 * Rows of water-stations.csv from the monthly rows (after any merge), sorted by station. `basins` gives each
 * station's basin (from the files, or from the stations table already committed).
 */
export function stationRows(monthly: readonly Cells[], basins: ReadonlyMap<string, string>): Cells[] {
	const by = new Map<string, Cells[]>();
	for (const m of monthly) {
		const list = by.get(m.station!);
		if (list) list.push(m);
		else by.set(m.station!, [m]);
	}
	const out: Cells[] = [];
	for (const station of [...by.keys()].sort(byCodeUnit)) {
		const months = by.get(station)!.sort((a, b) => byCodeUnit(a.month!, b.month!));
		const sum = (col: keyof MonthlyRow | string) => months.reduce((s, m) => s + Number(m[col]), 0);
		const sumOf = (prefix: string, classes: readonly WaterClass[]) =>
			classes.reduce((s, c) => s + sum(`${prefix}_${CLASS_SUFFIX[c]}`), 0);
		const excellent = WATER_CLASSES.slice(0, 3);
		const worse = WATER_CLASSES.slice(3);
		const group: StationGroup = stationGroup(station);
		const row: Cells = {
			station,
			basin: basins.get(station) ?? '',
			group,
			body: stationBody(station),
			renamed_to: RENAMED[station] ?? '',
			first_month: months[0]!.month!,
			last_month: months[months.length - 1]!.month!,
			months: String(months.length),
			readings: String(sum('readings')),
			maintenance: String(sum('maintenance')),
			not_operating: String(sum('not_operating')),
			network_classified: String(sumOf('network', WATER_CLASSES)),
			network_excellent: String(sumOf('network', excellent)),
			network_worse_than_III: String(sumOf('network', worse)),
			class_classified: String(sumOf('class', WATER_CLASSES)),
			class_excellent: String(sumOf('class', excellent)),
			class_worse_than_III: String(sumOf('class', worse)),
			compared: String(sum('compared')),
			agree: String(sum('agree'))
		};
		out.push(ordered(row, stationColumns));
	}
	return out;
}

/** `row` with its keys in the table's column order; throws if a column is missing (a programming error). */
export function ordered(row: Cells, columns: Record<string, unknown>): Cells {
	const out: Cells = {};
	for (const c of Object.keys(columns)) {
		const v = row[c];
		if (v === undefined) throw new Error(`row has no value for column ${c}`);
		out[c] = v;
	}
	return out;
}

/** The CSV text of a table: header, then one line per row; LF, UTF-8, no quoting (cells are checked). */
export function renderCsv(columns: Record<string, unknown>, rows: readonly Cells[]): string {
	const names = Object.keys(columns);
	const lines = [names.join(',')];
	for (const row of rows) {
		const cells = names.map((n) => row[n] ?? '');
		for (const c of cells)
			if (/[",\n\r]/.test(c)) throw new Error(`cell ${JSON.stringify(c)} needs CSV quoting; derived cells never do`);
		lines.push(cells.join(','));
	}
	return lines.join('\n') + '\n';
}

/** Which derived readings file a station's readings go to, if any. */
export function readingsGroup(station: string): Exclude<StationGroup, 'fujian'> | null {
	const g = stationGroup(station);
	return g === 'fujian' ? null : g;
}
