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
import type { Deck, DeckItem } from './model';
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

/**
 * Slides of a deck as PowerPoint, by slide id, for composing any deck of them (composePptx): the
 * prerendered /present/pptx-<lang>.json holds the whole catalogue (src/lib/present/catalogue.ts) and
 * every registered chart, and the deck (standard or a reader's) and a chart's download menu each take
 * the slides they show.
 */
export interface PptxCatalogue {
	language: Locale;
	/** The deck's title (the file's Title property). */
	title: string;
	slides: PptxCatalogueSlide[];
	/** Every cited document's full entry, by source id, for the sources slide. */
	sources: Record<string, string>;
}

export interface PptxCatalogueSlide {
	id: string;
	/** The slide's spec; a sources slide's list is filled in by composePptx. */
	spec: SlideSpec;
	/** The documents the slide cites (its footnote). */
	sourceIds: string[];
	/** The sources slide: lists the documents of the deck it closes. */
	isSources?: boolean;
	/** Alt text of the picture still to add (a chart that is not a native PowerPoint chart). */
	pendingAlt?: string;
}

/** The catalogue of a localized deck (every slide of it, in order). */
export function pptxCatalogue(deck: Deck, locale: Locale, title: string): PptxCatalogue {
	const sources: Record<string, string> = {};
	const slides = deck.slides.map((slide): PptxCatalogueSlide => {
		const spec: SlideSpec = {
			title: slide.title[locale],
			...(slide.sourceNames.length ? { sources: slide.sourceNames.map((n) => n[locale]) } : {}),
			notes: slide.notes[locale].join('\n')
		};
		const alt = slide.notes[locale].find((n) => n) ?? slide.title[locale];
		const entry = (chart: ChartModel | null, extra: Partial<SlideSpec>): PptxCatalogueSlide => {
			const native = chart ? nativeChart(chart, locale, alt) : null;
			return {
				id: slide.id,
				spec: { ...spec, ...extra, ...(native ? { chart: native } : {}) },
				sourceIds: slide.sourceIds,
				...(chart && !native ? { pendingAlt: alt } : {})
			};
		};
		switch (slide.kind) {
			case 'title':
				return entry(null, { subtitle: slide.source.title, figures: slide.figures.map((i) => figure(i, locale)) });
			case 'glance':
			case 'problems':
				// One line per figure or problem: the notes say each in a sentence.
				return entry(null, { list: slide.notes[locale] });
			case 'domain':
				// Beside a chart two figures fit at a legible size (the rest are in the notes); four without one.
				return entry(slide.chart, {
					figures: [slide.headline, ...slide.facts].slice(0, slide.chart ? 2 : 4).map((i) => figure(i, locale))
				});
			case 'chart':
				return entry(slide.chart, {});
			case 'work':
				return entry(null, {
					subtitle: slide.part.name[locale],
					figures: slide.part.figures.map((f) => workFigure(f, locale))
				});
			case 'sources':
				for (const s of slide.sources)
					sources[s.id] =
						locale === 'zh'
							? `${s.title}（${s.publisher}，${s.date || '—'}）`
							: `${s.title} (${s.publisher}, ${s.date || '—'})`;
				return { id: slide.id, spec, sourceIds: [], isSources: true };
		}
	});
	return { language: locale, title, slides, sources };
}

/**
 * The spec of the deck of the catalogue's slides `ids`, in that order (unknown ids are skipped); a
 * sources slide lists the documents the deck's slides cite, over as many slides as it needs.
 * `images` are the pictures of the slides whose chart is not native, by slide id; the others are `pending`.
 */
export function composePptx(
	catalogue: PptxCatalogue,
	ids: readonly string[],
	images: Record<string, SlideImage> = {}
): DeckPptx {
	const chosen = ids.flatMap((id) => catalogue.slides.filter((s) => s.id === id));
	const cited = [...new Set(chosen.flatMap((s) => s.sourceIds))].filter((id) => id in catalogue.sources);
	const pending: DeckPptx['pending'] = [];
	const slides: SlideSpec[] = [];
	for (const slide of chosen) {
		if (slide.isSources) {
			// At most SOURCES_PER_SLIDE entries a slide (each may wrap to two lines at 14 pt), titled "(1/2)" when split.
			const list = cited.map((id) => catalogue.sources[id]!);
			const parts = Math.max(1, Math.ceil(list.length / SOURCES_PER_SLIDE));
			for (let i = 0; i < parts; i++)
				slides.push({
					...slide.spec,
					title: parts > 1 ? `${slide.spec.title} (${i + 1}/${parts})` : slide.spec.title,
					list: list.slice(i * SOURCES_PER_SLIDE, (i + 1) * SOURCES_PER_SLIDE)
				});
			continue;
		}
		const image = images[slide.id];
		if (slide.pendingAlt !== undefined && image)
			slides.push({
				...slide.spec,
				chart: { type: 'image', svg: image.svg, alt: slide.pendingAlt, aspectRatio: image.aspectRatio }
			});
		else {
			if (slide.pendingAlt !== undefined) pending.push({ index: slides.length, id: slide.id, alt: slide.pendingAlt });
			slides.push(slide.spec);
		}
	}
	return { spec: { language: catalogue.language, title: catalogue.title, slides }, pending };
}

/** The spec of a localized deck, all its slides; `images` as for composePptx. */
export function deckPptx(deck: Deck, locale: Locale, title: string, images: Record<string, SlideImage> = {}): DeckPptx {
	return composePptx(
		pptxCatalogue(deck, locale, title),
		deck.slides.map((s) => s.id),
		images
	);
}

/** How many full source entries one PowerPoint slide holds legibly. */
const SOURCES_PER_SLIDE = 7;
