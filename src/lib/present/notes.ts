import { m } from '../paraglide/messages';
import { formatNumber, formatValue, unitText, type Locale } from '../text/format';
import { kindOf, type ChartModel } from '../charts/kinds';
import { chartTitle, localizeChart } from '../server/localizeChart';
import type { WorkFigureModel } from '../work/figure';
import { mapFinding } from '../map/finding';
import { textWidth } from '../text/width';
import { asHeading } from '../charts/finding';
import type { ClassesItem, DeckItem, FigureValue, GroupItem, MetricItem, SlideModel } from './model';

/**
 * Speaker notes, written from the figures: one sentence per figure on the slide, e.g.
 * "空气质量综合指数2.34，同比改善10.3%。" / "Air quality composite index: 2.34, an improvement of
 * 10.3% on the previous year." Nothing is typed in: change the data and the notes change.
 */

type Message = (params?: Record<string, string>, options?: { locale: Locale }) => string;

/** A message by key in the given language; an unknown key is a bug, so it fails loudly. */
function message(key: string, locale: Locale, params: Record<string, string> = {}): string {
	const fn = (m as unknown as Record<string, Message | undefined>)[key];
	if (!fn) throw new Error(`Unknown message key "${key}"`);
	return fn(params, { locale });
}

const show = (f: FigureValue, locale: Locale) => formatValue(f.value, f.decimals, f.unit, locale);

/**
 * The published change as words, e.g. "同比改善10.3%", "同比上升10.5个百分点", "同比上升4位" /
 * "an improvement of 10.3% on the previous year", "up 10.5 percentage points on the previous year".
 * An index's change is an improvement or a deterioration (its direction from data/metrics.csv);
 * other changes go up or down. Null when the figure has no published change.
 */
export function changePhrase(item: MetricItem, locale: Locale): string | null {
	const change = item.change;
	if (!change) return null;
	if (change.value === 0) return locale === 'zh' ? '与上年持平' : 'unchanged on the previous year';
	const size = formatNumber(Math.abs(change.value), change.decimals, locale);
	const unit = unitText(change.unit, locale);
	const amount =
		change.unit === 'places'
			? locale === 'zh'
				? `${size}位`
				: `${size} place${Math.abs(change.value) === 1 ? '' : 's'}`
			: locale === 'en' && unit && change.unit !== 'percent_change'
				? `${size}\u00a0${unit}`
				: `${size}${unit}`;
	const judged = item.current.unit === 'index' && (change.direction === 'better' || change.direction === 'worse');
	if (locale === 'zh') {
		const verb = judged ? (change.direction === 'better' ? '改善' : '恶化') : change.value > 0 ? '上升' : '下降';
		return `同比${verb}${amount}`;
	}
	const words = judged
		? `${change.direction === 'better' ? 'an improvement' : 'a deterioration'} of ${amount}`
		: `${change.value > 0 ? 'up' : 'down'} ${amount}`;
	return `${words} on the previous year`;
}

/** One sentence for a published figure: label, value, change, related figures. */
export function metricNote(item: MetricItem, locale: Locale): string {
	const change = changePhrase(item, locale);
	const related = item.related.map((r) =>
		locale === 'zh' ? `${r.label.zh}${show(r.figure, locale)}` : `${r.label.en}: ${show(r.figure, locale)}`
	);
	if (locale === 'zh') {
		return `${item.label.zh}${show(item.current, locale)}${change ? `，${change}` : ''}${related.length ? `（${related.join('，')}）` : ''}。`;
	}
	return `${item.label.en}: ${show(item.current, locale)}${change ? `, ${change}` : ''}${related.length ? ` (${related.join('; ')})` : ''}.`;
}

/** Last year's value, saying when it is derived rather than published. Null when there is none. */
export function previousNote(item: MetricItem, locale: Locale): string | null {
	const p = item.previous;
	if (!p) return null;
	const v = show(p, locale);
	if (locale === 'zh') return `${p.year}年为${v}${p.derived ? '（由公布的变化推算，非公布值）' : ''}。`;
	return `In ${p.year}: ${v}${p.derived ? ' (derived from the published change, not a published figure)' : ''}.`;
}

/** A group of figures: "…、…均为100%" when they share one value, else each with its value. */
export function groupNote(item: GroupItem, locale: Locale): string {
	const title = message(item.label, locale);
	const values = item.members.map((x) => show(x.figure, locale));
	const same = values.length > 0 && values.every((v) => v === values[0]);
	if (locale === 'zh') {
		const labels = item.members.map((x) => x.label.zh);
		return same
			? `${title}：${labels.join('、')}均为${values[0]}。`
			: `${title}：${labels.map((l, i) => `${l}为${values[i]}`).join('，')}。`;
	}
	const labels = item.members.map((x) => x.label.en);
	return same
		? `${title} — ${labels.join('; ')}: all ${values[0]}.`
		: `${title} — ${labels.map((l, i) => `${l}: ${values[i]}`).join('; ')}.`;
}

/** Published water classes: "坂头-石兜水库、汀溪水库均为II类。" when they share a class. */
export function classesNote(item: ClassesItem, locale: Locale): string {
	const classes = item.sites.map((s) => message('water_class_label', locale, { class: s.class }));
	const same = classes.length > 0 && classes.every((c) => c === classes[0]);
	const names = item.sites.map((s) => s.name[locale]);
	if (locale === 'zh') {
		return same
			? `${names.join('、')}水质${names.length > 1 ? '均' : ''}为${classes[0]}。`
			: `${names.map((n, i) => `${n}水质为${classes[i]}`).join('，')}。`;
	}
	return same ? `${names.join(' and ')}: ${classes[0]}.` : `${names.map((n, i) => `${n}: ${classes[i]}`).join('; ')}.`;
}

export function itemNote(item: DeckItem, locale: Locale): string {
	if (item.kind === 'metric') return metricNote(item, locale);
	if (item.kind === 'group') return groupNote(item, locale);
	return classesNote(item, locale);
}

/** What a chart shows, in one sentence: its kind's summary (the one under the chart's title). */
export function chartNote(chart: ChartModel, locale: Locale): string {
	return kindOf(chart).summary(localizeChart(chart, locale), locale);
}

/** A chart's own notes (gaps, definitions, published against computed), which a slide leaves to the speaker notes. */
export function chartNotes(chart: ChartModel, locale: Locale): string[] {
	if (kindOf(chart).frameText === false) return [];
	return localizeChart(chart, locale).notes as string[];
}

/** The speaker notes of a slide: sentences generated from what the slide shows. */
export function slideNotes(slide: SlideModel, locale: Locale): string[] {
	switch (slide.kind) {
		case 'title':
			return [
				message('present_note_title', locale, { source: slide.source.title, date: slide.source.date }),
				...slide.figures.map((i) => metricNote(i, locale))
			];
		case 'glance':
			return slide.items.map((i) => itemNote(i, locale));
		case 'domain':
			return [
				metricNote(slide.headline, locale),
				...(previousNote(slide.headline, locale) ? [previousNote(slide.headline, locale)!] : []),
				...slide.facts.map((i) => itemNote(i, locale)),
				...(slide.chart ? [chartNote(slide.chart, locale), ...chartNotes(slide.chart, locale)] : [])
			];
		case 'chart':
			return [chartNote(slide.chart, locale), ...chartNotes(slide.chart, locale)];
		case 'problems':
			return slide.rows.flatMap((row) => {
				const domain = message(`section_${row.domain}`, locale);
				return [
					...row.problems.map((p) => message('present_note_problem', locale, { domain, text: p.text[locale] })),
					...row.work.map((w) => message('present_note_work', locale, { domain, text: w.text[locale] }))
				];
			});
		case 'sources':
			return [message('present_note_sources', locale, { count: String(slide.sources.length) })];
		case 'work':
			return slide.part.figures.flatMap((f) => workFigureNotes(f, locale));
	}
}

/**
 * A work figure in the notes: its label and value, and the document's words ("原文：“…”"); then each of
 * the document's own qualifiers of it with its words.
 */
export function workFigureNotes(figure: WorkFigureModel, locale: Locale): string[] {
	return [
		message('work_note_figure', locale, {
			label: figure.label[locale],
			value: figure.text[locale],
			quote: figure.quote
		}),
		...figure.qualifiers.map((q) => message('work_note_qualifier', locale, { label: q.label[locale], quote: q.quote }))
	];
}

/** A slide's title, for headings, lists and announcements. */
export function slideTitle(slide: SlideModel, locale: Locale): string {
	switch (slide.kind) {
		case 'title':
			return message('present_title', locale, { year: String(slide.year) });
		case 'glance':
			return message('present_glance_title', locale, { year: String(slide.year) });
		case 'domain':
			return domainTitle(slide, locale);
		case 'chart':
			return chartFinding(slide.chart, locale);
		case 'problems':
			return message('present_problems_title', locale);
		case 'sources':
			return message('present_sources_title', locale);
		case 'work':
			return slide.part.title[locale];
	}
}

/**
 * How long a slide's title may be, as textWidth (src/lib/text/width.ts) estimates it in ems: about two lines
 * of the 54 px heading on the 1792 px content width (Latin text is drawn narrower than the estimate).
 */
export const TITLE_EM = { zh: 40, en: 50 } as const;

/** Whether a title fits the slide's heading (TITLE_EM). */
export const titleFits = (title: string, locale: Locale): boolean => textWidth(title, 1) <= TITLE_EM[locale];

/** The change as a title says it: "同比改善10.3%" / "improved 10.3%", "同比上升16.7个百分点" / "up 16.7 percentage points". */
export function titleChange(item: MetricItem, locale: Locale): string | null {
	const change = item.change;
	if (!change) return null;
	if (locale === 'zh') return changePhrase(item, locale);
	if (change.value === 0) return 'unchanged';
	const size = formatNumber(Math.abs(change.value), change.decimals, locale);
	const unit = unitText(change.unit, locale);
	const amount =
		change.unit === 'places'
			? `${size} place${Math.abs(change.value) === 1 ? '' : 's'}`
			: unit && change.unit !== 'percent_change'
				? `${size}\u00a0${unit}`
				: `${size}${unit}`;
	const judged = item.current.unit === 'index' && (change.direction === 'better' || change.direction === 'worse');
	if (judged) return `${change.direction === 'better' ? 'improved' : 'worsened'} ${amount}`;
	return `${change.value > 0 ? 'up' : 'down'} ${amount}`;
}

/** A figure as the clause of a title: "综合指数2.34，同比改善10.3%" / "Composite index 2.34, improved 10.3%". */
export function findingClause(item: MetricItem, locale: Locale, withChange = true): string {
	const key = `present_finding_${item.id}`;
	const has = typeof (m as unknown as Record<string, unknown>)[key] === 'function';
	const label = has ? message(key, locale) : item.label[locale];
	const value = show(item.current, locale);
	const change = withChange ? titleChange(item, locale) : null;
	if (locale === 'zh') return `${label}${value}${change ? `，${change}` : ''}`;
	// "3rd among 168 cities": an English rank comes before what it ranks among.
	const clause = item.current.unit === 'rank' ? `${value} ${label}` : `${label} ${value}`;
	return `${clause}${change ? `, ${change}` : ''}`;
}

/**
 * A domain slide's title, the finding: the headline figure with its change, and a rank among the
 * facts ("综合指数2.34，同比改善10.3%；168城市排名第3位"). Built from the figures, never typed in.
 */
export function domainFinding(headline: MetricItem, facts: DeckItem[], locale: Locale): string {
	const ranks = facts.filter((f): f is MetricItem => f.kind === 'metric' && f.current.unit === 'rank');
	return [findingClause(headline, locale), ...ranks.map((r) => findingClause(r, locale, false))].join(
		locale === 'zh' ? '；' : '; '
	);
}

/**
 * A domain slide's title: its finding (domainFinding); for a headline without a published change, its
 * chart's finding when that states the headline's value ("海漂垃圾分布密度从2020年的240.38平方米/公里降至2024年的
 * 51.06平方米/公里"), which says which way it went, rather than the bare figure.
 */
export function domainTitle(slide: Extract<SlideModel, { kind: 'domain' }>, locale: Locale): string {
	const finding = domainFinding(slide.headline, slide.facts, locale);
	if (slide.headline.change || !slide.chart) return finding;
	const chart = chartFinding(slide.chart, locale);
	return chart.includes(show(slide.headline.current, locale)) ? chart : finding;
}

/**
 * A chart slide's title, the finding: the kind's short finding when it has one that fits the heading
 * ("2022年6项污染物均未超过GB 3095—2012二级限值，O3为限值的84%"), else the last sentence of the chart's
 * summary that holds a figure and fits ("综合指数从2018年的3.31降至2024年的2.34"), else the chart's own title.
 */
export function chartFinding(chart: ChartModel, locale: Locale): string {
	// The map's summary counts what it shows (districts, stations, water bodies): its finding comes from the
	// figures of the layers it shows (src/lib/map/finding.ts).
	if (chart.kind === 'map') return mapFinding(chart, locale) ?? chartTitle(chart, locale);
	if (kindOf(chart).frameText === false) return chartTitle(chart, locale);
	// The kind's finding written for a title (../charts/kinds/kind.ts `finding`), where it has one.
	const local = localizeChart(chart, locale);
	const kind = kindOf(local);
	const short = kind.finding?.(local, locale) ?? null;
	if (short && titleFits(short, locale)) return short;
	const sentences = kind
		.summary(local, locale)
		.split(locale === 'zh' ? /(?<=。)/ : /(?<=\.)\s+(?=[A-Z])/)
		.map(asHeading)
		.filter((s) => s && /\d/.test(s) && titleFits(s, locale));
	return sentences.at(-1) ?? chartTitle(chart, locale);
}
