import type { Dataset } from '../../../data/types';
import { sourcesFor, type ChartPage, type ChartText, type ModelText } from '../../model';
import type { ClassGridChartModel } from './model';
import { WATER_CLASSES } from '../../../standards';
import { OCEAN_BUREAU_STATUSES, TROPHIC_STATES } from '../../../data/schema/vocabulary';

/**
 * The class-grid model: rows (sites or sea areas) × years, each cell a published class or category.
 * Pure and serialisable; built on the server by a chart declaration, drawn by ClassGridChart.svelte.
 */

/**
 * Which scale a grid's cells use. Each is its own scheme and never mixed with another:
 * `gb3838` — GB 3838-2002 surface-water classes I–劣V; `ocean_bureau` — the 2013–2014 ocean
 * bulletins' composite-index categories (not GB 3097 classes); `trophic_state` — lake and reservoir
 * nutrient states (not classes).
 */
export type GridScheme = 'gb3838' | 'ocean_bureau' | 'trophic_state';

/** The classes of each scheme, best first (GB 3838 order from the standards engine). */
export const SCHEME_CLASSES: Record<GridScheme, readonly string[]> = {
	gb3838: WATER_CLASSES,
	ocean_bureau: OCEAN_BUREAU_STATUSES,
	trophic_state: TROPHIC_STATES
};

export interface GridRow {
	id: string;
	name: { zh: string; en: string };
}

/**
 * A cell's disagreement with another published cell of the same row:
 * `first_time_contradicted` — the source says this class was reached "for the first time" (首次), but an
 * earlier year already has the same or a better class; `contradicts_first_time` — that earlier cell.
 */
export type GridFlag = 'first_time_contradicted' | 'contradicts_first_time';

export interface GridCell {
	row: string;
	year: number;
	/** The class or category, as in the data (e.g. 'II', '劣V', 'relatively_clean'). */
	status: string;
	sourceId: string;
	/** The data's note (English, for traceability; not shown as page text). */
	note: string;
	flags: GridFlag[];
}

/** A "first time" claim and the earlier published cells that contradict it. */
export interface GridConflict {
	row: string;
	claimYear: number;
	status: string;
	earlierYears: number[];
}

export interface ClassGrid {
	scheme: GridScheme;
	/** The scheme's classes, best first. */
	classes: string[];
	/** Rows with at least one cell, in the requested order. */
	rows: GridRow[];
	/** Every year from the first to the last cell, gaps included. */
	years: number[];
	/** Years in that span with no cell in any row (a visible gap). */
	emptyYears: number[];
	cells: GridCell[];
	conflicts: GridConflict[];
	sourceIds: string[];
}

/** One published cell as the builder receives it; `quote` is the source's words (checked for 首次). */
export interface GridInput {
	row: string;
	year: number;
	status: string;
	sourceId: string;
	note: string;
	quote: string;
}

/**
 * Builds a grid from published cells. Rows without cells are dropped; a cell whose status is not in the
 * scheme, or whose row is not requested, is an error (a bug in the definition, not something to hide).
 * A cell whose quote claims a class was reached for the first time (首次) is checked against the
 * earlier years of its row: an earlier class as good or better is flagged on both cells.
 */
export function classGrid(scheme: GridScheme, rows: GridRow[], inputs: GridInput[]): ClassGrid {
	const classes = [...SCHEME_CLASSES[scheme]];
	const rank = (status: string) => classes.indexOf(status);
	const rowIds = new Set(rows.map((r) => r.id));
	for (const input of inputs) {
		if (!rowIds.has(input.row)) throw new Error(`Grid cell for unknown row "${input.row}"`);
		if (rank(input.status) < 0) throw new Error(`"${input.status}" is not a ${scheme} class`);
	}
	const cells: GridCell[] = inputs
		.map((input) => ({
			row: input.row,
			year: input.year,
			status: input.status,
			sourceId: input.sourceId,
			note: input.note,
			flags: [] as GridFlag[]
		}))
		.sort((a, b) => a.year - b.year);

	const conflicts: GridConflict[] = [];
	for (const input of inputs) {
		if (!input.quote.includes('首次')) continue;
		const earlier = cells.filter(
			(c) => c.row === input.row && c.year < input.year && rank(c.status) <= rank(input.status)
		);
		if (earlier.length === 0) continue;
		const claim = cells.find((c) => c.row === input.row && c.year === input.year)!;
		if (!claim.flags.includes('first_time_contradicted')) claim.flags.push('first_time_contradicted');
		for (const c of earlier) if (!c.flags.includes('contradicts_first_time')) c.flags.push('contradicts_first_time');
		conflicts.push({
			row: input.row,
			claimYear: input.year,
			status: input.status,
			earlierYears: earlier.map((c) => c.year)
		});
	}

	const years: number[] = [];
	if (cells.length > 0) {
		const from = cells[0]!.year;
		const to = cells[cells.length - 1]!.year;
		for (let y = from; y <= to; y++) years.push(y);
	}
	const filled = new Set(cells.map((c) => c.year));
	const withCells = new Set(cells.map((c) => c.row));
	return {
		scheme,
		classes,
		rows: rows.filter((r) => withCells.has(r.id)),
		years,
		emptyYears: years.filter((y) => !filled.has(y)),
		cells,
		conflicts,
		sourceIds: [...new Set(cells.map((c) => c.sourceId))]
	};
}

/** Site rows in the given order (an unknown site id is an error). */
function siteRows(dataset: Pick<Dataset, 'sites'>, siteIds: string[]): GridRow[] {
	return siteIds.map((id) => {
		const site = dataset.sites.find((s) => s.id === id);
		if (!site) throw new Error(`Unknown site "${id}" (not in data/sites.csv)`);
		return { id, name: site.name };
	});
}

/** The published GB 3838 classes of the given sites, by year (data/classes/water.csv). */
export function waterClassGrid(dataset: Pick<Dataset, 'sites' | 'waterClasses'>, siteIds: string[]): ClassGrid {
	const wanted = new Set(siteIds);
	return classGrid(
		'gb3838',
		siteRows(dataset, siteIds),
		dataset.waterClasses
			.filter((w) => wanted.has(w.site))
			.map((w) => ({ row: w.site, year: w.year, status: w.class, sourceId: w.sourceId, note: w.note, quote: w.quote }))
	);
}

/** The published trophic states of the given sites, by year (data/classes/water-status.csv). */
export function trophicStateGrid(dataset: Pick<Dataset, 'sites' | 'waterStatuses'>, siteIds: string[]): ClassGrid {
	const wanted = new Set(siteIds);
	return classGrid(
		'trophic_state',
		siteRows(dataset, siteIds),
		dataset.waterStatuses
			.filter((w) => w.scheme === 'trophic_state' && wanted.has(w.site))
			.map((w) => ({ row: w.site, year: w.year, status: w.status, sourceId: w.sourceId, note: w.note, quote: w.quote }))
	);
}

/** Every sea area's published ocean-bureau category, by year (data/classes/sea-areas.csv), in the table's order. */
export function seaAreaStatusGrid(dataset: Pick<Dataset, 'seaAreas' | 'seaAreaStatuses'>): ClassGrid {
	return classGrid(
		'ocean_bureau',
		dataset.seaAreas.map((a) => ({ id: a.id, name: a.name })),
		dataset.seaAreaStatuses
			.filter((s) => s.scheme === 'ocean_bureau')
			.map((s) => ({ row: s.area, year: s.year, status: s.status, sourceId: s.sourceId, note: s.note, quote: '' }))
	);
}

/**
 * A class-grid chart: the grid `grid` builds (e.g. waterClassGrid with a list of sites), its frame's
 * words and notes, and the registry rows of every source it cites.
 */
export function classGridChart(
	dataset: Dataset,
	chart: { id: string; page: ChartPage; text: ChartText; notes?: ModelText[] },
	grid: (dataset: Dataset) => ClassGrid
): ClassGridChartModel {
	const built = grid(dataset);
	return {
		kind: 'class-grid',
		...chart,
		notes: chart.notes ?? [],
		grid: built,
		sources: sourcesFor(dataset, built.sourceIds)
	};
}
