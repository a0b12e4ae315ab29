/**
 * The daily calendar's keyboard (src/lib/charts/kinds/calendar/Days.svg.svelte prerenders every cell with
 * its date, its words in its chart's data table (`data-row`, or `data-tooltip` for a day without a row),
 * and the group with its range in `data-from`/`data-to`). One cell at a
 * time is in the tab order (roving tabindex) and named; the keys (moveDate in
 * src/lib/charts/kinds/calendar/layout.ts): ←/→ a day, ↑/↓ a
 * week, PageUp/PageDown a month, Home/End the week's ends, Ctrl/⌘+Home/End the first and last day.
 * The tooltip follows the focus (./tooltip.ts shows the focused cell's lines).
 */
import { moveDate } from '../charts/kinds/calendar/layout';
import { tooltipLines } from './tooltip';

/**
 * Makes `cell` the calendar's one focusable, named cell (and `previous` a plain one: no tabindex, role
 * or name, as the other cells are prerendered, which keeps them out of the accessibility tree).
 */
function makeCurrent(previous: Element | null, cell: Element) {
	if (previous && previous !== cell) {
		previous.removeAttribute('tabindex');
		previous.removeAttribute('role');
		previous.removeAttribute('aria-label');
	}
	cell.setAttribute('tabindex', '0');
	cell.setAttribute('role', 'img');
	cell.setAttribute('aria-label', tooltipLines(cell).join(', '));
}

/**
 * Starts the keyboard of every calendar inside `root` whose cells carry their tooltips. The listeners
 * are on `root`, not on the SVG groups: Chromium makes an SVG element with a focus listener focusable,
 * which would add a stray Tab stop before each calendar.
 */
export function startCalendars(root: ParentNode): number {
	const groupOf = (target: EventTarget | null) =>
		target instanceof Element ? target.closest<SVGGElement>('g.calendar[data-from][data-to]') : null;
	root.addEventListener('keydown', (event) => {
		const key = event as KeyboardEvent;
		const group = groupOf(key.target);
		const cell = group && (key.target as Element).closest('[data-date]');
		const date = cell?.getAttribute('data-date');
		if (!group || !cell || !date) return;
		const next = moveDate(date, key.key, group.getAttribute('data-from')!, group.getAttribute('data-to')!, {
			ctrl: key.ctrlKey || key.metaKey
		});
		const target = next === null ? null : group.querySelector(`[data-date="${next}"]:is([data-row], [data-tooltip])`);
		if (!target) return;
		key.preventDefault();
		makeCurrent(cell, target);
		(target as SVGElement).focus();
	});
	// A clicked cell becomes the current one, focused: the one the Tab key returns to.
	root.addEventListener('click', (event) => {
		const group = groupOf(event.target);
		const cell = group && (event.target as Element).closest('[data-date]:is([data-row], [data-tooltip])');
		const previous = group?.querySelector('[data-date][tabindex="0"]') ?? null;
		if (!cell) return;
		if (previous !== cell) makeCurrent(previous, cell);
		(cell as SVGElement).focus();
	});
	return root.querySelectorAll('g.calendar[data-from][data-to]').length;
}
