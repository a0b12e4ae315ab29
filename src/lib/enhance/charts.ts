/**
 * Everything the charts of a page get from its script, the same on every page that shows charts
 * (the home and domain pages, the embeds, the deck; the map's islands start only the menus): tooltips in the page's one tooltip element (./tooltip.ts), the daily
 * calendar's keys (./calendarKeys.ts), the arrow keys through other charts' marks (./markKeys.ts) and
 * each chart's download and share menu (./actionsMenu.ts).
 * The charts themselves are prerendered SVG whose marks carry what these modules read (`data-*`).
 */
import { startCalendars } from './calendarKeys';
import { startMarkKeys } from './markKeys';
import { loadExport, startMenu, type MenuContext } from './actionsMenu';
import { startTooltips, tooltipElement } from './tooltip';

/**
 * What the menus need from the page (where "copy link" points, the builder link, the export loader),
 * and whether to show tooltips (default yes; no where a hydrated component draws its own).
 */
export type ChartsContext = Partial<MenuContext> & { tooltips?: boolean };

/** "Copy link" on a page: the chart on this page (its anchor), with the view shown now (`?year=`). */
const anchorUrl = (figure: Element | null) => () => `${location.href.split('#')[0]}#${figure?.id ?? ''}`;

/**
 * Starts the marks of the charts inside `root`: tooltips (unless `tooltips` is false), the calendar's
 * keys and, unless `markKeys` is false, the other marks' arrow keys. The deck passes false: there the
 * arrow keys (and a clicker that sends them) move the slides, wherever the focus is. Returns a function
 * that stops the tooltips. (A slide needs no more: see startCharts.)
 */
export function startMarks(root: HTMLElement, { tooltips = true, markKeys = true } = {}): () => void {
	const stop = tooltips ? startTooltips(root, tooltipElement(root.ownerDocument)) : () => {};
	startCalendars(root);
	if (markKeys) startMarkKeys(root);
	return stop;
}

/** Starts the charts inside `root` (marks and menus); returns a function that stops their tooltips. */
export function startCharts(root: HTMLElement, context: ChartsContext = {}): () => void {
	const stop = startMarks(root, { tooltips: context.tooltips !== false });
	startMenus(root, context);
	return stop;
}

/**
 * Starts the download and share menus of the charts inside `root`, and nothing else: for a chart that
 * draws its own tooltips and keys (the map's islands, src/lib/enhance/islands/), which then load no
 * tooltip or calendar code.
 */
export function startMenus(root: HTMLElement, context: Partial<MenuContext> = {}): void {
	for (const box of root.querySelectorAll<HTMLElement>('[data-embed-actions]')) {
		if (box.dataset.started !== undefined) continue;
		box.dataset.started = '';
		startMenu(box, {
			pageUrl: context.pageUrl ?? anchorUrl(box.closest('figure')),
			builderHref: context.builderHref,
			loadExport: context.loadExport ?? loadExport
		});
	}
}
