/**
 * The derived surface-water tables (data/derived/water-*.csv, written by `npm run import:water`): one valibot
 * cell schema per column, in CSV order. The importer renders these columns and re-validates the committed tables
 * before it merges into them; the data pipeline and the site can read them with the same schemas (they move to
 * src/lib/data/schema/ with the other tables).
 *
 * Conventions: times are Beijing time as published, `YYYY-MM-DDTHH:MM`; classes are the engine's codes
 * I, II, III, IV, V, 劣V; parameter values are the network's published text (mg/L; pH unitless; water temperature
 * ℃; conductivity µS/cm; turbidity NTU; algae cells/L); empty = no value (not measured, not published or not
 * applicable). Every table is "computed from the network's instantaneous 4-hourly readings": not the official
 * monthly or annual assessment of any section.
 */
import * as v from 'valibot';
import { WATER_CLASSES } from '../../standards/index';
import { decimal, integer, oneOf, orEmpty, text, type Cell } from '../../data/schema/cells';
import type { RowOf } from '../../data/schema/table';
import { CAUSES, CLASS_PARAMETERS } from './classes';
import { PARAMETERS, PLAUSIBLE, type Parameter } from './vocabulary';

const localTime = (): Cell<string> =>
	v.pipe(
		v.string(),
		v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, 'a time YYYY-MM-DDTHH:MM')
	);
const month = (): Cell<string> => v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM'));
const waterClass = () => oneOf(WATER_CLASSES);
const count = () => integer(0, 10_000_000);
/** Class-setting parameters joined with `;` in GB 3838 Table 1 order, or empty. */
const parameterList = (): Cell<string[]> =>
	v.pipe(
		v.string(),
		v.regex(
			new RegExp(`^((${CLASS_PARAMETERS.join('|')})(;(${CLASS_PARAMETERS.join('|')}))*)?$`),
			`parameters among ${CLASS_PARAMETERS.join(', ')} joined with ;, or empty`
		),
		v.transform((s) => (s ? s.split(';') : []))
	);
/** A published parameter value within its plausibility limits (vocabulary.ts), or empty. */
const value = (p: Parameter) =>
	orEmpty(
		v.pipe(
			decimal(),
			v.check(
				(d) => d.value >= PLAUSIBLE[p][0] && d.value <= PLAUSIBLE[p][1],
				`a ${p} value between ${PLAUSIBLE[p][0]} and ${PLAUSIBLE[p][1]}`
			)
		)
	);
const values = Object.fromEntries(PARAMETERS.map((p) => [p, value(p)])) as {
	[P in Parameter]: ReturnType<typeof value>;
};

/** Column suffix of a class in count columns: `劣V` is written `worse_than_V`. */
export const CLASS_SUFFIX = { I: 'I', II: 'II', III: 'III', IV: 'IV', V: 'V', 劣V: 'worse_than_V' } as const;
type Suffix = (typeof CLASS_SUFFIX)[keyof typeof CLASS_SUFFIX];
const classCounts = <P extends string>(prefix: P) =>
	Object.fromEntries([...Object.values(CLASS_SUFFIX), 'none'].map((s) => [`${prefix}_${s}`, count()])) as {
		[K in `${P}_${Suffix | 'none'}`]: ReturnType<typeof count>;
	};

/**
 * data/derived/water-readings-xiamen.csv and water-readings-jiulong.csv: every reading of 隘头潭 (resp. the
 * Jiulong River stations) taken in normal operation, one per station and time.
 * `network_class` = the network's class (empty: it gave none); `class` = recomputed (GB 3838-2002, classes.ts);
 * `limiting` = the parameters that set `class` (empty for class I); `cause` = why the two differ (empty when they
 * agree); `TN_class` = TN's own class, reported, never setting `class`.
 */
export const readingColumns = {
	station: text(),
	time: localTime(),
	network_class: orEmpty(waterClass()),
	class: orEmpty(waterClass()),
	limiting: parameterList(),
	cause: orEmpty(oneOf(CAUSES)),
	TN_class: orEmpty(waterClass()),
	...values
};

/**
 * data/derived/water-monthly.csv: every Fujian station and month with a reading. `readings` = kept readings
 * (normal operation); `maintenance`, `not_operating` = readings dropped for the station's status. Class counts of
 * the kept readings, by the network (`network_*`) and recomputed (`class_*`; `_none` = no class). `compared` =
 * readings with both classes, `agree` = of those, the same class; the four cause columns split the rest.
 * `limiting_*` = readings worse than III whose class that parameter sets (a reading can count for several).
 * Parameter statistics of the kept readings: `_n` values, mean (GB/T 8170 to the published decimals), min or max.
 */
export const monthlyColumns = {
	station: text(),
	month: month(),
	season: oneOf(['flood', 'dry'] as const),
	readings: count(),
	maintenance: count(),
	not_operating: count(),
	...classCounts('network'),
	...classCounts('class'),
	compared: count(),
	agree: count(),
	...(Object.fromEntries(CAUSES.map((c) => [c, count()])) as {
		[C in (typeof CAUSES)[number]]: ReturnType<typeof count>;
	}),
	...(Object.fromEntries(CLASS_PARAMETERS.map((p) => [`limiting_${p}`, count()])) as {
		[P in (typeof CLASS_PARAMETERS)[number] as `limiting_${P}`]: ReturnType<typeof count>;
	}),
	pH_n: count(),
	pH_min: value('pH'),
	pH_max: value('pH'),
	DO_n: count(),
	DO_mean: value('DO'),
	DO_min: value('DO'),
	CODMn_n: count(),
	CODMn_mean: value('CODMn'),
	CODMn_max: value('CODMn'),
	NH3N_n: count(),
	NH3N_mean: value('NH3N'),
	NH3N_max: value('NH3N'),
	TP_n: count(),
	TP_mean: value('TP'),
	TP_max: value('TP'),
	TN_n: count(),
	TN_mean: value('TN'),
	TN_max: value('TN')
};

/**
 * data/derived/water-disagreements.csv: every kept reading (all Fujian stations) where the network's class and the
 * recomputed one differ, with the cause (classes.ts) and the parameters involved, and the five class-setting
 * parameters as published.
 */
export const disagreementColumns = {
	station: text(),
	time: localTime(),
	network_class: waterClass(),
	class: waterClass(),
	cause: oneOf(CAUSES),
	parameters: parameterList(),
	pH: value('pH'),
	DO: value('DO'),
	CODMn: value('CODMn'),
	NH3N: value('NH3N'),
	TP: value('TP')
};

/**
 * data/derived/water-stations.csv: one row per station name, totals of water-monthly.csv. `group`: xiamen (隘头潭),
 * jiulong (the Jiulong River stations) or fujian; `body`: how GB 3838 assesses it (river, or lake for a reservoir
 * point); `renamed_to`: the name the station was published under from 2023-03-02 (stations.ts), else empty.
 * `*_excellent` = classes I–III (优良), `*_worse_than_III` = IV, V, 劣V.
 */
export const stationColumns = {
	station: text(),
	basin: text(),
	group: oneOf(['xiamen', 'jiulong', 'fujian'] as const),
	body: oneOf(['river', 'lake'] as const),
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
};

/** data/derived/water-inputs.csv: the input files the tables were computed from (merged across imports by file). */
export const inputColumns = {
	file: text(),
	format: oneOf(['csv-snapshots', 'xlsx-snapshots'] as const),
	sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'a sha256 in lower-case hex')),
	bytes: integer(0, Number.MAX_SAFE_INTEGER),
	rows: count(),
	snapshots: count(),
	first_snapshot: localTime(),
	last_snapshot: localTime(),
	source_id: text()
};

/** Typed rows. */
export type ReadingRow = RowOf<typeof readingColumns>;
export type MonthlyRow = RowOf<typeof monthlyColumns>;
export type DisagreementRow = RowOf<typeof disagreementColumns>;
export type StationRow = RowOf<typeof stationColumns>;
export type InputRow = RowOf<typeof inputColumns>;
