import { afterEach } from 'vitest';
import { startCharts } from '../../src/lib/enhance/charts';
import { TOOLTIP_ID } from '../../src/lib/enhance/tooltip';

/**
 * Charts are prerendered and enhanced by the page's script (src/lib/enhance/): a component test
 * renders a chart, then starts that script's modules on it, as the reader's browser does.
 */
const running: (() => void)[] = [];

/** Starts tooltips, calendar keys and menus on the charts inside `container`. */
export function enhance(container: HTMLElement): void {
	running.push(startCharts(container));
}

/** The lines of the page's tooltip, or null when it is hidden. */
export function tooltip(): string[] | null {
	const tip = document.getElementById(TOOLTIP_ID);
	return !tip || tip.hidden ? null : [...tip.children].map((c) => c.textContent ?? '');
}

afterEach(() => {
	for (const stop of running.splice(0)) stop();
	document.getElementById(TOOLTIP_ID)?.remove();
});
