/**
 * Arrow keys through a chart's marks. Each chart's marks (bars, points, cells, columns: prerendered with
 * `tabindex` and their words in `aria-label`) become one Tab stop (WAI-ARIA roving tabindex, as the
 * calendar's days already are, ./calendarKeys.ts): Tab reaches a chart's first mark and leaves the chart
 * with the next press, instead of stopping on each of its marks (three hundred on the water page); inside
 * a chart, →/↓ move to the next mark, ←/↑ to the previous one, Home and End to the first and the last,
 * in the order Tab used to take. The tooltip follows the focus (./tooltip.ts). A mark that gets focus
 * another way (a click) becomes the chart's Tab stop. The map's features (`.feature`, `data-feature`: the
 * map has its own keys for zoom and pan) and the calendar's days (`data-date`, ./calendarKeys.ts) keep their own keys. Without
 * the script every mark stays a Tab stop, as prerendered.
 */

/** The marks this module moves through: in a chart's drawing, focusable and named. */
export const MARKS = 'svg [tabindex][aria-label]:not([data-date], [data-feature], .feature)';
/** The keys, as announced to assistive technology on each mark. */
const KEYS = 'ArrowLeft ArrowRight ArrowUp ArrowDown Home End';

/** The index a key moves to from `at` among `count` marks; null for other keys (or no move). */
export function moveMark(at: number, count: number, key: string): number | null {
	const to =
		key === 'ArrowRight' || key === 'ArrowDown'
			? at + 1
			: key === 'ArrowLeft' || key === 'ArrowUp'
				? at - 1
				: key === 'Home'
					? 0
					: key === 'End'
						? count - 1
						: null;
	return to === null || to < 0 || to >= count || to === at ? null : to;
}

/** What hides marks inside a chart: a closed disclosure (the small multiples' further panels) or `hidden`. */
const CLOSED = 'details:not([open]), [hidden]';

/**
 * A chart's marks in Tab's order that a reader can reach now: not inside a closed disclosure or a hidden
 * part of the chart itself. (A chart that is wholly inside a closed disclosure keeps its marks: its
 * Tab stop is there when the disclosure opens.)
 */
function marksOf(frame: Element): Element[] {
	return [...frame.querySelectorAll(MARKS)].filter((m) => {
		const closed = m.closest(CLOSED);
		return !closed || !frame.contains(closed);
	});
}

/** Makes `mark` its chart's one Tab stop. */
function makeCurrent(frame: Element, mark: Element) {
	for (const m of frame.querySelectorAll(MARKS)) m.setAttribute('tabindex', m === mark ? '0' : '-1');
}

/**
 * Starts the keys of every chart inside `root` with two or more marks; returns how many charts got them.
 * The listeners are on `root`, not on the SVG (Chromium makes an SVG element with a focus listener
 * focusable, a stray Tab stop).
 */
export function startMarkKeys(root: ParentNode): number {
	let charts = 0;
	for (const frame of root.querySelectorAll<HTMLElement>('[data-chart-id]')) {
		const marks = marksOf(frame);
		if (marks.length < 2 || frame.dataset.markKeys !== undefined) continue;
		frame.dataset.markKeys = '';
		makeCurrent(frame, marks[0]!);
		for (const m of frame.querySelectorAll(MARKS)) m.setAttribute('aria-keyshortcuts', KEYS);
		charts++;
	}
	if (charts === 0) return 0;
	const located = (target: EventTarget | null) => {
		const mark = target instanceof Element ? target.closest(MARKS) : null;
		const frame = mark?.closest('[data-chart-id][data-mark-keys]');
		return mark && frame ? { mark, frame, marks: marksOf(frame) } : null;
	};
	root.addEventListener('keydown', (event) => {
		const key = event as KeyboardEvent;
		if (key.altKey || key.ctrlKey || key.metaKey) return;
		const at = located(key.target);
		if (!at) return;
		const to = moveMark(at.marks.indexOf(at.mark), at.marks.length, key.key);
		if (to === null) return;
		key.preventDefault();
		const target = at.marks[to]!;
		makeCurrent(at.frame, target);
		(target as HTMLElement).focus();
	});
	root.addEventListener('focusin', (event) => {
		const at = located(event.target);
		if (at && at.mark.getAttribute('tabindex') !== '0') makeCurrent(at.frame, at.mark);
	});
	// A disclosure closed over the chart's Tab stop (a reader moved into the further panels, then closed
	// them): the first mark still shown takes it, so the chart stays reachable.
	root.addEventListener(
		'toggle',
		(event) => {
			const details = event.target;
			if (!(details instanceof HTMLDetailsElement) || details.open) return;
			const frame = details.closest('[data-chart-id][data-mark-keys]');
			const stop = frame?.querySelector(`${MARKS}[tabindex="0"]`);
			if (frame && stop && details.contains(stop)) {
				const first = marksOf(frame)[0];
				if (first) makeCurrent(frame, first);
			}
		},
		true
	);
	return charts;
}
