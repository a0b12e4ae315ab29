/**
 * /embed/page.js: the one script of the dashboard's pages that are not hydrated (the air, water, coast
 * and litter pages: `csr = false`, see src/lib/embed/Unhydrated.svelte). The pages are complete without
 * it (every chart, map and table is prerendered, and every year is shown); it adds, to their own markup:
 *
 * - tooltips on hover and keyboard focus for chart marks, calendar days and map features (./tooltip.ts);
 * - the daily calendar's arrow keys (./calendar.ts);
 * - the year tabs, with the year in the URL (./tabs.ts);
 * - each chart's download and share menu (./menu.ts); the export code (/embed/export.js) loads on first use.
 *
 * The same modules serve the embeds (./main.ts), so a chart behaves the same on its page and embedded.
 */
import { loadExport, startMenu } from './menu';
import { startYearTabs } from './tabs';
import { startMarks } from './marks';

function start(root: HTMLElement) {
	startYearTabs(root);
	for (const box of root.querySelectorAll<HTMLElement>('[data-embed-actions]')) {
		const figure = box.closest('figure');
		// "Copy link": the chart on this page, with the year shown now.
		const pageUrl = () => `${location.href.split('#')[0]}#${figure?.id ?? ''}`;
		startMenu(box, { pageUrl, loadExport });
	}
	startMarks(root);
}

const root = document.querySelector<HTMLElement>('main');
if (root) start(root);
