/**
 * Checks of the work tables (data/work-README.md): the declared categories and units, every work
 * figure against them and against what its unit allows, the value as the document writes it
 * (`value_zh`) against `value` and `qualifier`, references and pairings to figures, metrics and
 * problems that exist; and the document's qualifiers against the subjects they qualify.
 */
import type { Figure, Metric, Problem } from '../../data/schema';
import type { figureTable } from '../../data/schema/figures';
import { outside, UNIT_RANGES } from '../../data/schema/ranges';
import type { ColumnsOf } from '../../data/schema/table';
import { CHANGE_UNITS, QUALIFIER_TOPICS, UNIT_BASES, type Unit } from '../../data/schema/vocabulary';
import {
	qualifierTable,
	workCategoryTable,
	workTable,
	workUnitTable,
	type DocumentQualifier,
	type WorkCategory,
	type WorkFigure,
	type WorkUnit
} from '../../data/schema/work';
import { measureWord, writtenDirection, writtenNumber, writtenQualifier } from '../../text/written';
import type { DataIssue } from '../errors';
import type { LoadedTable } from '../load';
import { checkYear, citeAll, uniqueRows, type CheckContext } from './context';

type Table<T> = LoadedTable<ColumnsOf<T>>;

/** An issue at a field of a row of `table`. */
const issueAt =
	<T>(table: Table<T>, line: number, issues: DataIssue[]) =>
	(field: keyof ColumnsOf<T> & string, value: string, expected: string) =>
		issues.push({ file: table.file, line, column: table.column(field), field, value, expected });

/** data/work-categories.csv: one row per id, in display order. */
export function checkWorkCategories(table: Table<typeof workCategoryTable>, issues: DataIssue[]): WorkCategory[] {
	return uniqueRows(table.file, table.rows, (r) => r.id, 'id', issues).map(({ line, row }) =>
		workCategoryTable.toRecord(row, `${table.file}:${line}`)
	);
}

/**
 * data/work-units.csv: one row per unit; a 万 unit declares the base unit and factor the site converts
 * it with (UNIT_BASES in vocabulary.ts), any other unit neither. A unit with a wrong base or factor is
 * reported and still declared, so the work rows using it are not reported a second time.
 */
export function checkWorkUnits(table: Table<typeof workUnitTable>, issues: DataIssue[]): WorkUnit[] {
	const kept = uniqueRows(table.file, table.rows, (r) => r.id, 'id', issues);
	return kept.map(({ line, row }) => {
		const at = issueAt(table, line, issues);
		const scaled = (UNIT_BASES as Partial<Record<Unit, { base: string; factor: number }>>)[row.id];
		const base = row.base_unit ?? '';
		const factor = row.factor === null ? '' : String(row.factor.value);
		if (scaled) {
			if (base !== scaled.base)
				at('base_unit', base, `${scaled.base}, the base unit of ${row.id} (src/lib/data/schema/vocabulary.ts)`);
			if (factor !== String(scaled.factor))
				at('factor', factor, `${scaled.factor}, the factor of ${row.id} (src/lib/data/schema/vocabulary.ts)`);
		} else {
			if (base !== '') at('base_unit', base, `empty: ${row.id} is not a unit counted in 万 of another`);
			if (factor !== '') at('factor', factor, `empty: ${row.id} is not a unit counted in 万 of another`);
		}
		return workUnitTable.toRecord(row, `${table.file}:${line}`);
	});
}

/** What a work row may refer to. */
export interface WorkReferences {
	/** Category ids data/work-categories.csv declares (rows with another problem included: reported there). */
	categories: ReadonlySet<string>;
	units: readonly WorkUnit[];
	metrics: ReadonlyMap<string, Metric>;
	/** The city figures data/figures/*.csv declares ({@link cityFigureKeys}). */
	cityFigures: ReadonlySet<string>;
	/** The valid published figures, to find a work figure that copies one. */
	figures: readonly Figure[];
	/** Problem ids data/text/problems.csv declares, with their years. */
	problems: readonly Pick<Problem, 'id' | 'year'>[];
}

const cityKey = (year: number, metric: string, source: string) => `${year}|${metric}|${source}`;

/**
 * The city figures the figure tables declare, by year, metric and source, including rows with another
 * problem (reported in their own file), so that a bad figure does not make every reference to it an error too.
 */
export function cityFigureKeys(tables: readonly Table<typeof figureTable>[]): Set<string> {
	const keys = new Set<string>();
	for (const table of tables)
		for (const { row } of table.partial)
			if (row.scope === 'city' && row.year !== undefined && row.metric !== undefined && row.source_id !== undefined)
				keys.add(cityKey(row.year, row.metric, row.source_id));
	return keys;
}

/** Whether data/figures has the year's city figure of a metric from a source. */
const hasCityFigure = (keys: ReadonlySet<string>, year: number, metric: string, source: string) =>
	keys.has(cityKey(year, metric, source));

/** The columns a reference row leaves empty (they come from the referenced figure and its metric). */
const FROM_FIGURE = ['value', 'unit', 'qualifier', 'value_zh', 'label_zh', 'label_en', 'quote'] as const;

/**
 * data/work.csv: a known source, a year in range, a declared category and unit, one category per group,
 * one row per year and id; a value within its unit's range and as the document writes it; a reference
 * row (figure_metric) empty where the figure speaks, and every reference resolving.
 */
export function checkWork(table: Table<typeof workTable>, refs: WorkReferences, context: CheckContext): WorkFigure[] {
	const { issues } = context;
	citeAll(table, context);
	const { categories } = refs;
	const units = new Map(refs.units.map((u) => [u.id as string, u]));
	const groups = new Map<string, { category: string; line: number }>();
	const valid: typeof table.rows = [];

	for (const located of table.rows) {
		const { line, row } = located;
		const at = issueAt(table, line, issues);
		const before = issues.length;
		checkYear(table, line, row.year, context);

		const group = groups.get(row.group);
		if (!categories.has(row.category))
			at('category', row.category, `the id of a category in data/work-categories.csv: ${[...categories].join(', ')}`);
		else if (group && group.category !== row.category)
			at(
				'group',
				row.group,
				`a group of one category (group ${row.group} is in ${group.category} at line ${group.line})`
			);
		else if (!group) groups.set(row.group, { category: row.category, line });

		const figureOf = (metric: string) => hasCityFigure(refs.cityFigures, row.year, metric, row.source_id);
		if (row.figure_metric !== null) {
			for (const field of FROM_FIGURE) {
				const cell = row[field];
				if (cell !== null && cell !== '')
					at(
						field,
						field === 'value' ? String(row.value!.value) : String(cell),
						`empty: this row references ${row.figure_metric} in data/figures, which gives it`
					);
			}
			const metric = row.figure_metric;
			if (!figureOf(metric))
				at('figure_metric', metric, `a metric with a ${row.year} city figure from ${row.source_id} in data/figures`);
			const figure = refs.figures.find(
				(f) => f.year === row.year && f.metric === metric && f.scope === 'city' && f.sourceId === row.source_id
			);
			if (figure && figure.quote === '')
				at('figure_metric', metric, `a figure with its quote (${figure.origin} has none; the work page shows it)`);
		} else {
			checkValue(row, units, at);
			const twin = refs.figures.find(
				(f) =>
					f.year === row.year &&
					f.sourceId === row.source_id &&
					f.value === row.value?.value &&
					f.quote !== '' &&
					(f.quote.includes(row.quote) || row.quote.includes(f.quote))
			);
			if (twin)
				at(
					'value',
					row.value!.value.toFixed(row.value!.decimals),
					`a figure of its own: ${twin.origin} gives this value from the same passage (reference it with figure_metric ${twin.metric})`
				);
		}

		for (const pair of row.pairs_with) {
			const ref = `${pair.kind}:${pair.id}`;
			if (pair.kind === 'metric' && !refs.metrics.has(pair.id))
				at('pairs_with', ref, 'metric:<id> with the id of a metric in data/metrics.csv');
			else if (pair.kind === 'metric' && !figureOf(pair.id))
				at(
					'pairs_with',
					ref,
					`metric:<id> of a metric with a ${row.year} city figure from ${row.source_id} in data/figures`
				);
			else if (pair.kind === 'problem' && !refs.problems.some((p) => p.id === pair.id && p.year === row.year))
				at('pairs_with', ref, `problem:<id> with the id of a ${row.year} problem in data/text/problems.csv`);
		}
		if (issues.length === before) valid.push(located);
	}
	return uniqueRows(table.file, valid, (r) => `${r.year}, ${r.id}`, 'year, id', issues).map(({ line, row }) =>
		workTable.toRecord(row, `${table.file}:${line}`)
	);
}

/** A valued row: every cell the figure needs is there, the unit declared, the value possible and as written. */
function checkValue(
	row: WorkRow,
	units: ReadonlyMap<string, WorkUnit>,
	at: (field: keyof ColumnsOf<typeof workTable> & string, value: string, expected: string) => void
): void {
	const missing = (['value', 'unit', 'qualifier', 'value_zh', 'label_zh', 'label_en', 'quote'] as const).filter(
		(f) => row[f] === null || row[f] === ''
	);
	for (const field of missing) at(field, '', 'a value: a row without figure_metric gives its own figure');
	if (missing.length > 0) return;
	const value = row.value!.value;
	const decimals = row.value!.decimals;
	const written = row.value_zh;
	const shown = value.toFixed(decimals);
	const unit = units.get(row.unit!);
	if (!unit) {
		at('unit', row.unit!, `the id of a unit in data/work-units.csv: ${[...units.keys()].join(', ')}`);
		return;
	}
	const range = UNIT_RANGES[unit.id];
	if (outside(range, value, decimals)) at('value', shown, `${range.what} (unit ${unit.id})`);
	if (value < 0 && !CHANGE_UNITS.includes(unit.id))
		at('value', shown, `0 or more: only a change (${CHANGE_UNITS.join(', ')}) may be negative`);
	if (!row.quote.includes(written))
		at('value_zh', written, 'the figure as written in the quote (a substring of quote)');
	const stated = writtenNumber(written);
	if (stated !== Math.abs(value))
		at(
			'value',
			shown,
			`${stated === null ? 'the number value_zh states' : `${value < 0 ? -stated : stated}`}, as value_zh writes it ("${written}")`
		);
	const qualifier = writtenQualifier(written);
	if (qualifier !== row.qualifier)
		at(
			'qualifier',
			row.qualifier!,
			`${qualifier}, as value_zh writes it ("${written}"; data/work-README.md, qualifier rule)`
		);
	if (!written.endsWith(unit.writtenZh))
		at(
			'value_zh',
			written,
			`the figure followed by "${unit.writtenZh}", as unit ${unit.id} is written (data/work-units.csv)`
		);
	if (unit.id === 'count' && measureWord(written) === '')
		at('value_zh', written, 'a count with its measure word (个, 项, 家 …)');
	const direction = writtenDirection(written);
	if ((direction === 'down' && value >= 0) || (direction === 'up' && value <= 0))
		at('value', shown, `a ${direction === 'down' ? 'negative' : 'positive'} value: value_zh says "${written}"`);
}

type WorkRow = Table<typeof workTable>['rows'][number]['row'];

/** What a qualifier's subject may be. */
export interface QualifierReferences {
	/** The city figures data/figures/*.csv declares ({@link cityFigureKeys}). */
	cityFigures: ReadonlySet<string>;
	/** Every row of data/work.csv by year and id (rows with another problem included: reported there). */
	work: readonly { year?: number; id?: string }[];
	siteIds: ReadonlySet<string>;
}

/**
 * data/text/qualifiers.csv: a known source, a year in range, one row per id, and a subject that exists:
 * a metric with a city figure of that year from that source, a work row of that year, a site, a topic
 * of vocabulary.ts.
 */
export function checkQualifiers(
	table: Table<typeof qualifierTable>,
	refs: QualifierReferences,
	context: CheckContext
): DocumentQualifier[] {
	citeAll(table, context);
	const { issues } = context;
	const valid = table.rows.filter(({ line, row }) => {
		const at = issueAt(table, line, issues);
		const before = issues.length;
		checkYear(table, line, row.year, context);
		const { subject } = row;
		if (row.subject_kind === 'metric' && !hasCityFigure(refs.cityFigures, row.year, subject, row.source_id))
			at('subject', subject, `a metric with a ${row.year} city figure from ${row.source_id} in data/figures`);
		if (row.subject_kind === 'work' && !refs.work.some((w) => w.id === subject && w.year === row.year))
			at('subject', subject, `the id of a ${row.year} row of data/work.csv`);
		if (row.subject_kind === 'site' && !refs.siteIds.has(subject))
			at('subject', subject, 'the id of a site in data/sites.csv');
		if (row.subject_kind === 'topic' && !(QUALIFIER_TOPICS as readonly string[]).includes(subject))
			at('subject', subject, `one of the topics ${QUALIFIER_TOPICS.join(', ')} (src/lib/data/schema/vocabulary.ts)`);
		return issues.length === before;
	});
	return uniqueRows(table.file, valid, (r) => r.id, 'id', issues).map(({ line, row }) =>
		qualifierTable.toRecord(row, `${table.file}:${line}`)
	);
}
