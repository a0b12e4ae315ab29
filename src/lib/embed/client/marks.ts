/**
 * What the chart marks of a page that is not hydrated get from its script, the same in an embed
 * (./main.ts) and on a domain page (./page.ts): tooltips in the page's one tooltip element
 * (./tooltip.ts) and the daily calendar's keys (./calendar.ts).
 */
import { startCalendars } from './calendar';
import { startTooltips, TOOLTIP_ID } from './tooltip';

export function startMarks(root: HTMLElement): void {
	const tip = root.ownerDocument.getElementById(TOOLTIP_ID);
	if (tip) startTooltips(root, tip);
	startCalendars(root);
}
