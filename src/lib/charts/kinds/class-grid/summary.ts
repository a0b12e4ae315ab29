import { m } from '../../../paraglide/messages';
import { intlLocale, type Locale } from '../../../text/format';
import type { ClassGrid, GridConflict } from './grid';
import { statusLabel } from './labels';
import type { ClassGridChartModel } from './model';

/** What a class grid shows: each row's latest published class, and the rows whose sources disagree. */
export const classGridSummary = (model: ClassGridChartModel, locale: Locale): string =>
	gridSummary(model.grid, locale, (status) => statusLabel(model.grid.scheme, status, 'full'));

/**
 * A class grid's finding as a title (a slide's heading), from its latest year with a published class: the
 * rows that share one class named together ("2024年公布：坂头-石兜水库、汀溪水库均为Ⅱ类" / "Published for
 * 2024: Bantou–Shidou Reservoir and Tingxi Reservoir, class II"), else how many rows had each class,
 * how many had the best class and which the worst ("2014年公布的7个中清洁1个，马銮湾严重污染"). Null for an empty grid.
 */
export const classGridFinding = (model: ClassGridChartModel, locale: Locale): string | null =>
	gridFinding(model.grid, locale, (status) => statusLabel(model.grid.scheme, status, 'full', locale));

export function gridFinding(grid: ClassGrid, locale: Locale, words: StatusWords): string | null {
	const options = { locale };
	const year = Math.max(...grid.cells.map((c) => c.year));
	if (!Number.isFinite(year)) return null;
	const cells = grid.rows.flatMap((row) => grid.cells.filter((c) => c.row === row.id && c.year === year).slice(-1));
	const statuses = grid.classes.filter((s) => cells.some((c) => c.status === s));
	if (statuses.length === 1) {
		const params = {
			year: String(year),
			names: listText(
				cells.map((c) => nameOf(grid, c.row, locale)),
				locale
			),
			status: words(statuses[0]!)
		};
		return cells.length === 1 ? m.chart_finding_grid_one(params, options) : m.chart_finding_grid_same(params, options);
	}
	const best = statuses[0]!;
	const worst = statuses.at(-1)!;
	return m.chart_finding_grid_mixed(
		{
			year: String(year),
			count: String(cells.length),
			best: words(best),
			bestCount: String(cells.filter((c) => c.status === best).length),
			worstNames: listText(
				cells.filter((c) => c.status === worst).map((c) => nameOf(grid, c.row, locale)),
				locale
			),
			worst: words(worst)
		},
		options
	);
}

/** A class's words in a sentence, e.g. (status) => "Ⅱ类" / "class II". */
export type StatusWords = (status: string) => string;

/** Joins a list the way each language lists things: "甲、乙和丙" is not needed here; "甲；乙" / "A; B". */
const join = (items: string[], locale: Locale, strong = true) =>
	items.join(locale === 'zh' ? (strong ? '；' : '，') : strong ? '; ' : ', ');

const nameOf = (grid: ClassGrid, row: string, locale: Locale) => grid.rows.find((r) => r.id === row)!.name[locale];

/**
 * One sentence on the latest published class of each row, plus one naming rows whose sources disagree:
 * "最新公布：坂头-石兜水库Ⅱ类（2024年）；湖边水库Ⅱ类（2015年）。" / "Latest published: Bantou–Shidou
 * Reservoir, class II (2024); …". Rows keep the grid's order.
 */
export function gridSummary(grid: ClassGrid, locale: Locale, words: StatusWords): string {
	const options = { locale };
	if (grid.cells.length === 0) return m.water_grid_none({}, options);
	const latestCells = grid.rows.map((row) => grid.cells.filter((c) => c.row === row.id).at(-1)!);
	const years = new Set(latestCells.map((c) => c.year));
	let latest: string;
	if (years.size === 1) {
		// Every row's latest class is from the same year: say the year once.
		const items = latestCells.map((c) =>
			m.water_grid_same_year_item({ name: nameOf(grid, c.row, locale), status: words(c.status) }, options)
		);
		latest = m.water_grid_same_year({ year: String(latestCells[0]!.year), items: join(items, locale) }, options);
	} else {
		const items = latestCells.map((c) =>
			m.water_grid_latest_item(
				{ name: nameOf(grid, c.row, locale), status: words(c.status), year: String(c.year) },
				options
			)
		);
		latest = m.water_grid_latest({ items: join(items, locale) }, options);
	}
	const disputed = [...new Set(grid.conflicts.map((c) => nameOf(grid, c.row, locale)))];
	if (disputed.length === 0) return latest;
	return `${latest}${locale === 'zh' ? '' : ' '}${m.water_grid_conflict_summary({ names: listText(disputed, locale) }, options)}`;
}

/**
 * The grid as text, row by row (the chart's text alternative): "坂头-石兜水库：2015年Ⅲ类，2018年Ⅲ类。…"
 * / "Bantou–Shidou Reservoir: 2015 class III, 2018 class III. …". Years without a class are left out.
 */
export function gridListing(grid: ClassGrid, locale: Locale, words: StatusWords): string {
	const options = { locale };
	if (grid.cells.length === 0) return m.water_grid_none({}, options);
	return grid.rows
		.map((row) => {
			const items = grid.cells
				.filter((c) => c.row === row.id)
				.map((c) => m.water_grid_row_item({ year: String(c.year), status: words(c.status) }, options));
			return m.water_grid_row({ name: row.name[locale], items: join(items, locale, false) }, options);
		})
		.join(locale === 'zh' ? '' : ' ');
}

/** A list as each language writes one: "甲和乙" / "A and B", "A, B and C". */
export function listText(items: string[], locale: Locale): string {
	return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(items);
}

/**
 * Conflicts that say the same thing about several rows (same claim year, class and earlier years),
 * merged so that a note names the rows together instead of repeating itself.
 */
export function conflictGroups(
	conflicts: GridConflict[]
): { rows: string[]; claimYear: number; status: string; earlierYears: number[] }[] {
	const groups = new Map<string, { rows: string[]; claimYear: number; status: string; earlierYears: number[] }>();
	for (const c of conflicts) {
		const key = `${c.claimYear}|${c.status}|${c.earlierYears.join(',')}`;
		const group = groups.get(key);
		if (group) group.rows.push(c.row);
		else
			groups.set(key, { rows: [c.row], claimYear: c.claimYear, status: c.status, earlierYears: [...c.earlierYears] });
	}
	return [...groups.values()];
}
