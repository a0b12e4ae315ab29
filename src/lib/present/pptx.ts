/**
 * The deck as a PowerPoint slide spec (src/lib/export/pptx/spec.ts): one spec slide per deck slide,
 * its title (the finding), its figures as text, line and bar charts as native charts with their data,
 * other kinds as the picture the slide draws (`images`, SVG from the page), the short names of its
 * sources as the footnote and its speaker notes. Pure: the deck arrives localized (localizeDeck), and
 * every number is formatted as the slide shows it. Used by the deck's download (the spec is
 * prerendered as /present/deck-pptx.json; the browser adds the pictures) and its test.
 */
import type { BarChartSpec, DeckSpec, FigureSpec, LineChartSpec, SeriesStyle, SlideSpec } from '../export/pptx/spec';
import type { ChartModel, ModelOfKind } from '../charts/kinds';
import type { ModelText, ValueKind } from '../charts/model';
import { formatChange, formatValue, unitText, type Locale } from '../text/format';
import type { Deck, DeckItem, Slide } from './model';
import { barUnit } from '../charts/kinds/bar/summary';
import type { WorkFigureModel } from '../work/figure';

/** A chart drawn on the page, as a standalone SVG and its proportions. */
export interface SlideImage {
	svg: string;
	aspectRatio: number;
}

/** The spec, and the slides whose chart is a picture still to be added (`images` had none for them). */
export interface DeckPptx {
	spec: DeckSpec;
	/** Index into spec.slides, the deck slide's id and the picture's alt text. */
	pending: { index: number; id: string; alt: string }[];
}

/** Text of a localized model (a string once localizeChart ran). */
const text = (t: ModelText, locale: Locale): string =>
	typeof t === 'string' ? t : 'zh' in t && 'en' in t ? t[locale] : JSON.stringify(t);

const STYLE: Record<ValueKind, SeriesStyle> = {
	published: 'published',
	derived: 'derived',
	computed: 'computed',
	third_party: 'computed'
};

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A line chart's values as a native chart: one category per x (year or month), a null where a series has no value. */
export function lineSpec(model: ModelOfKind<'line'>, locale: Locale, alt: string): LineChartSpec {
	const xs = [...new Set(model.series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
	const category = (x: number) =>
		model.xFormat === 'month' ? (locale === 'zh' ? `${x}月` : (MONTHS_EN[x - 1] ?? String(x))) : String(x);
	const unit = unitText(model.unit, locale);
	return {
		type: 'line',
		categories: xs.map(category),
		series: model.series.map((s) => ({
			name: text(s.label, locale),
			values: xs.map((x) => s.points.find((p) => p.x === x)?.y ?? null),
			style: STYLE[s.kind]
		})),
		...(unit ? { unit } : {}),
		alt
	};
}

/** A bar chart's values as a native chart: rows as categories, segments as series, gaps kept. */
export function barSpec(model: ModelOfKind<'bar'>, locale: Locale, alt: string): BarChartSpec {
	const unit = barUnit(model, locale);
	return {
		type: 'bar',
		categories: model.rows.map((r) => text(r.label, locale)),
		series: model.segments.map((segment, j) => ({
			name: text(segment.label, locale),
			values: model.values.map((row) => row[j] ?? null),
			...('aqiLevel' in segment.colour ? { colour: { aqi: segment.colour.aqiLevel } } : {})
		})),
		layout: model.mode,
		direction: 'horizontal',
		...(unit ? { unit } : {}),
		alt
	};
}

/** A figure of the slide as big text: value, label and change, formatted as on the slide. */
function figure(item: DeckItem, locale: Locale): FigureSpec {
	if (item.kind === 'metric') {
		const change = item.change
			? formatChange(item.change.value, item.change.decimals, item.change.unit, locale)
			: undefined;
		return {
			value: formatValue(item.current.value, item.current.decimals, item.current.unit, locale),
			label: item.shortLabel ?? item.label[locale],
			...(change ? { change: `${locale === 'zh' ? '比上年 ' : 'on previous year: '}${change}` } : {})
		};
	}
	// A group or a set of classes (localized: `label` is its text): the shared value with the count, else each.
	const values =
		item.kind === 'group'
			? item.members.map((x) => formatValue(x.figure.value, x.figure.decimals, x.figure.unit, locale))
			: item.sites.map((x) => x.class);
	const same = values.every((v) => v === values[0]);
	return {
		value: same ? `${values.length > 1 ? `${values.length} × ` : ''}${values[0] ?? ''}` : values.join(' · '),
		label: item.label
	};
}

/** A work figure as big text: its value without how exact it is, which is the qualifier ("逾" / "more than"); the document's own qualifiers after its label. */
export function workFigure(figure: WorkFigureModel, locale: Locale): FigureSpec {
	const { prefix, before, number, after } = figure.parts[locale];
	const badges = figure.qualifiers.map((q) => q.badge[locale]);
	return {
		value: `${before}${number}${after}`,
		label: [figure.label[locale], ...badges].join(' · '),
		...(prefix.trim() ? { qualifier: prefix.trim() } : {})
	};
}

/** The native chart of a chart model, or null for kinds drawn as pictures. */
function nativeChart(chart: ChartModel, locale: Locale, alt: string): LineChartSpec | BarChartSpec | null {
	if (chart.kind === 'line') return lineSpec(chart, locale, alt);
	if (chart.kind === 'bar') return barSpec(chart, locale, alt);
	return null;
}

/** The spec of a localized deck; `images` are the pictures of the slides whose chart is not native, by slide id. */
export function deckPptx(deck: Deck, locale: Locale, title: string, images: Record<string, SlideImage> = {}): DeckPptx {
	const pending: DeckPptx['pending'] = [];
	const slides: SlideSpec[] = [];
	for (const slide of deck.slides) slides.push(...slideSpecs(slide, slides.length));
	return { spec: { language: locale, title, slides }, pending };

	/** A deck slide's PowerPoint slides (the source list may take more than one); `index` is where they start. */
	function slideSpecs(slide: Slide, index: number): SlideSpec[] {
		const base: SlideSpec = {
			title: slide.title[locale],
			...(slide.sourceNames.length ? { sources: slide.sourceNames } : {}),
			notes: slide.notes[locale].join('\n')
		};
		const chartOf = (chart: ChartModel | null): Pick<SlideSpec, 'chart'> => {
			if (!chart) return {};
			const alt = slide.notes[locale].find((n) => n) ?? slide.title[locale];
			const native = nativeChart(chart, locale, alt);
			if (native) return { chart: native };
			const image = images[slide.id];
			if (image) return { chart: { type: 'image', svg: image.svg, alt, aspectRatio: image.aspectRatio } };
			pending.push({ index, id: slide.id, alt });
			return {};
		};
		switch (slide.kind) {
			case 'title':
				return [{ ...base, subtitle: slide.source.title }];
			case 'glance':
				// One line per figure: the notes say each figure in a sentence.
				return [{ ...base, list: slide.notes[locale] }];
			case 'domain':
				return [
					{
						...base,
						// Beside a chart two figures fit at a legible size (the rest are in the notes); four without one.
						figures: [slide.headline, ...slide.facts].slice(0, slide.chart ? 2 : 4).map((i) => figure(i, locale)),
						...chartOf(slide.chart)
					}
				];
			case 'chart':
				return [{ ...base, ...chartOf(slide.chart) }];
			case 'problems':
				return [{ ...base, list: slide.notes[locale] }];
			case 'work':
				return [
					{ ...base, subtitle: slide.part.name[locale], figures: slide.part.figures.map((f) => workFigure(f, locale)) }
				];
			case 'sources': {
				// At most SOURCES_PER_SLIDE entries a slide (each may wrap to two lines at 14 pt), titled "(1/2)" when split.
				const list = slide.sources.map((s) =>
					locale === 'zh'
						? `${s.title}（${s.publisher}，${s.date || '—'}）`
						: `${s.title} (${s.publisher}, ${s.date || '—'})`
				);
				const parts = Math.max(1, Math.ceil(list.length / SOURCES_PER_SLIDE));
				return Array.from({ length: parts }, (_, i) => ({
					...base,
					title: parts > 1 ? `${base.title} (${i + 1}/${parts})` : base.title,
					list: list.slice(i * SOURCES_PER_SLIDE, (i + 1) * SOURCES_PER_SLIDE)
				}));
			}
		}
	}
}

/** How many full source entries one PowerPoint slide holds legibly. */
const SOURCES_PER_SLIDE = 7;
