/**
 * /enhance/page.js: the one script of the dashboard's pages that are not hydrated (the home page and
 * the air, water, coast and litter pages: `csr = false`, see ../PageScript.svelte). The pages are
 * complete without it (every chart, map and table is prerendered, and every year is shown); it adds,
 * to their own markup, the year tabs with the year in the URL (../yearTabs.ts; where the years are
 * pages of their own, a shared `?year=` link opens that year's page) and what every chart
 * gets (../charts.ts): tooltips, the calendar's keys, the download and share menus (whose export code,
 * /enhance/export.js, loads on first use).
 */
import { followYearQuery, startYearTabs } from '../yearTabs';
import { startCharts } from '../charts';

const root = document.querySelector<HTMLElement>('main');
if (root && followYearQuery(root) === null) {
	startYearTabs(root);
	startCharts(root);
}
