/**
 * Checks of the surface-water network's derived tables (data/derived/water-*.csv, written by
 * `npm run import:water`) and what ties them together, so that a hand-edited or half-copied table fails like
 * any other: one row per key; a month's counts add up (classes to readings, causes to disagreements); the
 * readings and disagreements files hold exactly as many rows per station-month as the monthly table says; each
 * station's totals are the sums of its months; nothing after today. Builds the dataset's water-network part:
 * 隘头潭's readings in the compact form the site needs, every station's months, the stations, the
 * disagreements and the input files. The Jiulong River readings are not loaded (files.ts, IMPORT_ONLY_TABLES):
 * the site shows those stations through the monthly table.
 */
import {
	DISAGREEMENT_CAUSES,
	seasonOf,
	waterDisagreementTable,
	waterInputTable,
	waterMonthTable,
	waterReadingPointTable,
	waterReadingTable,
	waterStationTable,
	type ClassCounts,
	type ClassTotals,
	type StationGroup,
	type WaterMonth,
	type WaterStation
} from '../../data/schema/waterNetwork';
import { WATER_CLASSES } from '../../data/schema/vocabulary';
import type { ColumnsOf } from '../../data/schema/table';
import type { WaterNetworkDataset } from '../../data/types';
import type { LoadedTable } from '../load';
import { byCodeUnit } from '../order';
import { citeAll, uniqueRows, type CheckContext } from './context';

type Table<T> = LoadedTable<ColumnsOf<T>>;

export interface WaterNetworkTables {
	waterReadingsXiamen: Table<typeof waterReadingTable>;
	waterMonths: Table<typeof waterMonthTable>;
	waterDisagreements: Table<typeof waterDisagreementTable>;
	waterStations: Table<typeof waterStationTable>;
	waterInputs: Table<typeof waterInputTable>;
}

const sum = (c: ClassCounts, classes: readonly (keyof ClassCounts)[]) => classes.reduce((s, k) => s + c[k], 0);

/** A month's counts that must add up; each failure is [field, value, expected]. */
function monthProblems(m: WaterMonth): [string, string, string][] {
	const out: [string, string, string][] = [];
	for (const [prefix, counts] of [
		['network', m.network],
		['class', m.class]
	] as const) {
		const total = sum(counts, [...WATER_CLASSES, 'none']);
		if (total !== m.readings)
			out.push([
				`${prefix}_none`,
				String(counts.none),
				`${m.readings - total + counts.none}: the ${prefix}_* counts add up to the readings (${m.readings})`
			]);
	}
	const disagree = DISAGREEMENT_CAUSES.reduce((s, c) => s + m.causes[c], 0);
	if (m.agree > m.compared || m.compared > m.readings)
		out.push(['compared', String(m.compared), `at least agree (${m.agree}) and at most readings (${m.readings})`]);
	else if (disagree !== m.compared - m.agree)
		out.push([
			DISAGREEMENT_CAUSES.at(-1)!,
			String(m.causes.network_better),
			`counts by cause that add up to compared − agree (${m.compared - m.agree})`
		]);
	return out;
}

/** Assembles the water-network part of the dataset from validated tables (problems go to `context.issues`). */
export function checkWaterNetwork(tables: WaterNetworkTables, context: CheckContext): WaterNetworkDataset {
	const { issues } = context;
	const t = tables;
	citeAll(t.waterInputs, context);
	const inputs = uniqueRows(t.waterInputs.file, t.waterInputs.rows, (r) => r.file, 'file', issues).map(
		({ line, row }) => waterInputTable.toRecord(row, `${t.waterInputs.file}:${line}`)
	);

	const stationRows = uniqueRows(t.waterStations.file, t.waterStations.rows, (r) => r.station, 'station', issues);
	const groups = new Map(stationRows.map(({ row }) => [row.station, row.group]));
	const thisMonth = context.today.slice(0, 7);

	// Months: a known station, the season of the month, nothing after today, counts that add up.
	const monthRows = uniqueRows(
		t.waterMonths.file,
		t.waterMonths.rows,
		(r) => `${r.station}, ${r.month}`,
		'station, month',
		issues
	).filter(({ line, row }) => {
		const at = (field: string, value: string, expected: string) =>
			issues.push({
				file: t.waterMonths.file,
				line,
				column: t.waterMonths.column(field as never),
				field,
				value,
				expected
			});
		if (!groups.has(row.station)) at('station', row.station, `a station of ${t.waterStations.file}`);
		else if (row.season !== seasonOf(row.month))
			at('season', row.season, `${seasonOf(row.month)} (flood season is April–September)`);
		else if (row.month > thisMonth) at('month', row.month, `a month that has begun (today is ${context.today})`);
		else {
			const problems = monthProblems(waterMonthTable.toRecord(row, ''));
			for (const [field, value, expected] of problems) at(field, value, expected);
			return problems.length === 0;
		}
		return false;
	});
	const months = monthRows.map(({ line, row }) => waterMonthTable.toRecord(row, `${t.waterMonths.file}:${line}`));
	const byStationMonth = new Map(months.map((m) => [`${m.station} ${m.month}`, m]));

	/** Rows of a per-reading table: one per station and time, as many per station-month as the months say. */
	const perReading = <R extends { station: string; time: string }>(
		table: { file: string; rows: { line: number; row: R }[]; column(name: 'station'): number },
		expectedPerMonth: (m: WaterMonth) => number,
		what: string,
		group?: StationGroup
	) => {
		const rows = uniqueRows(table.file, table.rows, (r) => `${r.station}, ${r.time}`, 'station, time', issues).filter(
			({ line, row }) => {
				if (group === undefined ? groups.has(row.station) : groups.get(row.station) === group) return true;
				issues.push({
					file: table.file,
					line,
					column: table.column('station'),
					field: 'station',
					value: row.station,
					expected: `a station of ${t.waterStations.file}${group ? ` in group ${group}` : ''}`
				});
				return false;
			}
		);
		const counted = new Map<string, { n: number; line: number }>();
		for (const { line, row } of rows) {
			const key = `${row.station} ${row.time.slice(0, 7)}`;
			const c = counted.get(key);
			counted.set(key, { n: (c?.n ?? 0) + 1, line: c?.line ?? line });
		}
		for (const m of months.filter((m) => group === undefined || groups.get(m.station) === group)) {
			const key = `${m.station} ${m.month}`;
			const found = counted.get(key);
			counted.delete(key);
			if ((found?.n ?? 0) !== expectedPerMonth(m))
				issues.push({
					file: table.file,
					line: found?.line ?? 1,
					field: 'station, time',
					value: `${found?.n ?? 0} ${what} of ${key}`,
					expected: `${expectedPerMonth(m)}, as ${t.waterMonths.file} says`
				});
		}
		for (const [key, { n, line }] of counted)
			if (!byStationMonth.has(key))
				issues.push({
					file: table.file,
					line,
					field: 'station, time',
					value: `${n} ${what} of ${key}`,
					expected: `a station-month of ${t.waterMonths.file}`
				});
		return rows;
	};
	const xiamen = perReading(t.waterReadingsXiamen, (m) => m.readings, 'readings', 'xiamen');
	const disagreements = perReading(t.waterDisagreements, (m) => m.compared - m.agree, 'disagreements').map(
		({ line, row }) => waterDisagreementTable.toRecord(row, `${t.waterDisagreements.file}:${line}`)
	);

	// Stations: the sums of their months.
	const stations: WaterStation[] = stationRows.map(({ line, row }) => {
		const s = waterStationTable.toRecord(row, `${t.waterStations.file}:${line}`);
		const own = months.filter((m) => m.station === s.station).sort((a, b) => byCodeUnit(a.month, b.month));
		const total = (f: (m: WaterMonth) => number) => own.reduce((n, m) => n + f(m), 0);
		const totals = (pick: (m: WaterMonth) => ClassCounts): ClassTotals => ({
			classified: total((m) => sum(pick(m), WATER_CLASSES)),
			excellent: total((m) => sum(pick(m), WATER_CLASSES.slice(0, 3))),
			worseThanIII: total((m) => sum(pick(m), WATER_CLASSES.slice(3)))
		});
		const expected = waterStationTable.toCells({
			...s,
			firstMonth: own[0]?.month ?? '',
			lastMonth: own.at(-1)?.month ?? '',
			months: own.length,
			readings: total((m) => m.readings),
			maintenance: total((m) => m.maintenance),
			notOperating: total((m) => m.notOperating),
			network: totals((m) => m.network),
			class: totals((m) => m.class),
			compared: total((m) => m.compared),
			agree: total((m) => m.agree)
		});
		const actual = waterStationTable.toCells(s);
		for (const field of waterStationTable.columnNames)
			if (actual[field] !== expected[field])
				issues.push({
					file: t.waterStations.file,
					line,
					column: t.waterStations.column(field),
					field,
					value: String(actual[field]),
					expected: `${String(expected[field])}, from ${t.waterMonths.file} (run npm run import:water)`
				});
		return s;
	});

	return {
		sourceIds: [...new Set(inputs.map((i) => i.sourceId))].sort(byCodeUnit),
		xiamenReadings: xiamen.map(({ row }) => waterReadingPointTable.toRecord(row, '')),
		months,
		stations,
		disagreements,
		inputs
	};
}
