/**
 * The year's work, as the work page, its slides and embeds show it: every category in the declared
 * order (data/work-categories.csv), each with its groups (a group = one card or slide, in the document's
 * order), whether a chart helps compare its figures (display.ts), the work the document describes in
 * words only for its domain (data/text/priorities.csv), and the pairs of work and result.
 */
import type { Dataset, Domain, Problem } from '../data/types';
import { chooseDisplay, type DisplayChoice } from './display';
import { workFigure, type Words, type WorkFigureModel } from './figure';
import { domainHref, WORK_PAGE } from './pages';
import { workPairs, type WorkPairModel } from './pairs';
import { qualifierModels, type QualifierModel } from './qualifiers';
import { categoryTitle, groupTitle } from './titles';

export interface WorkGroupModel {
	id: string;
	category: string;
	/** The finding, with the figures' values: "477个项目告知承诺制审批，节约14,310个工作日". */
	title: Words;
	figures: WorkFigureModel[];
	/** Pairs whose work figure is in this group. */
	pairs: WorkPairModel[];
	/** Every source the group cites (figures, pair results, qualifiers), once each. */
	sourceIds: string[];
}

export interface WorkCategoryModel {
	id: string;
	label: Words;
	/** The category's finding with its figures' values, or null when it has no figures. */
	title: Words | null;
	domain: Domain | null;
	/** The domain page to link to (`/air/`, `/#noise`), or null. */
	href: string | null;
	groups: WorkGroupModel[];
	/** How many work figures the category has (a category may have none: its work is in words only). */
	figureCount: number;
	/** Chart or numbers, by rule (display.ts). */
	display: DisplayChoice;
	/** The work the document names in words for the category's domain that year (data/text/priorities.csv). */
	priorities: Problem[];
	/** The document's qualifiers shown with this category (public satisfaction with complaints …). */
	qualifiers: QualifierModel[];
}

export interface WorkYearModel {
	year: number;
	/** Categories with work figures or work in words, in the declared order. */
	categories: WorkCategoryModel[];
	pairs: WorkPairModel[];
	/** The document's qualifiers for the work page's introduction (the environment "best on record" …). */
	qualifiers: QualifierModel[];
	counts: { figures: number; groups: number; categories: number };
	/** Every source the page cites, once each. */
	sourceIds: string[];
}

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

type WorkTables = Pick<
	Dataset,
	'work' | 'workCategories' | 'figures' | 'metrics' | 'problems' | 'priorities' | 'qualifiers'
>;

/** Models already built, by dataset and year: each of the ~40 work charts of a build reads the same one. */
const built = new WeakMap<WorkTables, Map<number, WorkYearModel>>();

/**
 * The model of a year's work (see module doc); a year without work figures gives no categories. Built
 * once per dataset object and year (a dataset is never changed in place; a changed one is a new object),
 * and shared: callers read it, never change it.
 */
export function workYear(dataset: WorkTables, year: number): WorkYearModel {
	let years = built.get(dataset);
	if (!years) built.set(dataset, (years = new Map()));
	let model = years.get(year);
	if (!model) years.set(year, (model = buildWorkYear(dataset, year)));
	return model;
}

function buildWorkYear(dataset: WorkTables, year: number): WorkYearModel {
	const figures = dataset.work.filter((w) => w.year === year).map((row) => workFigure(dataset, row));
	const pairs = workPairs(dataset, figures);
	const qualifiers = qualifierModels(dataset, year);
	const onWorkPage = (target: string, ref: string) =>
		qualifiers.filter((q) => q.places.some((p) => p.page === WORK_PAGE && p.target === target && p.ref === ref));

	const categories = dataset.workCategories.flatMap((category): WorkCategoryModel[] => {
		const own = figures.filter((f) => f.category === category.id);
		const groups = unique(own.map((f) => f.group)).map((id): WorkGroupModel => {
			const members = own.filter((f) => f.group === id);
			const groupPairs = pairs.filter((p) => members.some((f) => f.id === p.id));
			return {
				id,
				category: category.id,
				title: groupTitle(id, members),
				figures: members,
				pairs: groupPairs,
				sourceIds: unique([
					...members.flatMap((f) => [f.sourceId, ...f.qualifiers.map((q) => q.sourceId)]),
					...groupPairs.flatMap((p) => p.sourceIds)
				])
			};
		});
		const priorities =
			category.domain === null ? [] : dataset.priorities.filter((p) => p.domain === category.domain && p.year === year);
		if (groups.length === 0 && priorities.length === 0) return [];
		return [
			{
				id: category.id,
				label: category.label,
				title: categoryTitle(category.id, own),
				domain: category.domain,
				href: category.domain === null ? null : domainHref(category.domain),
				groups,
				figureCount: own.length,
				display: chooseDisplay(own),
				priorities,
				qualifiers: onWorkPage('work-category', category.id)
			}
		];
	});

	const intro = qualifiers.filter((q) => q.places.some((p) => p.page === WORK_PAGE && p.target === 'page-intro'));
	return {
		year,
		categories,
		pairs,
		qualifiers: intro,
		counts: {
			figures: figures.length,
			groups: categories.reduce((n, c) => n + c.groups.length, 0),
			categories: categories.filter((c) => c.figureCount > 0).length
		},
		sourceIds: unique([
			...categories.flatMap((c) => [
				...c.groups.flatMap((g) => g.sourceIds),
				...c.priorities.map((p) => p.sourceId),
				...c.qualifiers.map((q) => q.sourceId)
			]),
			...intro.map((q) => q.sourceId)
		])
	};
}

/** One group of a year's work by id (for a slide or an embed of it); an unknown id is an error. */
export function workGroup(model: WorkYearModel, id: string): WorkGroupModel {
	const group = model.categories.flatMap((c) => c.groups).find((g) => g.id === id);
	if (!group) throw new Error(`No work group "${id}" in ${model.year} (data/work.csv)`);
	return group;
}
