/**
 * The story of one station of the national surface-water automatic network (issue 16: 隘头潭), as pure models
 * of the dataset's monthly table (data/derived/water-monthly.csv). Everything here is computed from the
 * network's instantaneous 4-hourly readings: never a section's official monthly or annual assessment.
 *
 * Two classes travel side by side: `network`, the class the network published with each reading, and
 * `computed`, the GB 3838-2002 class this project recomputes from the published parameters. Shares are of the
 * readings with a class; a month without any reading is a gap (`null`), never a zero and never filled in.
 */
import {
	CLASS_PARAMETERS,
	DISAGREEMENT_CAUSES,
	SEASONS,
	THIN_MONTH_READINGS,
	seasonOf,
	type ClassCounts,
	type ClassParameter,
	type DisagreementCause,
	type Season
} from '../data/schema/waterNetwork';
import { WATER_CLASSES, type WaterClass } from '../data/schema/vocabulary';
import type { WaterMonth } from '../data/types';

/** The classes better than or at III (优良, Ⅰ–Ⅲ) and those worse than III (Ⅳ, Ⅴ, 劣Ⅴ). */
export const WORSE_THAN_III: readonly WaterClass[] = ['IV', 'V', '劣V'];

/** Readings in each class, of the readings with a class. */
export interface ClassShares {
	/** Readings with a class (the denominator of every share). */
	classified: number;
	counts: Record<WaterClass, number>;
	/** Readings in Ⅳ, Ⅴ or 劣Ⅴ. */
	worseThanIII: number;
	/** worseThanIII / classified; null when no reading has a class. */
	worseShare: number | null;
}

/** Shares of one set of counts. */
export function classShares(counts: Omit<ClassCounts, 'none'> | ClassCounts): ClassShares {
	const own = Object.fromEntries(WATER_CLASSES.map((c) => [c, counts[c]])) as Record<WaterClass, number>;
	const classified = WATER_CLASSES.reduce((n, c) => n + own[c], 0);
	const worseThanIII = WORSE_THAN_III.reduce((n, c) => n + own[c], 0);
	return { classified, counts: own, worseThanIII, worseShare: classified === 0 ? null : worseThanIII / classified };
}

/** The sum of several months' counts. */
function addCounts(list: ClassCounts[]): ClassCounts {
	const out = { I: 0, II: 0, III: 0, IV: 0, V: 0, 劣V: 0, none: 0 } as ClassCounts;
	for (const c of list) for (const k of Object.keys(out) as (keyof ClassCounts)[]) out[k] += c[k];
	return out;
}

/** Every month from `first` to `last` (YYYY-MM, inclusive). */
export function monthsBetween(first: string, last: string): string[] {
	if (!/^\d{4}-\d{2}$/.test(first) || !/^\d{4}-\d{2}$/.test(last)) throw new Error(`not months: ${first}, ${last}`);
	const out: string[] = [];
	let [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5))];
	while (`${y}-${String(m).padStart(2, '0')}` <= last) {
		out.push(`${y}-${String(m).padStart(2, '0')}`);
		[y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
	}
	return out;
}

/** The station's months in month order; an error when it has none (a story needs data). */
function stationMonths(months: WaterMonth[], station: string): WaterMonth[] {
	const own = months.filter((m) => m.station === station).sort((a, b) => (a.month < b.month ? -1 : 1));
	if (own.length === 0) throw new Error(`water-monthly.csv has no month of station ${station}`);
	return own;
}

/** One calendar month of the class-share chart. */
export interface MonthShares {
	month: string;
	season: Season;
	/** Readings kept that month; null: no reading at all (a gap: shown as a gap, never filled). */
	readings: number | null;
	/** Fewer than {@link THIN_MONTH_READINGS} readings: the shares rest on a few days. */
	thin: boolean;
	network: ClassShares | null;
	computed: ClassShares | null;
}

export interface MonthlySharesModel {
	station: string;
	first: string;
	last: string;
	months: MonthShares[];
	/** Months without any reading between the first and the last. */
	gaps: string[];
	/** Months with readings, but fewer than {@link THIN_MONTH_READINGS}. */
	thin: string[];
}

/** The share of readings in each class, month by month, from the station's first month to its last. */
export function monthlyClassShares(months: WaterMonth[], station: string): MonthlySharesModel {
	const own = stationMonths(months, station);
	const byMonth = new Map(own.map((m) => [m.month, m]));
	const first = own[0]!.month;
	const last = own.at(-1)!.month;
	const rows = monthsBetween(first, last).map((month): MonthShares => {
		const m = byMonth.get(month);
		if (!m) return { month, season: seasonOf(month), readings: null, thin: false, network: null, computed: null };
		return {
			month,
			season: m.season,
			readings: m.readings,
			thin: m.readings < THIN_MONTH_READINGS,
			network: classShares(m.network),
			computed: classShares(m.class)
		};
	});
	return {
		station,
		first,
		last,
		months: rows,
		gaps: rows.filter((r) => r.readings === null).map((r) => r.month),
		thin: rows.filter((r) => r.thin).map((r) => r.month)
	};
}

/** One season (of one year, or of the whole period) of the comparison. */
export interface SeasonShares {
	season: Season;
	/** The calendar year; null: every year of the period. */
	year: number | null;
	/** The months with readings that the row sums. */
	months: string[];
	readings: number;
	network: ClassShares;
	computed: ClassShares;
}

export interface SeasonModel {
	station: string;
	/** Flood season, then dry season, over the whole period. */
	overall: [SeasonShares, SeasonShares];
	/** Each calendar year's flood and dry seasons (a season with no month of readings that year is left out). */
	byYear: SeasonShares[];
	/** The years in which the flood season's share worse than III is higher than the dry season's (network class). */
	floodWorseIn: number[];
	/** The years with both seasons. */
	yearsWithBoth: number[];
}

function seasonRow(list: WaterMonth[], season: Season, year: number | null): SeasonShares {
	return {
		season,
		year,
		months: list.map((m) => m.month),
		readings: list.reduce((n, m) => n + m.readings, 0),
		network: classShares(addCounts(list.map((m) => m.network))),
		computed: classShares(addCounts(list.map((m) => m.class)))
	};
}

/**
 * Flood season (April–September) against dry season: the shares of readings in each class, over the whole period
 * and year by year (the months were not recorded evenly, so a pooled share is read beside the years').
 */
export function seasonComparison(months: WaterMonth[], station: string): SeasonModel {
	const own = stationMonths(months, station);
	const [flood, dry] = SEASONS.map((s) =>
		seasonRow(
			own.filter((m) => m.season === s),
			s,
			null
		)
	) as [SeasonShares, SeasonShares];
	const years = [...new Set(own.map((m) => Number(m.month.slice(0, 4))))];
	const byYear = years.flatMap((y) =>
		SEASONS.flatMap((s) => {
			const list = own.filter((m) => m.season === s && m.month.startsWith(`${y}-`));
			return list.length === 0 ? [] : [seasonRow(list, s, y)];
		})
	);
	const yearsWithBoth = years.filter((y) => byYear.filter((r) => r.year === y).length === 2);
	const floodWorseIn = yearsWithBoth.filter((y) => {
		const [f, d] = SEASONS.map((s) => byYear.find((r) => r.year === y && r.season === s)!.network.worseShare ?? 0);
		return f! > d!;
	});
	return { station, overall: [flood, dry], byYear, floodWorseIn, yearsWithBoth };
}

/** How often a parameter sets the class of a reading worse than III. */
export interface LimitingRow {
	parameter: ClassParameter;
	readings: number;
	/** readings / the readings worse than III (a reading counts for each parameter at its class). */
	share: number | null;
	bySeason: Record<Season, number>;
}

export interface LimitingModel {
	station: string;
	/** Readings whose recomputed class is worse than III, in all, and by season. */
	worseThanIII: number;
	worseBySeason: Record<Season, number>;
	/** Every class-setting parameter, most frequent first (ties in GB 3838 Table 1 order). */
	rows: LimitingRow[];
	/** The parameter that sets the class most often (null: no reading worse than III). */
	leading: ClassParameter | null;
}

/**
 * Which parameter sets the class when a reading is worse than III. This is the recomputed class's answer (the
 * network publishes the class only); a reading with two parameters at its class counts for both.
 */
export function limitingParameters(months: WaterMonth[], station: string): LimitingModel {
	const own = stationMonths(months, station);
	const worseIn = (list: WaterMonth[]) => list.reduce((n, m) => n + classShares(m.class).worseThanIII, 0);
	const worseBySeason = Object.fromEntries(
		SEASONS.map((s) => [s, worseIn(own.filter((m) => m.season === s))])
	) as Record<Season, number>;
	const worseThanIII = worseIn(own);
	const rows = CLASS_PARAMETERS.map((parameter): LimitingRow => {
		const readings = own.reduce((n, m) => n + m.limiting[parameter], 0);
		return {
			parameter,
			readings,
			share: worseThanIII === 0 ? null : readings / worseThanIII,
			bySeason: Object.fromEntries(
				SEASONS.map((s) => [s, own.filter((m) => m.season === s).reduce((n, m) => n + m.limiting[parameter], 0)])
			) as Record<Season, number>
		};
	}).sort((a, b) => b.readings - a.readings);
	return { station, worseThanIII, worseBySeason, rows, leading: rows[0]!.readings > 0 ? rows[0]!.parameter : null };
}

/** The network's class beside the recomputed one. */
export interface AgreementModel {
	/** The station compared, or null for every station together. */
	station: string | null;
	/** Readings with both classes, and of those, the same class. */
	compared: number;
	agree: number;
	/** agree / compared; null when nothing was compared. */
	share: number | null;
	/** The disagreements by cause (water-provenance.md explains each). */
	causes: Record<DisagreementCause, number>;
	/** Readings in each class: the network's and the recomputed, over the whole period. */
	classes: { class: WaterClass; network: number; computed: number }[];
	network: ClassShares;
	computed: ClassShares;
}

/** The network's class against the class computed from the same reading's published parameters. */
export function classAgreement(months: WaterMonth[], station: string): AgreementModel {
	return agreementOf(stationMonths(months, station), station);
}

/** The same comparison over every station's months together (all of Fujian's stations in the network). */
export function networkAgreement(months: WaterMonth[]): AgreementModel {
	return agreementOf(months, null);
}

function agreementOf(own: WaterMonth[], station: string | null): AgreementModel {
	const compared = own.reduce((n, m) => n + m.compared, 0);
	const agree = own.reduce((n, m) => n + m.agree, 0);
	const network = classShares(addCounts(own.map((m) => m.network)));
	const computed = classShares(addCounts(own.map((m) => m.class)));
	return {
		station,
		compared,
		agree,
		share: compared === 0 ? null : agree / compared,
		causes: Object.fromEntries(DISAGREEMENT_CAUSES.map((c) => [c, own.reduce((n, m) => n + m.causes[c], 0)])) as Record<
			DisagreementCause,
			number
		>,
		classes: WATER_CLASSES.map((c) => ({ class: c, network: network.counts[c], computed: computed.counts[c] })),
		network,
		computed
	};
}
