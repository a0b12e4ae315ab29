/**
 * The daily calendar's keyboard (src/lib/charts/kinds/calendar/Days.svg.svelte prerenders every cell with
 * its tooltip in `data-tooltip`, and the group with its range in `data-from`/`data-to`). One cell at a
 * time is in the tab order (roving tabindex) and named; the keys (moveDate in
 * src/lib/charts/kinds/calendar/layout.ts): ←/→ a day, ↑/↓ a
 * week, PageUp/PageDown a month, Home/End the week's ends, Ctrl/⌘+Home/End the first and last day.
 * The tooltip follows the focus (./tooltip.ts shows the `data-tooltip` of the focused cell).
 */
import { moveDate } from '../charts/kinds/calendar/layout';

/** Makes `cell` the calendar's one focusable, named cell (and `previous` a plain one). */
function makeCurrent(previous: Element | null, cell: Element) {
	if (previous && previous !== cell) {
		previous.setAttribute('tabindex', '-1');
		previous.removeAttribute('role');
		previous.removeAttribute('aria-label');
		previous.setAttribute('aria-hidden', 'true');
	}
	cell.setAttribute('tabindex', '0');
	cell.setAttribute('role', 'img');
	cell.setAttribute('aria-label', (cell.getAttribute('data-tooltip') ?? '').split('\n').join(', '));
	cell.removeAttribute('aria-hidden');
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
		const target = next === null ? null : group.querySelector(`[data-date="${next}"][data-tooltip]`);
		if (!target) return;
		key.preventDefault();
		makeCurrent(cell, target);
		(target as SVGElement).focus();
	});
	// A cell reached otherwise (a click) becomes the one the Tab key returns to.
	root.addEventListener('focusin', (event) => {
		const group = groupOf(event.target);
		const cell = group && (event.target as Element).closest('[data-date][data-tooltip]');
		const previous = group?.querySelector('[data-date][tabindex="0"]') ?? null;
		if (cell && previous !== cell) makeCurrent(previous, cell);
	});
	return root.querySelectorAll('g.calendar[data-from][data-to]').length;
}
