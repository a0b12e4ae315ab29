import { m } from '../../../paraglide/messages';
import type { Locale } from '../../../text/format';
import { monthLabel } from '../../../text/dates';
import { resolveText } from '../../text';
import { asHeading, findingTitle } from '../../finding';
import type { LineChartModel, LineSeries } from './model';
import {
	changeSentence,
	peakSentence,
	rankSentence,
	vsLimitFinding,
	vsLimitSentence,
	type SentencePoint
} from './sentences';

/** A series' values as the sentences read them (each with its own kind). */
const sentencePoints = (s: LineSeries): SentencePoint[] =>
	s.points.map((p) => ({ x: p.x, y: p.y, decimals: p.decimals, kind: p.kind ?? s.kind }));

/** What a line chart shows, in one sentence (or one per series), from its localized model. */
export function lineSummary(model: LineChartModel, locale: Locale): string {
	const spec = model.summary;
	const label = model.text.summaryLabel;
	if (spec.kind === 'text') return resolveText(spec.text, locale);
	if (spec.kind === 'each')
		return model.series
			.map((s) => changeSentence(sentencePoints(s), resolveText(s.summaryLabel ?? s.label, locale), model.unit, locale))
			.join(locale === 'zh' ? '' : ' ');
	const series = model.series.find((s) => s.id === spec.seriesId);
	if (!series) return m.summary_none({ label }, { locale });
	const points = sentencePoints(series);
	if (spec.kind === 'rank') return rankSentence(points, label, locale);
	if (spec.kind === 'vs-limit') return vsLimitSentence(points, label, model.unit, spec.limit, locale);
	if (spec.kind === 'peak')
		return peakSentence(
			points,
			label,
			resolveText(series.label, locale),
			model.unit,
			(x) => monthLabel(x, locale),
			locale
		);
	return changeSentence(points, label, model.unit, locale);
}

/**
 * A line chart's finding as a title (a slide's heading) where its summary's last sentence is not one: the
 * latest value against a limit (its sentence is too long for a heading); a summary written for the chart
 * (`text`) states its finding first (as the frame's title shows it: ../../finding.ts). Null for the other
 * summaries, whose sentences serve as titles.
 */
export function lineFinding(model: LineChartModel, locale: Locale): string | null {
	const spec = model.summary;
	if (spec.kind === 'text') return asHeading(findingTitle(resolveText(spec.text, locale)));
	if (spec.kind !== 'vs-limit') return null;
	const series = model.series.find((s) => s.id === spec.seriesId);
	return series
		? vsLimitFinding(sentencePoints(series), model.text.summaryLabel, model.unit, spec.limit, locale)
		: null;
}

/**
 * The frame's title where the summary's first sentence is not its finding: of a sentence per series
 * (`each`: definitions that replaced one another), the one of the series that reaches the latest year (the
 * first such in the chart's order), so the chart's title states where things stand now, not where the
 * oldest definition ended. Null for the other summaries, whose first sentence serves (ChartFrame).
 */
export function lineFrameFinding(model: LineChartModel, locale: Locale): string | null {
	if (model.summary.kind !== 'each') return null;
	const last = (s: LineSeries) => Math.max(...s.points.filter((p) => p.y !== null).map((p) => p.x));
	const drawn = model.series.filter((s) => s.points.some((p) => p.y !== null));
	if (drawn.length < 2) return null;
	const latest = Math.max(...drawn.map(last));
	const series = drawn.find((s) => last(s) === latest)!;
	return changeSentence(
		sentencePoints(series),
		resolveText(series.summaryLabel ?? series.label, locale),
		model.unit,
		locale
	);
}
