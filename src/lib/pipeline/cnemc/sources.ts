/**
 * Which source (data/sources.csv id) each input file belongs to, decided by its path — and what the file
 * name promises (format, date range). Pure module.
 *
 * Decision (task rule "unknown files → clear error or explicit skip"): an input `*.csv` that matches no rule
 * is an ERROR. Every value written to data/derived must carry a source id; silently skipping an unknown file
 * could drop data the user expected, and guessing its source would be worse. Add a rule here for a new file.
 */
import { ImportError } from '../importError';
import { compactToIsoDate } from './national';

/** Input formats the importer knows. */
export type InputFormat = 'national' | 'aqistudy';

/** A matched file: its source id, expected format, the date range its name claims, and merge priority. */
export interface SourceMatch {
	sourceId: string;
	format: InputFormat;
	dateRange: { from: string; to: string };
	/** Lower wins when two files hold the same entity-date (the other is only cross-checked). */
	priority: number;
	rule: string;
}

interface Rule {
	name: string;
	sourceId: string;
	format: InputFormat;
	priority: number;
	pattern: RegExp;
	range: (m: RegExpExecArray) => { from: string; to: string } | null;
}

function iso(compact: string): string | null {
	return compactToIsoDate(compact);
}

function span(from: string, to: string): { from: string; to: string } | null {
	const a = iso(from);
	const b = iso(to);
	return a && b && a <= b ? { from: a, to: b } : null;
}

/** The rules, in priority order (SOURCES.md "Sources"; ids from data/sources.csv). Paths are POSIX, relative. */
export const SOURCE_RULES: readonly Rule[] = [
	{
		name: 'xiamen_cities_YYYY.csv, YYYY ∈ {2022, 2023}',
		sourceId: 'cnemc-hourly-ecoaudit',
		format: 'national',
		priority: 0,
		pattern: /^(?:.*\/)?xiamen_cities_(2022|2023)\.csv$/,
		range: (m) => span(`${m[1]}0101`, `${m[1]}1231`)
	},
	{
		name: 'xiamen_cities_2024_partial_MMDD-MMDD.csv',
		sourceId: 'cnemc-hourly-endorphin313',
		format: 'national',
		priority: 1,
		pattern: /^(?:.*\/)?xiamen_cities_(2024)_partial_(\d{4})-(\d{4})\.csv$/,
		range: (m) => span(`${m[1]}${m[2]}`, `${m[1]}${m[3]}`)
	},
	{
		name: 'sample_full/china_{cities,sites}_YYYYMMDD.csv',
		sourceId: 'cnemc-sample-xinyu18',
		format: 'national',
		priority: 2,
		pattern: /^(?:.*\/)?sample_full\/china_(?:cities|sites)_(\d{8})\.csv$/,
		range: (m) => span(m[1] as string, m[1] as string)
	},
	{
		name: 'xiamen_aqistudy_daily_YYYYMMDD-YYYYMMDD.csv',
		sourceId: 'aqistudy-daily-shuyaohong',
		format: 'aqistudy',
		priority: 3,
		pattern: /^(?:.*\/)?xiamen_aqistudy_daily_(\d{8})-(\d{8})\.csv$/,
		range: (m) => span(m[1] as string, m[2] as string)
	}
];

/** Source id of the station list (data/stations.csv). */
export const STATIONS_SOURCE_ID = 'cnemc-stations-zkzkok';

/**
 * The source of the file at relative POSIX path `rel`; throws an {@link ImportError} naming the file and the
 * known patterns when no rule matches or the name's dates are impossible.
 */
export function matchSource(rel: string): SourceMatch {
	for (const r of SOURCE_RULES) {
		const m = r.pattern.exec(rel);
		if (!m) continue;
		const dateRange = r.range(m);
		if (!dateRange) throw new ImportError({ file: rel }, `file name matches "${r.name}" but its dates are not valid`);
		return { sourceId: r.sourceId, format: r.format, dateRange, priority: r.priority, rule: r.name };
	}
	throw new ImportError(
		{ file: rel },
		`no source rule matches this file (known: ${SOURCE_RULES.map((r) => r.name).join('; ')}); ` +
			'add a rule in src/lib/pipeline/cnemc/sources.ts or move the file out of the input directory'
	);
}
