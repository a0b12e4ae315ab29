/**
 * One work figure as the work page, its slides and embeds show it: the value with its unit, how exact it
 * is and the document's measure word, in both languages; its label, quote and source; and, for a row
 * that references a published figure (data/work.csv `figure_metric`), the figure itself.
 */
import { metricById } from '../data/query';
import type { Dataset, Domain, Unit, WorkFigure } from '../data/types';
import { formatChange, formatDirected, formatValueParts, unitConversion, unitText, type Locale } from '../text/format';
import {
	formatQualified,
	metricQualifier,
	qualifierPrefix,
	writtenQualifierOf,
	type Qualifier
} from '../text/qualified';
import { measureWord } from '../text/written';
import { CHANGE_UNITS } from '../data/schema/vocabulary';
import { documentQualifiers, type QualifierModel } from './qualifiers';
import { unitWords } from './titles';

/** A text in both site languages. */
export interface Words {
	zh: string;
	en: string;
}

/**
 * A value split for a card, with the number in large type: `prefix` (how exact: "逾" / "more than "),
 * `before` ("CNY "), `number` ("160.53", "+133"), `after` (" million", "%", "台"). Joined, the parts are
 * exactly the figure's `text`.
 */
export interface ValueParts {
	prefix: string;
	before: string;
	number: string;
	after: string;
}

export interface WorkFigureModel {
	id: string;
	year: number;
	category: string;
	group: string;
	value: number;
	/** Decimal places as the document gives them. */
	decimals: number;
	unit: Unit;
	/** How exact the value is: a lower bound (逾 / more than) or an approximation (约 / about) is never shown bare. */
	qualifier: Qualifier;
	/** A count's measure word as the document writes it (台, 家次, 项 …); empty for other units. */
	measure: string;
	/** The figure exactly as the document writes it (`突破1000万度`); null for a referenced published figure. */
	written: string | null;
	/** The value for a card: "逾1,000万千瓦时" / "more than 10 million kWh", "−13.1%", "75台" / "75". */
	text: Words;
	/** `text` split for a card with the number in large type. */
	parts: { zh: ValueParts; en: ValueParts };
	/** The unit in words: "万元（人民币）" / "yuan (CNY)", "个数（台）" / "count". */
	unitWords: Words;
	/** The value inside a sentence: a change in words ("下降13.1%" / "down 13.1%"), else as `text`. */
	words: Words;
	/** For a unit counted in 万, how it converts, for English readers ("1 万元 = CNY 10,000"); else null. */
	conversion: string | null;
	label: Words;
	quote: string;
	sourceId: string;
	note: Words;
	/** The published figure a reference row stands for (its metric's domain, its origin in data/figures), or null. */
	reference: { metric: string; domain: Domain; origin: string } | null;
	/** The document's own qualifiers of this figure ("首次" / "first time"), each with its quote. */
	qualifiers: QualifierModel[];
	/** `file:line` of the work row. */
	origin: string;
}

const both = (f: (locale: Locale) => string): Words => ({ zh: f('zh'), en: f('en') });

/**
 * The model of one row of data/work.csv. A reference row takes its value, unit, label and quote from
 * the year's city figure of its metric from the same source (the pipeline checked it exists).
 */
export function workFigure(
	dataset: Pick<Dataset, 'figures' | 'metrics' | 'qualifiers' | 'work'>,
	row: WorkFigure
): WorkFigureModel {
	const base = {
		id: row.id,
		year: row.year,
		category: row.category,
		group: row.group,
		sourceId: row.sourceId,
		note: row.note,
		origin: row.origin
	};
	if (row.figureMetric !== null) {
		const metricId = row.figureMetric;
		const figure = dataset.figures.find(
			(f) => f.year === row.year && f.metric === metricId && f.scope === 'city' && f.sourceId === row.sourceId
		);
		if (!figure) throw new Error(`Work figure ${row.id} (${row.origin}) references ${metricId}, not in data/figures`);
		const metric = metricById(dataset, metricId);
		return {
			...base,
			...values(figure.value, figure.decimals, figure.unit, metricQualifier(metricId), ''),
			written: null,
			label: metric.label,
			quote: figure.quote,
			reference: { metric: metricId, domain: metric.domain, origin: figure.origin },
			qualifiers: [
				...documentQualifiers(dataset, 'work', row.id, row.year),
				...documentQualifiers(dataset, 'metric', metricId, row.year)
			]
		};
	}
	if (row.value === null || row.unit === null || row.qualifier === null)
		throw new Error(`Work figure ${row.id} (${row.origin}) has no value, unit or qualifier`);
	const measure = row.unit === 'count' ? measureWord(row.valueZh) : '';
	return {
		...base,
		...values(row.value, row.decimals, row.unit, writtenQualifierOf(row.qualifier), measure),
		written: row.valueZh,
		label: row.label,
		quote: row.quote,
		reference: null,
		qualifiers: documentQualifiers(dataset, 'work', row.id, row.year)
	};
}

/** The value fields of a figure model, formatted in both languages. */
function values(value: number, decimals: number, unit: Unit, qualifier: Qualifier, measure: string) {
	const text = both((l) => formatQualified(value, decimals, unit, l, qualifier, measure));
	const words = CHANGE_UNITS.includes(unit)
		? both((l) => {
				const directed = formatDirected(value, decimals, unit, l);
				return qualifier === 'exact' ? directed : formatQualified(value, decimals, unit, l, qualifier, measure);
			})
		: text;
	const parts = {
		zh: valueParts(value, decimals, unit, 'zh', qualifier, measure),
		en: valueParts(value, decimals, unit, 'en', qualifier, measure)
	};
	return {
		value,
		decimals,
		unit,
		qualifier,
		measure,
		text,
		parts,
		unitWords: both((l) => unitWords(unit, measure, l)),
		words,
		conversion: unitConversion(unit, 'en')
	};
}

/** A value's parts for a card (see {@link ValueParts}); a change keeps its sign with the number. */
export function valueParts(
	value: number,
	decimals: number,
	unit: Unit,
	locale: Locale,
	qualifier: Qualifier,
	measure = ''
): ValueParts {
	const prefix = qualifierPrefix(qualifier, locale);
	if (!CHANGE_UNITS.includes(unit)) return { prefix, ...formatValueParts(value, decimals, unit, locale, measure) };
	const change = formatChange(value, decimals, unit, locale);
	const suffix = unitText(unit, locale);
	if (!suffix || !change.endsWith(suffix)) return { prefix, before: '', number: change, after: '' };
	const number = change.slice(0, -suffix.length).trimEnd();
	return { prefix, before: '', number, after: change.slice(number.length) };
}
