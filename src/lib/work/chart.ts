/**
 * A category's work figures as a bar chart, where the display rule (display.ts) says a chart helps a
 * reader compare: the figures it chose (exact, one unit, one measure word), one bar each, in the
 * document's order, each labelled with its figure's label, the value as the document counts it (the
 * measure word kept: 517件, not 517个). Nothing is computed: every bar is a figure of data/work.csv.
 */
import type { Dataset } from '../data/types';
import type { BarChartModel } from '../charts/kinds/bar/model';
import { sourcesFor, type ChartText } from '../charts/model';
import type { FiguresChartModel } from '../charts/kinds/figures/model';
import { workYear } from './year';
import { workPart } from './parts';

/** The bar chart of a category's comparable figures; an error when the rule gives that category none. */
export function workCategoryChart(
	dataset: Dataset,
	chart: { id: string; text: ChartText },
	category: string,
	year: number
): BarChartModel {
	const model = workYear(dataset, year).categories.find((c) => c.id === category);
	if (!model) throw new Error(`No work figures of category "${category}" in ${year} (data/work.csv)`);
	const { display } = model;
	if (display.display === 'number' || display.unit === null)
		throw new Error(`The work figures of "${category}" in ${year} read better as numbers: no chart (display.ts)`);
	const figures = display.figures.map((id) => model.groups.flatMap((g) => g.figures).find((f) => f.id === id)!);
	// What the chart shows is what its groups' titles state with the figures' values ("中央督察交办信访件517件，
	// 已办结511件，验收销号507件"); the largest bar alone ("the most were received") says nothing.
	const groups = model.groups.filter((g) => g.figures.some((f) => display.figures.includes(f.id)));
	return {
		kind: 'bar',
		page: 'work',
		id: chart.id,
		mode: 'grouped',
		unit: display.unit,
		measure: display.measure,
		decimals: Math.max(...figures.map((f) => f.decimals)),
		text: chart.text,
		rows: figures.map((f) => ({ id: f.id, label: f.label })),
		segments: [
			{ id: 'published', label: { zh: `${year}年`, en: String(year) }, kind: 'published', colour: { series: 0 } }
		],
		values: figures.map((f) => [f.value]),
		summary: {
			kind: 'text',
			text: {
				zh: groups.map((g) => `${g.title.zh}。`).join(''),
				en: groups.map((g) => `${g.title.en}.`).join(' ')
			}
		},
		notes: [],
		sources: sourcesFor(
			dataset,
			figures.map((f) => f.sourceId)
		)
	};
}

/**
 * One part of a year's work (parts.ts) as the `figures` kind: its figures as tiles, for its embed.
 * The frame's name is the category's (set by the kind, in each language); the part's finding is its title.
 */
export function workFiguresChart(
	dataset: Dataset,
	id: string,
	category: string,
	part: number,
	year: number
): FiguresChartModel {
	const model = workPart(workYear(dataset, year), category, part);
	if (model.id !== id) throw new Error(`Work part ${category} ${part} of ${year} is "${model.id}", not "${id}"`);
	return {
		kind: 'figures',
		page: 'work',
		id,
		anchor: model.anchor,
		text: { title: 'work_figures_title', summaryLabel: 'work_figures_summary_label' },
		textParams: { year: String(year), category: '', part: String(part), parts: String(model.parts) },
		part: model,
		notes: [],
		sources: sourcesFor(dataset, model.sourceIds)
	};
}
