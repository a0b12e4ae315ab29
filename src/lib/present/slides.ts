import type { Dataset, Unit } from '../data/types';
import { figureFor, metricById, sourceById } from '../data/query';
import { changeDirection, kpiCard } from '../overview/cards';
import { buildChart } from '../charts/registry';
import { mapShowing } from '../charts/kinds/map/build';
import type { ChartModel } from '../charts/kinds';
import { DECK, type DeckConfig, type ItemSpec, type MetricItemSpec } from './config';
import { slideNotes, slideTitle } from './notes';
import { workYear, type WorkYearModel } from '../work/year';
import { workPart } from '../work/parts';
import type { Deck, DeckItem, FigureValue, MetricItem, ProblemRow, Slide, SlideModel } from './model';

/**
 * Builds the deck's slides (./model.ts) from the dataset, in the load function: every number looked up
 * in the data with its source id, the speaker notes written from the figures (./notes.ts).
 */

const value = (f: { value: number; decimals: number; unit: Unit }): FigureValue => ({
	value: f.value,
	decimals: f.decimals,
	unit: f.unit
});

function metricItem(dataset: Dataset, spec: MetricItemSpec, year: number): MetricItem {
	const card = kpiCard(dataset, spec.metric, year, spec.related ?? []);
	const change = card.change
		? { ...value(card.change.figure), direction: changeDirection(card.change.figure.value, card.change.metric.better) }
		: null;
	const related = card.related.map((r) => ({ id: r.metric.id, label: r.metric.label, figure: value(r.figure) }));
	return {
		kind: 'metric',
		id: spec.metric,
		label: card.metric.label,
		shortLabel: spec.label ?? null,
		year,
		current: value(card.current),
		change,
		previous: card.previous
			? {
					value: card.previous.value,
					decimals: card.previous.decimals,
					unit: card.current.unit,
					year: card.previous.year,
					derived: card.previous.derived,
					sourceIds: card.previous.sourceIds
				}
			: null,
		related,
		sourceIds: unique([
			card.current.sourceId,
			...(card.change ? [card.change.figure.sourceId] : []),
			...card.related.map((r) => r.figure.sourceId)
		])
	};
}

function item(dataset: Dataset, spec: ItemSpec, year: number): DeckItem {
	if (spec.kind === 'metric') return metricItem(dataset, spec, year);
	if (spec.kind === 'group') {
		const members = spec.metrics.map((id) => {
			const figure = figureFor(dataset, id, year);
			if (!figure) throw new Error(`Deck: no published ${id} for ${year} in data/figures`);
			return { id, label: metricById(dataset, id).label, figure: value(figure), sourceId: figure.sourceId };
		});
		return {
			kind: 'group',
			id: spec.id,
			label: spec.label,
			members: members.map(({ sourceId: _, ...m }) => m),
			sourceIds: unique(members.map((m) => m.sourceId))
		};
	}
	const sites = spec.sites.map((id) => {
		const site = dataset.sites.find((s) => s.id === id);
		const published = dataset.waterClasses.find((w) => w.site === id && w.year === year);
		if (!site || !published) throw new Error(`Deck: no published water class of ${id} for ${year}`);
		return { id, name: site.name, class: published.class, sourceId: published.sourceId };
	});
	return {
		kind: 'classes',
		id: spec.id,
		label: spec.label,
		sites: sites.map(({ sourceId: _, ...s }) => s),
		sourceIds: unique(sites.map((s) => s.sourceId))
	};
}

/** Sources a chart model cites (every chart kind carries its registry rows). */
const chartSources = (chart: ChartModel | null) => (chart ? Object.keys(chart.sources) : []);

/** The problems of the year grouped by domain (in the document's order), each with the work named in that domain. */
export function problemRows(dataset: Pick<Dataset, 'problems' | 'priorities'>, year: number): ProblemRow[] {
	const rows: ProblemRow[] = [];
	for (const problem of dataset.problems.filter((p) => p.year === year)) {
		const row = rows.find((r) => r.domain === problem.domain);
		if (row) row.problems.push(problem);
		else rows.push({ domain: problem.domain, problems: [problem], work: [] });
	}
	for (const row of rows) row.work = dataset.priorities.filter((w) => w.year === year && w.domain === row.domain);
	return rows;
}

/**
 * Builds every slide of the deck from the dataset: looks up each figure, class, problem and
 * chart, fails loudly on anything missing (a deck naming a figure that is not in the data is a
 * bug), and writes the speaker notes in both languages.
 */
export function buildDeck(dataset: Dataset, config: DeckConfig = DECK): Deck {
	const year = config.year;
	let work: WorkYearModel | null = null;
	const models: SlideModel[] = config.slides.map((spec): SlideModel => {
		switch (spec.kind) {
			case 'title':
				return {
					kind: 'title',
					id: spec.id,
					year,
					source: sourceById(dataset, config.source),
					figures: (spec.figures ?? []).map((s) => metricItem(dataset, s, year))
				};
			case 'glance':
				return { kind: 'glance', id: spec.id, year, items: spec.items.map((s) => item(dataset, s, year)) };
			case 'domain':
				return {
					kind: 'domain',
					id: spec.id,
					domain: spec.domain,
					year,
					headline: metricItem(dataset, spec.headline, year),
					facts: spec.facts.map((s) => item(dataset, s, year)),
					chart: spec.chart ? buildChart(spec.chart, dataset) : null
				};
			case 'chart': {
				const chart = buildChart(spec.chart, dataset);
				return {
					kind: 'chart',
					id: spec.id,
					chart: chart.kind === 'map' && spec.layers ? mapShowing(chart, dataset, spec.layers) : chart
				};
			}
			case 'problems':
				return { kind: 'problems', id: spec.id, year, rows: problemRows(dataset, year) };
			case 'sources':
				return { kind: 'sources', id: spec.id, sources: [] };
			case 'work':
				work ??= workYear(dataset, year);
				return { kind: 'work', id: spec.id, year, part: workPart(work, spec.category, spec.part ?? 1) };
		}
	});

	const cited = models.map(slideSourceIds);
	const all = unique(cited.flat());
	const slides = models.map((model, i): Slide => {
		const full = model.kind === 'sources' ? { ...model, sources: all.map((id) => sourceById(dataset, id)) } : model;
		return {
			...full,
			sourceIds: model.kind === 'sources' ? all : cited[i]!,
			sourceNames: model.kind === 'sources' ? [] : cited[i]!.map((id) => sourceById(dataset, id).short),
			title: { zh: slideTitle(full, 'zh'), en: slideTitle(full, 'en') },
			notes: { zh: slideNotes(full, 'zh'), en: slideNotes(full, 'en') }
		};
	});
	return { key: `${year}:${config.slides.map((s) => s.id).join(',')}`, year, slides };
}

/** The source ids a slide cites, in the order they appear on it. */
function slideSourceIds(slide: SlideModel): string[] {
	switch (slide.kind) {
		case 'title':
			return unique([slide.source.id, ...slide.figures.flatMap((i) => i.sourceIds)]);
		case 'glance':
			return unique(slide.items.flatMap((i) => i.sourceIds));
		case 'domain':
			return unique([
				...slide.headline.sourceIds,
				...(slide.headline.previous?.sourceIds ?? []),
				...slide.facts.flatMap((i) => i.sourceIds),
				...chartSources(slide.chart)
			]);
		case 'chart':
			return chartSources(slide.chart);
		case 'problems':
			return unique(slide.rows.flatMap((r) => [...r.problems, ...r.work].map((p) => p.sourceId)));
		case 'sources':
			return [];
		case 'work':
			return slide.part.sourceIds;
	}
}

function unique<T>(values: T[]): T[] {
	return [...new Set(values)];
}
