/**
 * The national surface-water automatic monitoring network (国家地表水水质自动监测系统): the tables
 * `npm run import:water` derives from its 4-hourly readings of the Fujian stations (data/derived/water-*.csv),
 * the words they use, and the way back from records to cells. The importer writes with these schemas, the data
 * pipeline reads with them (a hand-edited derived file fails like any other table), the catalogue's downloads
 * are made with them.
 *
 * Conventions: times are Beijing time as published, `YYYY-MM-DDTHH:MM`; classes are I, II, III, IV, V, 劣V;
 * parameter values are the network's published values (mg/L; pH unitless; water temperature ℃; conductivity
 * µS/cm; turbidity NTU; algae cells/L), written back with the decimals the network printed; empty = no value
 * (not measured, not published or not applicable). Every table is computed from the network's instantaneous
 * 4-hourly readings: never the official monthly or annual assessment of any section.
 */
import * as v from 'valibot';
import { decimal, identifier, integer, oneOf, orEmpty, text, type Cell } from './cells';
import { defineTable, fixed, type CellValue, type RecordOf } from './table';
import { WATER_CLASSES, type WaterClass } from './vocabulary';

/** The 11 measured parameters, in the files' column order; these names are the tables' column names. */
export const WATER_PARAMETERS = [
	'water_temp',
	'pH',
	'DO',
	'conductivity',
	'turbidity',
	'CODMn',
	'NH3N',
	'TP',
	'TN',
	'chlorophyll',
	'algae'
] as const;
export type WaterParameter = (typeof WATER_PARAMETERS)[number];

/**
 * The parameters that set a reading's class (issue 16): pH, DO, CODMn, NH3N, TP, in GB 3838-2002 Table 1
 * order. TN is reported with its own class but never sets a class (STANDARDS.md §7 for rivers; for the two
 * reservoir points the routine assessment evaluates TN separately, 环办〔2011〕22号 as cited in STANDARDS.md
 * §5). Water temperature, conductivity, turbidity, chlorophyll and algae density have no GB 3838 class limit.
 */
export const CLASS_PARAMETERS = ['pH', 'DO', 'CODMn', 'NH3N', 'TP'] as const satisfies readonly WaterParameter[];
export type ClassParameter = (typeof CLASS_PARAMETERS)[number];

/**
 * The decimals the network prints for each parameter (pH 7.05, NH3N 0.142, …). A value is written back with
 * them unless its record says it was printed otherwise (a few are: `0.1` for a TP of 0.100).
 */
export const WATER_DECIMALS: Readonly<Record<WaterParameter, number>> = {
	water_temp: 1,
	pH: 2,
	DO: 2,
	conductivity: 1,
	turbidity: 1,
	CODMn: 2,
	NH3N: 3,
	TP: 3,
	TN: 2,
	chlorophyll: 3,
	algae: 0
};

/**
 * Plausibility limits of each parameter: a published value outside [min, max] is not a measurement of that
 * quantity (a shifted column or a typo) and stops the import and the pipeline. They are physical bounds, far
 * outside anything in the files (largest values in 2021–2023: 38.4 ℃, pH 10.4, DO 29.42, 79 719 µS/cm,
 * 6 009 NTU, CODMn 49.63, NH3N 7.71, TP 4.081, TN 49.17, chlorophyll 0.029, algae 29 429 600).
 */
export const WATER_PLAUSIBLE: Readonly<Record<WaterParameter, readonly [number, number]>> = {
	water_temp: [0, 45],
	pH: [0, 14],
	DO: [0, 40],
	conductivity: [0, 100_000],
	turbidity: [0, 10_000],
	CODMn: [0, 100],
	NH3N: [0, 100],
	TP: [0, 50],
	TN: [0, 200],
	chlorophyll: [0, 10],
	algae: [0, 1e10]
};

/**
 * Why the network's class and the recomputed one differ (the importer's classes.ts says how each is found):
 * `on_limit` a parameter sits exactly on a class limit as published; `previous_reading` the network's class is
 * the class recomputed 4 hours earlier (published one reading late); `network_worse`, `network_better`.
 */
export const DISAGREEMENT_CAUSES = ['on_limit', 'previous_reading', 'network_worse', 'network_better'] as const;
export type DisagreementCause = (typeof DISAGREEMENT_CAUSES)[number];

/** A station's role: Xiamen's station (隘头潭), a Jiulong River station, or one of the other Fujian stations. */
export const STATION_GROUPS = ['xiamen', 'jiulong', 'fujian'] as const;
export type StationGroup = (typeof STATION_GROUPS)[number];

/** How GB 3838-2002 assesses a station: a river section, or a lake/reservoir point (its own TP column). */
export const WATER_BODIES = ['river', 'lake'] as const;

/** Flood season (汛期) and dry season. */
export const SEASONS = ['flood', 'dry'] as const;
export type Season = (typeof SEASONS)[number];

/** Flood season (汛期) months, April–September (issue 16); the other months are the dry season. */
export const FLOOD_MONTHS: readonly number[] = [4, 5, 6, 7, 8, 9];

/** `flood` for a time or month (`YYYY-MM…`) in April–September, else `dry`. */
export function seasonOf(t: string): Season {
	return FLOOD_MONTHS.includes(Number(t.slice(5, 7))) ? 'flood' : 'dry';
}

/**
 * A month with fewer readings than this (a full month has about 180: six a day) is thin: the snapshots were
 * not saved evenly, and a share computed from a thin month rests on a few days.
 */
export const THIN_MONTH_READINGS = 30;

/** Column suffix of a class in count columns: `劣V` is written `worse_than_V`. */
export const CLASS_SUFFIX = { I: 'I', II: 'II', III: 'III', IV: 'IV', V: 'V', 劣V: 'worse_than_V' } as const;

/** Readings in each class, and `none` for readings without one. */
export type ClassCounts = Record<WaterClass | 'none', number>;

const localTime = (): Cell<string> =>
	v.pipe(
		v.string(),
		v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, 'a time YYYY-MM-DDTHH:MM')
	);
const month = (): Cell<string> => v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM'));
const waterClass = () => oneOf(WATER_CLASSES);
const count = () => integer(0, 10_000_000);
/** Class-setting parameters joined with `;` in GB 3838 Table 1 order, or empty. */
const parameterList = (): Cell<ClassParameter[]> =>
	v.pipe(
		v.string(),
		v.regex(
			new RegExp(`^((${CLASS_PARAMETERS.join('|')})(;(${CLASS_PARAMETERS.join('|')}))*)?$`),
			`parameters among ${CLASS_PARAMETERS.join(', ')} joined with ;, or empty`
		),
		v.transform((s) => (s ? (s.split(';') as ClassParameter[]) : []))
	);

type Decimal = { value: number; decimals: number };

/** A published value of `p` within its plausibility limits, or empty. */
const value = (p: WaterParameter): Cell<Decimal | null> =>
	orEmpty(
		v.pipe(
			decimal(),
			v.check(
				(d) => d.value >= WATER_PLAUSIBLE[p][0] && d.value <= WATER_PLAUSIBLE[p][1],
				`a ${p} value between ${WATER_PLAUSIBLE[p][0]} and ${WATER_PLAUSIBLE[p][1]}`
			)
		)
	);
const valueColumns = <P extends WaterParameter>(params: readonly P[]) =>
	Object.fromEntries(params.map((p) => [p, value(p)])) as { [K in P]: Cell<Decimal | null> };

/**
 * Published values as a record holds them: the numbers, and the decimals of the few printed with other decimals
 * than the network's usual ({@link WATER_DECIMALS}), so that they are written back exactly as published.
 */
export interface PublishedValues<P extends WaterParameter> {
	values: Record<P, number | null>;
	/** Present only when a value was printed with other decimals than {@link WATER_DECIMALS} gives. */
	decimals?: Partial<Record<P, number>>;
}

/** The published values of `params` in a validated row. */
export function publishedValues<P extends WaterParameter>(
	row: { [K in P]: Decimal | null },
	params: readonly P[]
): PublishedValues<P> {
	const values = {} as Record<P, number | null>;
	const decimals: Partial<Record<P, number>> = {};
	for (const p of params) {
		const d = row[p];
		values[p] = d?.value ?? null;
		if (d && d.decimals !== WATER_DECIMALS[p]) decimals[p] = d.decimals;
	}
	return Object.keys(decimals).length > 0 ? { values, decimals } : { values };
}

/** The cells of published values: each with the decimals it was printed with. */
function valueCells<P extends WaterParameter>(r: PublishedValues<P>, params: readonly P[]): Record<P, CellValue> {
	return Object.fromEntries(params.map((p) => [p, fixed(r.values[p], r.decimals?.[p] ?? WATER_DECIMALS[p])])) as Record<
		P,
		CellValue
	>;
}

/** Class counts from `<prefix>_I` … `<prefix>_worse_than_V`, `<prefix>_none` columns, and back. */
const classCountColumns = <P extends string>(prefix: P) =>
	Object.fromEntries([...Object.values(CLASS_SUFFIX), 'none'].map((s) => [`${prefix}_${s}`, count()])) as {
		[K in `${P}_${(typeof CLASS_SUFFIX)[WaterClass] | 'none'}`]: Cell<number>;
	};
function classCounts(row: Record<string, unknown>, prefix: string): ClassCounts {
	const out = { none: row[`${prefix}_none`] as number } as ClassCounts;
	for (const c of WATER_CLASSES) out[c] = row[`${prefix}_${CLASS_SUFFIX[c]}`] as number;
	return { I: out.I, II: out.II, III: out.III, IV: out.IV, V: out.V, 劣V: out.劣V, none: out.none };
}
function classCountCells<P extends string>(counts: ClassCounts, prefix: P) {
	return Object.fromEntries([
		...WATER_CLASSES.map((c) => [`${prefix}_${CLASS_SUFFIX[c]}`, counts[c]]),
		[`${prefix}_none`, counts.none]
	]) as Record<keyof ReturnType<typeof classCountColumns<P>>, number>;
}

/** One reading as the readings files hold it. */
export interface WaterReading extends PublishedValues<WaterParameter> {
	station: string;
	time: string;
	/** The network's class of the reading (null: it gave none). */
	networkClass: WaterClass | null;
	/** The class recomputed from the parameters with the GB 3838-2002 engine (null: no class-setting parameter). */
	class: WaterClass | null;
	/** The parameters that set `class` (empty for class I), GB 3838 Table 1 order. */
	limiting: ClassParameter[];
	/** Why the two classes differ; null when they agree (or one is missing). */
	cause: DisagreementCause | null;
	/** TN's own class, reported, never setting `class`. */
	tnClass: WaterClass | null;
}

/**
 * data/derived/water-readings-xiamen.csv and water-readings-jiulong.csv: every reading of 隘头潭 (resp. the
 * Jiulong River stations) taken in normal operation, one per station and time.
 */
export const waterReadingTable = defineTable({
	columns: {
		station: text(),
		time: localTime(),
		network_class: orEmpty(waterClass()),
		class: orEmpty(waterClass()),
		limiting: parameterList(),
		cause: orEmpty(oneOf(DISAGREEMENT_CAUSES)),
		TN_class: orEmpty(waterClass()),
		...valueColumns(WATER_PARAMETERS)
	},
	toRecord: (row): WaterReading => ({
		station: row.station,
		time: row.time,
		networkClass: row.network_class,
		class: row.class,
		limiting: row.limiting,
		cause: row.cause,
		tnClass: row.TN_class,
		...publishedValues(row, WATER_PARAMETERS)
	}),
	toCells: (r) => ({
		station: r.station,
		time: r.time,
		network_class: r.networkClass,
		class: r.class,
		limiting: r.limiting.join(';'),
		cause: r.cause,
		TN_class: r.tnClass,
		...valueCells(r, WATER_PARAMETERS)
	})
});

/**
 * A reading as the site's dataset holds it: the columns its charts and tables need (the classes, what limits
 * the class, the five class-setting parameters). The dataset keeps 隘头潭's readings in this form; the full
 * reading, with all 11 parameters, is in data/derived/water-readings-xiamen.csv. Its cells are those of the
 * same columns of {@link waterReadingTable}, so its download reads like that table.
 */
export interface WaterReadingPoint extends PublishedValues<ClassParameter> {
	time: string;
	networkClass: WaterClass | null;
	class: WaterClass | null;
	limiting: ClassParameter[];
}

const { time, network_class, class: recomputed, limiting } = waterReadingTable.columns;
/** The dataset's form of a reading ({@link WaterReadingPoint}); `toRecord` takes a row of the full table too. */
export const waterReadingPointTable = defineTable({
	columns: { time, network_class, class: recomputed, limiting, ...valueColumns(CLASS_PARAMETERS) },
	toRecord: (row): WaterReadingPoint => ({
		time: row.time,
		networkClass: row.network_class,
		class: row.class,
		limiting: row.limiting,
		...publishedValues(row, CLASS_PARAMETERS)
	}),
	toCells: (r) => ({
		time: r.time,
		network_class: r.networkClass,
		class: r.class,
		limiting: r.limiting.join(';'),
		...valueCells(r, CLASS_PARAMETERS)
	})
});

/** Statistics of one parameter in a month: how many values, and their mean, minimum or maximum (GB/T 8170). */
export interface ParameterStats {
	n: number;
	mean?: number | null;
	min?: number | null;
	max?: number | null;
}

/** Which statistics the monthly table gives of each parameter (the direction that makes a class worse). */
export const MONTHLY_STATISTICS = {
	pH: ['min', 'max'],
	DO: ['mean', 'min'],
	CODMn: ['mean', 'max'],
	NH3N: ['mean', 'max'],
	TP: ['mean', 'max'],
	TN: ['mean', 'max']
} as const satisfies Partial<Record<WaterParameter, readonly ('mean' | 'min' | 'max')[]>>;
type StatParameter = keyof typeof MONTHLY_STATISTICS;
const STAT_PARAMETERS = Object.keys(MONTHLY_STATISTICS) as StatParameter[];
type StatColumn = {
	[P in StatParameter]: `${P}_n` | `${P}_${(typeof MONTHLY_STATISTICS)[P][number]}`;
}[StatParameter];

const statColumns = Object.fromEntries(
	STAT_PARAMETERS.flatMap((p) => [
		[`${p}_n`, count()],
		...MONTHLY_STATISTICS[p].map((s) => [`${p}_${s}`, value(p)])
	])
) as { [K in StatColumn]: K extends `${string}_n` ? Cell<number> : Cell<Decimal | null> };

/** One station-month of the monthly table. */
export interface WaterMonth {
	station: string;
	month: string;
	season: Season;
	/** Readings kept (normal operation). */
	readings: number;
	/** Readings dropped because the station was under maintenance, or not fit to operate. */
	maintenance: number;
	notOperating: number;
	/** Class counts of the kept readings: the network's, and recomputed. */
	network: ClassCounts;
	class: ClassCounts;
	/** Readings with both classes, and of those, the same class. */
	compared: number;
	agree: number;
	/** The disagreements by cause. */
	causes: Record<DisagreementCause, number>;
	/** Readings worse than III whose class the parameter sets (a reading can count for several). */
	limiting: Record<ClassParameter, number>;
	/** Statistics of the kept readings' values (as {@link MONTHLY_STATISTICS} lists them). */
	stats: Record<StatParameter, ParameterStats>;
}

/**
 * data/derived/water-monthly.csv: every Fujian station and month with a reading: the kept readings' classes,
 * agreement, what limits a class worse than III, and statistics of the parameters (mean to the published
 * decimals, GB/T 8170).
 */
export const waterMonthTable = defineTable({
	columns: {
		station: text(),
		month: month(),
		season: oneOf(SEASONS),
		readings: count(),
		maintenance: count(),
		not_operating: count(),
		...classCountColumns('network'),
		...classCountColumns('class'),
		compared: count(),
		agree: count(),
		...(Object.fromEntries(DISAGREEMENT_CAUSES.map((c) => [c, count()])) as Record<DisagreementCause, Cell<number>>),
		...(Object.fromEntries(CLASS_PARAMETERS.map((p) => [`limiting_${p}`, count()])) as Record<
			`limiting_${ClassParameter}`,
			Cell<number>
		>),
		...statColumns
	},
	toRecord: (row): WaterMonth => ({
		station: row.station,
		month: row.month,
		season: row.season,
		readings: row.readings,
		maintenance: row.maintenance,
		notOperating: row.not_operating,
		network: classCounts(row, 'network'),
		class: classCounts(row, 'class'),
		compared: row.compared,
		agree: row.agree,
		causes: Object.fromEntries(DISAGREEMENT_CAUSES.map((c) => [c, row[c]])) as Record<DisagreementCause, number>,
		limiting: Object.fromEntries(CLASS_PARAMETERS.map((p) => [p, row[`limiting_${p}`]])) as Record<
			ClassParameter,
			number
		>,
		stats: Object.fromEntries(
			STAT_PARAMETERS.map((p) => {
				const r = row as unknown as Record<string, number | Decimal | null>;
				return [
					p,
					{
						n: r[`${p}_n`] as number,
						...Object.fromEntries(
							MONTHLY_STATISTICS[p].map((s) => [s, (r[`${p}_${s}`] as Decimal | null)?.value ?? null])
						)
					}
				];
			})
		) as Record<StatParameter, ParameterStats>
	}),
	toCells: (m) => ({
		station: m.station,
		month: m.month,
		season: m.season,
		readings: m.readings,
		maintenance: m.maintenance,
		not_operating: m.notOperating,
		...classCountCells(m.network, 'network'),
		...classCountCells(m.class, 'class'),
		compared: m.compared,
		agree: m.agree,
		...m.causes,
		...(Object.fromEntries(CLASS_PARAMETERS.map((p) => [`limiting_${p}`, m.limiting[p]])) as Record<
			`limiting_${ClassParameter}`,
			number
		>),
		...(Object.fromEntries(
			STAT_PARAMETERS.flatMap((p) => [
				[`${p}_n`, m.stats[p].n],
				...MONTHLY_STATISTICS[p].map((s) => [`${p}_${s}`, fixed(m.stats[p][s] ?? null, WATER_DECIMALS[p])])
			])
		) as Record<StatColumn, CellValue>)
	})
});

/** A kept reading where the network's class and the recomputed one differ. */
export interface WaterDisagreement extends PublishedValues<ClassParameter> {
	station: string;
	time: string;
	networkClass: WaterClass;
	class: WaterClass;
	cause: DisagreementCause;
	/** `on_limit`: the parameter(s) on the limit; `network_better`: those worse than the network's class. */
	parameters: ClassParameter[];
}

/**
 * data/derived/water-disagreements.csv: every kept reading (all Fujian stations) where the network's class and
 * the recomputed one differ, with the cause and the parameters involved, and the five class-setting parameters
 * as published.
 */
export const waterDisagreementTable = defineTable({
	columns: {
		station: text(),
		time: localTime(),
		network_class: waterClass(),
		class: waterClass(),
		cause: oneOf(DISAGREEMENT_CAUSES),
		parameters: parameterList(),
		...valueColumns(CLASS_PARAMETERS)
	},
	toRecord: (row): WaterDisagreement => ({
		station: row.station,
		time: row.time,
		networkClass: row.network_class,
		class: row.class,
		cause: row.cause,
		parameters: row.parameters,
		...publishedValues(row, CLASS_PARAMETERS)
	}),
	toCells: (d) => ({
		station: d.station,
		time: d.time,
		network_class: d.networkClass,
		class: d.class,
		cause: d.cause,
		parameters: d.parameters.join(';'),
		...valueCells(d, CLASS_PARAMETERS)
	})
});

/** Readings with a class, of them excellent (I–III, 优良), and worse than III (IV, V, 劣V). */
export interface ClassTotals {
	classified: number;
	excellent: number;
	worseThanIII: number;
}

/**
 * data/derived/water-stations.csv: one row per station name, totals of water-monthly.csv. `renamed_to`: the name
 * the station was published under from 2023-03-02 (the importer's stations.ts), else empty.
 */
export const waterStationTable = defineTable({
	columns: {
		station: text(),
		basin: text(),
		group: oneOf(STATION_GROUPS),
		body: oneOf(WATER_BODIES),
		renamed_to: v.string() as Cell<string>,
		first_month: month(),
		last_month: month(),
		months: count(),
		readings: count(),
		maintenance: count(),
		not_operating: count(),
		network_classified: count(),
		network_excellent: count(),
		network_worse_than_III: count(),
		class_classified: count(),
		class_excellent: count(),
		class_worse_than_III: count(),
		compared: count(),
		agree: count()
	},
	toRecord: (row) => ({
		station: row.station,
		basin: row.basin,
		group: row.group,
		body: row.body,
		renamedTo: row.renamed_to || null,
		firstMonth: row.first_month,
		lastMonth: row.last_month,
		months: row.months,
		readings: row.readings,
		maintenance: row.maintenance,
		notOperating: row.not_operating,
		network: {
			classified: row.network_classified,
			excellent: row.network_excellent,
			worseThanIII: row.network_worse_than_III
		} as ClassTotals,
		class: {
			classified: row.class_classified,
			excellent: row.class_excellent,
			worseThanIII: row.class_worse_than_III
		} as ClassTotals,
		compared: row.compared,
		agree: row.agree
	}),
	toCells: (s) => ({
		station: s.station,
		basin: s.basin,
		group: s.group,
		body: s.body,
		renamed_to: s.renamedTo ?? '',
		first_month: s.firstMonth,
		last_month: s.lastMonth,
		months: s.months,
		readings: s.readings,
		maintenance: s.maintenance,
		not_operating: s.notOperating,
		network_classified: s.network.classified,
		network_excellent: s.network.excellent,
		network_worse_than_III: s.network.worseThanIII,
		class_classified: s.class.classified,
		class_excellent: s.class.excellent,
		class_worse_than_III: s.class.worseThanIII,
		compared: s.compared,
		agree: s.agree
	})
});
export type WaterStation = RecordOf<typeof waterStationTable>;

/** data/derived/water-inputs.csv: the input files the tables were computed from (merged across imports by file). */
export const waterInputTable = defineTable({
	columns: {
		file: text(),
		format: oneOf(['csv-snapshots', 'xlsx-snapshots'] as const),
		sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'a sha256 in lower-case hex')),
		bytes: integer(0, Number.MAX_SAFE_INTEGER),
		rows: count(),
		snapshots: count(),
		first_snapshot: localTime(),
		last_snapshot: localTime(),
		source_id: identifier()
	},
	toRecord: (row) => ({
		file: row.file,
		format: row.format,
		sha256: row.sha256,
		bytes: row.bytes,
		rows: row.rows,
		snapshots: row.snapshots,
		firstSnapshot: row.first_snapshot,
		lastSnapshot: row.last_snapshot,
		sourceId: row.source_id
	}),
	toCells: (i) => ({
		file: i.file,
		format: i.format,
		sha256: i.sha256,
		bytes: i.bytes,
		rows: i.rows,
		snapshots: i.snapshots,
		first_snapshot: i.firstSnapshot,
		last_snapshot: i.lastSnapshot,
		source_id: i.sourceId
	})
});
export type WaterInput = RecordOf<typeof waterInputTable>;
