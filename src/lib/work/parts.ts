/**
 * The work page's figures cut into parts that a slide and an embed can show at a readable size: a
 * category's groups in the document's order, packed into parts of at most {@link WORK_PART_MAX}
 * figures, a group never split (a group is figures the document gives together: the kWh and the
 * +133 %). Decided by rule, so a new year's data is cut the same way: one part = one slide
 * (src/lib/present) = one embed (the `figures` chart kind, src/lib/charts/definitions/work.ts).
 *
 * A part's title is its finding: the category's finding when the part is the whole category, else the
 * findings of its groups, joined (at most WORK_TITLE_MAX long: a longer join starts a new part).
 */
import { m } from '../paraglide/messages';
import type { Words, WorkFigureModel } from './figure';
import type { WorkCategoryModel, WorkGroupModel, WorkYearModel } from './year';

/**
 * The most figures on one slide or embed: a PowerPoint slide holds four big figures
 * (src/lib/export/pptx/validate.ts), a slide's 2 × 2 tiles read from the back of a room, and an
 * embed of four stays under 1,000 px tall on a phone.
 */
export const WORK_PART_MAX = 4;

export interface WorkPartModel {
	/** Stable while the category's groups are: `work-air`, or `work-enforcement-2` for the second part of several. */
	id: string;
	year: number;
	category: string;
	/** The category's name. */
	label: Words;
	/** The part's name: "2024年工作 · 大气环境（1/3）" / "Work in 2024 · Air (1/3)" (a chart frame's name, a slide's kicker). */
	name: Words;
	/** 1-based position among the category's parts, and how many there are. */
	part: number;
	parts: number;
	/** The finding (see module doc). */
	title: Words;
	groups: string[];
	figures: WorkFigureModel[];
	/** Where the part's first group is on the work page (its anchor, without '#'). */
	anchor: string;
	/** Every source the part cites, once each. */
	sourceIds: string[];
}

/** The id of a part: `work-<category>` (underscores as hyphens), `-<n>` when the category has several. */
export const workPartId = (category: string, part: number, parts: number): string =>
	`work-${category.replace(/_/g, '-')}${parts > 1 ? `-${part}` : ''}`;

/** The anchor of a group on the work page (src/routes/work/+page.svelte). */
export const workGroupAnchor = (group: string): string => `group-${group}`;

/**
 * The longest finding a part's title may be when it joins its groups' findings (characters): two lines
 * of a slide's heading; a group that would make it longer starts the next part.
 */
export const WORK_TITLE_MAX = { zh: 60, en: 110 } as const;

/**
 * Groups packed in order into runs of at most `max` figures and, when given, for which `fits` holds (a
 * run of one group always does); a group larger than `max` is cut into pieces.
 */
export function packGroups<G extends { figures: readonly unknown[] }>(
	groups: readonly G[],
	max = WORK_PART_MAX,
	fits: (run: readonly G[]) => boolean = () => true
): G[][] {
	if (max < 1) throw new Error(`packGroups: max must be at least 1, got ${max}`);
	const runs: G[][] = [];
	let run: G[] = [];
	let size = 0;
	for (const group of groups) {
		const pieces: G[] = [];
		for (let i = 0; i < Math.max(1, group.figures.length); i += max)
			pieces.push({ ...group, figures: group.figures.slice(i, i + max) });
		for (const piece of pieces) {
			if (run.length > 0 && (size + piece.figures.length > max || !fits([...run, piece]))) {
				runs.push(run);
				run = [];
				size = 0;
			}
			run.push(piece);
			size += piece.figures.length;
		}
	}
	if (run.length > 0) runs.push(run);
	return runs;
}

const join = (titles: Words[]): Words => ({
	zh: titles.map((t) => t.zh).join('；'),
	en: titles.map((t) => t.en).join('; ')
});

const fitsTitle = (groups: readonly WorkGroupModel[]): boolean => {
	const title = join(groups.map((g) => g.title));
	return [...title.zh].length <= WORK_TITLE_MAX.zh && title.en.length <= WORK_TITLE_MAX.en;
};

/** A category's parts (none when its work is in words only). */
export function categoryParts(category: WorkCategoryModel, year: number): WorkPartModel[] {
	// A category that fits on one slide is one part, under the category's own finding.
	const runs =
		category.figureCount <= WORK_PART_MAX && category.title
			? [category.groups]
			: packGroups<WorkGroupModel>(category.groups, WORK_PART_MAX, fitsTitle);
	return runs.map((groups, i) => {
		const whole = runs.length === 1;
		const title = whole && category.title ? category.title : join(groups.map((g) => g.title));
		const params = (locale: 'zh' | 'en') => ({
			year: String(year),
			category: category.label[locale],
			part: String(i + 1),
			parts: String(runs.length)
		});
		const name = (locale: 'zh' | 'en') =>
			whole ? m.work_figures_title(params(locale), { locale }) : m.work_figures_title_part(params(locale), { locale });
		return {
			id: workPartId(category.id, i + 1, runs.length),
			year,
			category: category.id,
			label: category.label,
			name: { zh: name('zh'), en: name('en') },
			part: i + 1,
			parts: runs.length,
			title,
			groups: [...new Set(groups.map((g) => g.id))],
			figures: groups.flatMap((g) => g.figures),
			anchor: workGroupAnchor(groups[0]!.id),
			sourceIds: [...new Set(groups.flatMap((g) => g.sourceIds))]
		};
	});
}

/** Every part of a year's work, category by category in the declared order. */
export function workParts(model: WorkYearModel): WorkPartModel[] {
	return model.categories.flatMap((c) => categoryParts(c, model.year));
}

/** One part of a category (1-based); an unknown category or part is an error naming what exists. */
export function workPart(model: WorkYearModel, category: string, part = 1): WorkPartModel {
	const found = model.categories.find((c) => c.id === category);
	if (!found) throw new Error(`No work category "${category}" with figures in ${model.year} (data/work.csv)`);
	const parts = categoryParts(found, model.year);
	const chosen = parts[part - 1];
	if (!chosen)
		throw new Error(`Work category "${category}" has ${parts.length} part(s) in ${model.year}, not part ${part}`);
	return chosen;
}

/**
 * How many parts each category of the founding document's year has, in the declared order: chart and
 * slide ids must be known before the data is read (the registry, the embeds' prerendered pages, the
 * deck's catalogue). tests/unit/work/parts.test.ts fails when the data cut by the rule above differs.
 */
export const WORK_PART_COUNTS: readonly { category: string; parts: number }[] = [
	{ category: 'air', parts: 3 },
	{ category: 'sea_coast', parts: 1 },
	{ category: 'marine_litter', parts: 1 },
	{ category: 'soil', parts: 1 },
	{ category: 'solid_waste', parts: 1 },
	{ category: 'noise', parts: 1 },
	{ category: 'climate_low_carbon', parts: 1 },
	{ category: 'pollution_reduction_pilots', parts: 1 },
	{ category: 'enterprise_services', parts: 5 },
	{ category: 'enforcement', parts: 6 },
	{ category: 'complaints_participation', parts: 4 },
	{ category: 'reform_recognition', parts: 4 }
];

/** Every declared part: its id, category and 1-based position, in order. */
export const WORK_PART_LIST: readonly { id: string; category: string; part: number }[] = WORK_PART_COUNTS.flatMap(
	({ category, parts }) =>
		Array.from({ length: parts }, (_, i) => ({ id: workPartId(category, i + 1, parts), category, part: i + 1 }))
);
